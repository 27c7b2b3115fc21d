package org.ntmkit.rules.internal;

import java.math.BigDecimal;
import java.util.Optional;
import org.ntmkit.core.Outcome;
import org.ntmkit.core.explain.Explanation;
import org.ntmkit.rules.catalog.Indicator;
import org.ntmkit.rules.catalog.Variable;
import org.ntmkit.rules.internal.EvaluationContext.Threshold;

/**
 * A number against a parameter, or against a parameter times a baseline variable ({@link
 * Indicator.MultipleOfVariable}) or times another parameter ({@link
 * Indicator.MultipleOfParameter}); the gap in the variable's unit ("short by 1.4 million VND").
 */
final class NumberRule implements IndicatorRule<Indicator.Numeric> {
  static final NumberRule INSTANCE = new NumberRule();

  private NumberRule() {}

  @Override
  public Explanation evaluate(Indicator.Numeric ind, SetEvaluator e) {
    String name = ind.getVariable();
    Variable v = e.variable(name);
    BigDecimal value = e.data().numbers().get(name);
    Optional<Threshold> p = e.parameter(ind.getParameter());
    Node node =
        new Node(ind.getId(), ind.getName())
            .setUnit(v.getUnit())
            .setComparison(ind.getComparison());
    if (value != null) {
      node.setMeasured(value);
    }
    p.ifPresent(x -> node.cite(x).setProvenance(SetEvaluator.weakest(ind, x)));
    Optional<BigDecimal> required = p.map(x -> x.value().getValue());
    if (ind instanceof Indicator.MultipleOfVariable m) {
      BigDecimal base = e.data().numbers().get(m.getBaseline());
      if (base == null) {
        return node.undetermined(e.missingVariable(m.getBaseline()));
      }
      required = required.map(x -> x.multiply(base));
    } else if (ind instanceof Indicator.MultipleOfParameter m) {
      Optional<Threshold> base = e.parameter(m.getBaseParameter());
      if (p.isPresent() && base.isEmpty()) {
        return node.undetermined(e.missingParameter(m.getBaseParameter()));
      }
      base.ifPresent(b -> node.cite(b));
      required = required.flatMap(x -> base.map(b -> x.multiply(b.value().getValue())));
    }
    if (value == null) {
      return node.undetermined(e.missingVariable(name));
    }
    if (required.isEmpty()) {
      return node.undetermined(e.missingParameter(ind.getParameter()));
    }
    BigDecimal req = required.get();
    node.setRequired(req);
    if (ind.getComparison().test(value, req)) {
      return node.met();
    }
    BigDecimal gap = req.subtract(value).abs();
    return node.setOutcome(Outcome.NOT_MET)
        .setGap(gap)
        .setMessage(
            Wording.numberGap(
                ind.getComparison().isLowerBound(),
                gap,
                v.getUnit(),
                v.getNoun().orElse(v.getUnit().label())))
        .build();
  }
}
