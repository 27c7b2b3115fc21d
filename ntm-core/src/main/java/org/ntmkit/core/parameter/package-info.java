/**
 * Thresholds of the law as data: a {@link org.ntmkit.core.parameter.Parameter} is a dated history
 * of {@link org.ntmkit.core.parameter.ParameterValue values}, each for a region or commune group
 * and each with its legal reference and provenance; a {@link
 * org.ntmkit.core.parameter.ParameterSet} holds the parameters of a set of rules; a {@link
 * org.ntmkit.core.parameter.ParameterOverlay} puts a province's values or a what-if on top. Missing
 * values stay missing: a lookup returns an empty {@code Optional}, never a guess.
 */
@NullMarked
package org.ntmkit.core.parameter;

import org.jspecify.annotations.NullMarked;
