package org.ntmkit.rules.internal;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.Lists;
import org.ntmkit.core.Outcome;
import org.ntmkit.core.explain.Explanation;
import org.ntmkit.rules.catalog.Indicator;

/** All of the parts ({@link Indicator.AllOf}) or any of them ({@link Indicator.AnyOf}), Kleene. */
final class CompositeRule implements IndicatorRule<Indicator.Composite> {
  static final CompositeRule INSTANCE = new CompositeRule();

  private CompositeRule() {}

  @Override
  public Explanation evaluate(Indicator.Composite ind, SetEvaluator e) {
    ImmutableList<Explanation> parts = SetEvaluator.nodes(ind.getParts(), e::indicator);
    var outcomes = Lists.transform(parts, Explanation::getOutcome);
    Outcome o = ind instanceof Indicator.AllOf ? Outcome.allOf(outcomes) : Outcome.anyOf(outcomes);
    return new Node(ind.getId(), ind.getName()).setChildren(parts).decided(o);
  }
}
