/**
 * The province's year-end report on NTM and OCOP, as the seed report (Hà Tĩnh, 2020) has it.
 *
 * <h2>Input and computation</h2>
 *
 * <ul>
 *   <li>{@link org.ntmkit.report.ReportInput} — evaluated communes and districts, recognition
 *       decisions, plans, targets, OCOP portfolio, funding; {@link org.ntmkit.report.PlannedCount}.
 *   <li>{@link org.ntmkit.report.ProvinceReport} — the figures: counts and shares per criterion,
 *       titles against plans, lapsed recognitions, districts, OCOP by star, funding shares.
 * </ul>
 *
 * <h2>Rendering</h2>
 *
 * <ul>
 *   <li>{@link org.ntmkit.report.ReportRenderer} — text, Markdown, JSON, and the formatted tables
 *       ({@link org.ntmkit.report.ReportSection}) for renderers of one's own.
 * </ul>
 *
 * <pre>{@code
 * ProvinceReport r = ProvinceReport.of(input);
 * String text = ReportRenderer.text(r, Language.VI);
 * }</pre>
 */
@NullMarked
package org.ntmkit.report;

import org.jspecify.annotations.NullMarked;
