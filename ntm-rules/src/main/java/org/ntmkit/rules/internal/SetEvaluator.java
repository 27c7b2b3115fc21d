package org.ntmkit.rules.internal;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.Lists;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.ntmkit.core.LocalizedText;
import org.ntmkit.core.Outcome;
import org.ntmkit.core.explain.Explanation;
import org.ntmkit.core.law.Provenance;
import org.ntmkit.core.parameter.ParameterQuery;
import org.ntmkit.core.quantity.Ratio;
import org.ntmkit.core.unit.Region;
import org.ntmkit.rules.Assessment;
import org.ntmkit.rules.ImmutableAssessment;
import org.ntmkit.rules.catalog.Applicability;
import org.ntmkit.rules.catalog.CriteriaSet;
import org.ntmkit.rules.catalog.Criterion;
import org.ntmkit.rules.catalog.Indicator;
import org.ntmkit.rules.catalog.ThresholdAxis;
import org.ntmkit.rules.catalog.Variable;
import org.ntmkit.rules.internal.EvaluationContext.Threshold;

/**
 * One evaluation of one unit's data against one set: the criteria, each the Kleene conjunction of
 * its indicators, each indicator decided by the rule for its kind. Pure, no I/O; one instance per
 * evaluation.
 */
final class SetEvaluator implements Indicator.Visitor<Explanation> {

  private final CriteriaSet set;
  private final Subject data;
  private final EvaluationContext context;
  private final EvaluationContext.Thresholds thresholds;
  private final Optional<Region> region;

  /** The nodes that do not depend on the data. */
  private final FixedNodes fixed;

  SetEvaluator(CriteriaSet set, Subject data, EvaluationContext context) {
    this.set = set;
    this.data = data;
    this.context = context;
    this.fixed = context.fixedNodes(set);
    ParameterQuery query;
    LocalizedText where;
    if (set.getAxis() == ThresholdAxis.GROUP) {
      this.region = Optional.empty();
      query = ParameterQuery.builder().setDate(data.date()).setGroup(data.group()).build();
      where = EvaluationContext.inGroup(data.group());
    } else {
      this.region = regionApplied(set, data);
      query = ParameterQuery.builder().setDate(data.date()).setRegion(region).build();
      where =
          region.map(EvaluationContext::inRegion).orElse(EvaluationContext.inGroup(data.group()));
    }
    this.thresholds = context.thresholds(query, where);
  }

  /** QĐ 318/QĐ-TTg: especially difficult and safe-zone communes in poor districts use NMM. */
  private static Optional<Region> regionApplied(CriteriaSet set, Subject data) {
    boolean override = set.isDifficultCommunesUseNmm() && data.nmmOverride();
    return override ? Optional.of(Region.NORTHERN_MIDLANDS_AND_MOUNTAINS) : data.region();
  }

  Assessment assess() {
    ImmutableList<Explanation> criteria = nodes(set.getCriteria(), this::criterion);
    int met = 0;
    int notMet = 0;
    for (Explanation c : criteria) {
      met += c.getOutcome() == Outcome.MET ? 1 : 0;
      notMet += c.getOutcome() == Outcome.NOT_MET ? 1 : 0;
    }
    Outcome outcome = Outcome.allOf(Lists.transform(criteria, Explanation::getOutcome));
    Explanation root =
        new Node(data.code(), set.getLabel())
            .setOutcome(outcome)
            .setMessage(Wording.summary(data.name(), met, notMet, criteria.size() - met - notMet))
            .addReferences(ImmutableList.of(set.getRef()))
            .setProvenance(set.getProvenance())
            .setChildren(criteria)
            .build();
    ImmutableAssessment.Builder assessment = ImmutableAssessment.builder();
    for (Criterion c : set.getCriteria()) {
      if (c.isPrecondition()) {
        assessment.addPreconditions(c.getNumber());
      }
    }
    return assessment
        .setUnitCode(data.code())
        .setSetId(set.getId())
        .setTitle(set.getTitle())
        .setDate(data.date())
        .setRegionApplied(region)
        .setLevel(data.level())
        .setGroupApplied(set.getAxis() == ThresholdAxis.GROUP ? data.group() : Optional.empty())
        .setOutcome(outcome)
        .setExplanation(root)
        .setSetComplete(fixed.setComplete)
        .addAllIncompleteCriteria(fixed.incompleteCriteria)
        .addAllCriteriaOnExamples(
            fixed.mayRestOnExamples ? onExamples(criteria) : ImmutableList.of())
        .build();
  }

  /** The criteria whose explanation has a node of provenance EXAMPLE. */
  private static List<String> onExamples(List<Explanation> criteria) {
    List<String> out = new ArrayList<>();
    for (Explanation c : criteria) {
      if (restsOnExample(c)) {
        out.add(c.getSubject());
      }
    }
    return out;
  }

  private static boolean restsOnExample(Explanation e) {
    if (e.getProvenance().orElse(null) == Provenance.EXAMPLE) {
      return true;
    }
    for (Explanation c : e.getChildren()) {
      if (restsOnExample(c)) {
        return true;
      }
    }
    return false;
  }

  private Explanation criterion(Criterion c) {
    if (c.getIndicators().isEmpty()) {
      return fixed.unknownCriterion(c);
    }
    ImmutableList<Explanation> indicators = nodes(c.getIndicators(), this::indicator);
    List<Outcome> outcomes = Lists.transform(indicators, Explanation::getOutcome);
    // Some indicators NOT FOUND: at best undetermined.
    Outcome outcome =
        Outcome.allOf(outcomes).and(c.isIndicatorsComplete() ? Outcome.MET : Outcome.UNDETERMINED);
    boolean knownPartsMet =
        !outcomes.contains(Outcome.NOT_MET) && !outcomes.contains(Outcome.UNDETERMINED);
    return new Node(c.getNumber(), c.getName())
        .setChildren(indicators)
        .setOutcome(outcome)
        .setMessage(
            !c.isIndicatorsComplete() && knownPartsMet
                ? Wording.INDICATORS_PARTLY_UNKNOWN
                : outcome.label())
        .build();
  }

  /** The explanation of each item, as a list of exactly their number. */
  static <T> ImmutableList<Explanation> nodes(List<T> items, Function<T, Explanation> explain) {
    if (items.isEmpty()) {
      return ImmutableList.of();
    }
    ImmutableList.Builder<Explanation> nodes = ImmutableList.builderWithExpectedSize(items.size());
    for (T item : items) {
      nodes.add(explain.apply(item));
    }
    return nodes.build();
  }

  /** An indicator's node: "not applicable" when its condition does not hold, else its rule's. */
  Explanation indicator(Indicator ind) {
    if (ind.getOnlyIf().isPresent()) {
      Optional<Boolean> applies = applies(ind.getOnlyIf().get());
      if (applies.isEmpty() || !applies.get()) {
        return fixed.condition(ind, applies.isPresent());
      }
    }
    return ind.accept(this);
  }

  @Override
  public Explanation flag(Indicator.Flag ind) {
    return fixed.flag(ind, data.flags().get(ind.getVariable()));
  }

  @Override
  public Explanation ratio(Indicator.Ratio ind) {
    return RatioRule.INSTANCE.evaluate(ind, this);
  }

  @Override
  public Explanation number(Indicator.Number ind) {
    return NumberRule.INSTANCE.evaluate(ind, this);
  }

  @Override
  public Explanation multipleOfVariable(Indicator.MultipleOfVariable ind) {
    return NumberRule.INSTANCE.evaluate(ind, this);
  }

  @Override
  public Explanation multipleOfParameter(Indicator.MultipleOfParameter ind) {
    return NumberRule.INSTANCE.evaluate(ind, this);
  }

  @Override
  public Explanation memberShare(Indicator.MemberShare ind) {
    return MemberRule.INSTANCE.evaluate(ind, this);
  }

  @Override
  public Explanation memberCount(Indicator.MemberCount ind) {
    return MemberRule.INSTANCE.evaluate(ind, this);
  }

  @Override
  public Explanation allOf(Indicator.AllOf ind) {
    return CompositeRule.INSTANCE.evaluate(ind, this);
  }

  @Override
  public Explanation anyOf(Indicator.AnyOf ind) {
    return CompositeRule.INSTANCE.evaluate(ind, this);
  }

  /**
   * Whether a condition holds, decided exactly: a ratio is compared as the fraction it is ({@code
   * n·100} against {@code p·d}), never as a rounded percentage (1/3 is more than 33.3333333333%).
   */
  private Optional<Boolean> applies(Applicability a) {
    Ratio ratio = data.ratios().get(a.getVariable());
    if (ratio != null) {
      return Optional.of(
          a.getComparison()
              .holds(
                  ratio
                      .getNumerator()
                      .multiply(BigDecimal.valueOf(100))
                      .compareTo(a.getValue().multiply(ratio.getDenominator()))));
    }
    BigDecimal number = data.numbers().get(a.getVariable());
    if (number != null) {
      return Optional.of(a.getComparison().test(number, a.getValue()));
    }
    Boolean flag = data.flags().get(a.getVariable());
    return flag == null
        ? Optional.empty()
        : Optional.of(
            a.getComparison().test(flag ? BigDecimal.ONE : BigDecimal.ZERO, a.getValue()));
  }

  // What the rules read of the evaluation in progress.

  /** The data evaluated. */
  Subject data() {
    return data;
  }

  /** The parameter's value for the data's date and place, if one is known. */
  Optional<Threshold> parameter(String id) {
    return thresholds.find(id);
  }

  /** A variable of the catalog (the catalog checks guarantee every indicator's exists). */
  Variable variable(String name) {
    return context.variable(name);
  }

  /** "no data for …". */
  LocalizedText missingVariable(String name) {
    return context.missingVariable(name);
  }

  /** "no value of parameter … for <place>". */
  LocalizedText missingParameter(String id) {
    return thresholds.missingParameter(id);
  }

  /** "met whatever the value of parameter … (none for <place>)". */
  LocalizedText metWhateverTheThreshold(String id) {
    return thresholds.metWhateverTheThreshold(id);
  }

  /** The weaker of the indicator's provenance and its threshold's. */
  static Provenance weakest(Indicator ind, Threshold t) {
    return Provenance.weakest(ind.getProvenance(), t.value().getProvenance());
  }
}
