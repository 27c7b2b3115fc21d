/**
 * OCOP product grading. So far: the {@link org.ntmkit.ocop.StarRating star ratings}; score sheets,
 * grading, certificates and portfolios follow (see the project's issues).
 */
package org.ntmkit.ocop;
