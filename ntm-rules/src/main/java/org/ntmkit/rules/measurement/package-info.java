/**
 * The data evaluated: a unit's measured values on a date.
 *
 * <ul>
 *   <li>{@link org.ntmkit.rules.measurement.CommuneMeasurements} — a commune's numbers, flags and
 *       ratios, with its {@link org.ntmkit.rules.measurement.Designation designations}.
 *   <li>{@link org.ntmkit.rules.measurement.UnitMeasurements} — a district's, town's, province's or
 *       village's, with its {@link org.ntmkit.rules.measurement.Member members}' titles.
 * </ul>
 */
@NullMarked
package org.ntmkit.rules.measurement;

import org.jspecify.annotations.NullMarked;
