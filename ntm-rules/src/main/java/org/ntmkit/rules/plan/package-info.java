/**
 * Plans and targets: {@link org.ntmkit.rules.plan.Plan plan attainment} (including plans given as a
 * range) and {@link org.ntmkit.rules.plan.CountTarget count targets} ("at least 10% of 182
 * communes" is 19).
 */
@NullMarked
package org.ntmkit.rules.plan;

import org.jspecify.annotations.NullMarked;
