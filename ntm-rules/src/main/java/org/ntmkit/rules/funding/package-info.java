/**
 * Funding: {@link org.ntmkit.rules.funding.FundingBreakdown breakdowns} of mobilised capital by
 * source with their {@link org.ntmkit.rules.funding.FundingAnalysis checks and shares}, and the
 * {@link org.ntmkit.rules.funding.CentralAllocation central-budget allocation} by coefficients.
 */
@NullMarked
package org.ntmkit.rules.funding;

import org.jspecify.annotations.NullMarked;
