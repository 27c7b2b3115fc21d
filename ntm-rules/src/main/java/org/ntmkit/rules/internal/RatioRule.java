package org.ntmkit.rules.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;
import org.ntmkit.core.Outcome;
import org.ntmkit.core.explain.Comparison;
import org.ntmkit.core.explain.Explanation;
import org.ntmkit.core.quantity.MeasureUnit;
import org.ntmkit.core.quantity.Percentage;
import org.ntmkit.core.quantity.Ratio;
import org.ntmkit.rules.catalog.Indicator;
import org.ntmkit.rules.catalog.Variable;
import org.ntmkit.rules.internal.EvaluationContext.Threshold;

/**
 * A share against a percentage, compared as a fraction (7 of 10 meets "≥ 70%" exactly); the gap in
 * the numerator's own unit ("needs 2 more villages"). A share at 100% meets any "at least" and 0%
 * any "at most" threshold, even one that is NOT FOUND.
 */
final class RatioRule implements IndicatorRule<Indicator.Ratio> {
  static final RatioRule INSTANCE = new RatioRule();

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private RatioRule() {}

  @Override
  public Explanation evaluate(Indicator.Ratio ind, SetEvaluator e) {
    String name = ind.getVariable();
    Ratio r = e.data().ratios().get(name);
    Optional<Threshold> p = e.parameter(ind.getParameter());
    Node node =
        new Node(ind.getId(), ind.getName())
            .setUnit(MeasureUnit.PERCENT)
            .setComparison(ind.getComparison());
    p.ifPresent(
        t ->
            node.setRequired(t.value().getValue())
                .cite(t)
                .setProvenance(SetEvaluator.weakest(ind, t)));
    if (r == null) {
      return node.undetermined(e.missingVariable(name));
    }
    node.setMeasured(r.percentHalfUp(2));
    if (p.isEmpty()) {
      if (metWhateverTheThreshold(ind.getComparison(), r)) {
        return node.setOutcome(Outcome.MET)
            .setGap(BigDecimal.ZERO)
            .setMessage(e.metWhateverTheThreshold(ind.getParameter()))
            .build();
      }
      return node.undetermined(e.missingParameter(ind.getParameter()));
    }
    Percentage required = Percentage.of(p.get().value().getValue());
    if (ind.getComparison().holds(r.compareTo(required))) {
      return node.met();
    }
    // Gap in the numerator's own unit: more of it for "at least", less of it for "at most".
    BigDecimal target = required.value().multiply(r.getDenominator()).divide(HUNDRED);
    boolean more = ind.getComparison().isLowerBound();
    BigDecimal gap =
        (more ? target.subtract(r.getNumerator()) : r.getNumerator().subtract(target)).abs();
    Variable v = e.variable(name);
    if (v.getUnit() == MeasureUnit.COUNT) {
      gap = gap.setScale(0, RoundingMode.CEILING);
      if (gap.signum() == 0) {
        gap = BigDecimal.ONE; // strict comparisons at the boundary need one more unit
      }
    }
    gap = gap.stripTrailingZeros();
    return node.setOutcome(Outcome.NOT_MET)
        .setGap(gap)
        .setMessage(Wording.shareGap(more, gap, v.getNoun().orElse(v.getUnit().label())))
        .build();
  }

  /**
   * Whether a share meets an "at least" or "at most" threshold whatever its (unknown) value: every
   * percentage threshold lies in [0%, 100%], so 100% is at least any of them and 0% at most any of
   * them. Strict comparisons can fail at the bounds, so they never qualify.
   */
  static boolean metWhateverTheThreshold(Comparison comparison, Ratio measured) {
    return switch (comparison) {
      case AT_LEAST -> measured.getNumerator().compareTo(measured.getDenominator()) >= 0;
      case AT_MOST -> measured.getNumerator().signum() <= 0;
      default -> false;
    };
  }
}
