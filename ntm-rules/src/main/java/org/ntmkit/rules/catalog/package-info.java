/**
 * Criteria sets as data: what a catalog file or a province's overlay says.
 *
 * <h2>Sets and criteria</h2>
 *
 * <ul>
 *   <li>{@link org.ntmkit.rules.catalog.CriteriaSet} — one instrument and tier, with its period,
 *       thresholds as dated parameters, and the thresholds declared NOT FOUND ({@link
 *       org.ntmkit.rules.catalog.MissingParameter}); {@link org.ntmkit.rules.catalog.SetPurpose},
 *       {@link org.ntmkit.rules.catalog.ThresholdAxis}.
 *   <li>{@link org.ntmkit.rules.catalog.Criterion} — a numbered criterion.
 * </ul>
 *
 * <h2>Indicators</h2>
 *
 * <ul>
 *   <li>{@link org.ntmkit.rules.catalog.Indicator} — a sealed family, one type per way of deciding
 *       ({@link org.ntmkit.rules.catalog.IndicatorKind}); {@link
 *       org.ntmkit.rules.catalog.Indicator.Visitor} handles each kind.
 *   <li>{@link org.ntmkit.rules.catalog.Applicability} — when an indicator applies.
 * </ul>
 *
 * <h2>Variables</h2>
 *
 * <ul>
 *   <li>{@link org.ntmkit.rules.catalog.VariableCatalog}, {@link
 *       org.ntmkit.rules.catalog.Variable}, {@link org.ntmkit.rules.catalog.VariableKind}, {@link
 *       org.ntmkit.rules.catalog.Direction} — what the data may contain.
 * </ul>
 *
 * <h2>Overlays</h2>
 *
 * <ul>
 *   <li>{@link org.ntmkit.rules.catalog.CatalogOverlay} — a province's values and criteria.
 * </ul>
 */
@NullMarked
package org.ntmkit.rules.catalog;

import org.jspecify.annotations.NullMarked;
