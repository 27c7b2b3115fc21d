/**
 * NTM rules: evaluate a unit's measured data against the criteria sets in force, with explanations.
 *
 * <h2>Entry point</h2>
 *
 * <ul>
 *   <li>{@link org.ntmkit.rules.NtmRules} — the bundled catalogs (or one's own), overlays,
 *       evaluation of one set ({@code evaluate}) or of every title ({@code titles}).
 * </ul>
 *
 * <h2>Results</h2>
 *
 * <ul>
 *   <li>{@link org.ntmkit.rules.Assessment} — one set: outcome, explanation tree set → criteria →
 *       indicators; {@link org.ntmkit.rules.AssessmentSummary} without the explanations.
 *   <li>{@link org.ntmkit.rules.TitleAssessment} — every title (NTM, advanced, model) on a date.
 * </ul>
 *
 * <h2>Vocabulary</h2>
 *
 * <ul>
 *   <li>{@link org.ntmkit.rules.Title}, {@link org.ntmkit.rules.UnitLevel}.
 * </ul>
 *
 * <p>Related packages: {@link org.ntmkit.rules.catalog} (the sets as data), {@link
 * org.ntmkit.rules.measurement} (the data evaluated), {@link org.ntmkit.rules.recognition}, {@link
 * org.ntmkit.rules.funding}, {@link org.ntmkit.rules.plan}.
 *
 * <pre>{@code
 * NtmRules rules = NtmRules.bundled();
 * Assessment a = rules.evaluate(data, "qd-1980-2016");
 * a.criterion("16").get().getOutcome();   // MET, NOT_MET or UNDETERMINED
 * }</pre>
 */
@NullMarked
package org.ntmkit.rules;

import org.jspecify.annotations.NullMarked;
