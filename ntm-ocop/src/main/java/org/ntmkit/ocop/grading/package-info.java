/**
 * Grading OCOP products: a {@link org.ntmkit.ocop.grading.CouncilEvaluation} goes through the
 * {@link org.ntmkit.ocop.grading.OcopGrader} to an {@link org.ntmkit.ocop.grading.OcopGrade}, using
 * star bands from parameters and {@link org.ntmkit.ocop.grading.MinimumRequirementSet minimum
 * requirements} as data.
 */
@NullMarked
package org.ntmkit.ocop.grading;

import org.jspecify.annotations.NullMarked;
