package org.ntmkit.rules.internal;

import org.ntmkit.core.explain.Explanation;
import org.ntmkit.rules.catalog.Indicator;

/**
 * How one kind of indicator is decided and explained. Rules are stateless: what they read of the
 * data, the thresholds and the catalog comes from the evaluation in progress.
 *
 * @param <I> the kind of indicator
 */
interface IndicatorRule<I extends Indicator> {

  /** The indicator's explanation node, with its outcome, for the evaluation's data. */
  Explanation evaluate(I indicator, SetEvaluator evaluation);
}
