/**
 * OCOP vocabulary: {@link org.ntmkit.ocop.StarRating star ratings}, the {@link
 * org.ntmkit.ocop.OcopCriteriaSet criteria sets} in force over time, {@link
 * org.ntmkit.ocop.CertificationLevel who certifies which star}, and product classification ({@link
 * org.ntmkit.ocop.Sector sectors}, {@link org.ntmkit.ocop.ProductGroup groups}, {@link
 * org.ntmkit.ocop.ProductClassification product sets}). Score sheets, grading, certificates and
 * portfolios live in the sub-packages.
 */
@NullMarked
package org.ntmkit.ocop;

import org.jspecify.annotations.NullMarked;
