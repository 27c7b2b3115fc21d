/**
 * OCOP portfolios: a province's {@link org.ntmkit.ocop.portfolio.OcopProduct products}, counted and
 * shared by star in a {@link org.ntmkit.ocop.portfolio.Portfolio}, with {@link
 * org.ntmkit.ocop.portfolio.TargetProgress progress} towards {@link
 * org.ntmkit.ocop.portfolio.PortfolioTarget targets}.
 */
@NullMarked
package org.ntmkit.ocop.portfolio;

import org.jspecify.annotations.NullMarked;
