/**
 * Exact quantities: {@link org.ntmkit.core.quantity.Ratio} (a part of a whole, compared exactly
 * with a {@link org.ntmkit.core.quantity.Percentage}), {@link org.ntmkit.core.quantity.Money} in
 * whole đồng, and the named roundings for display: {@link
 * org.ntmkit.core.quantity.Formatting#halfUp half-up} and {@link
 * org.ntmkit.core.quantity.ShareRounding#LARGEST_REMAINDER largest remainder} (printed shares sum
 * to exactly 100). No floating point anywhere.
 */
@NullMarked
package org.ntmkit.core.quantity;

import org.jspecify.annotations.NullMarked;
