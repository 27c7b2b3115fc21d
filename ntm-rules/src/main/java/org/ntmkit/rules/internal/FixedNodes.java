package org.ntmkit.rules.internal;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.math.BigDecimal;
import java.util.IdentityHashMap;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.ntmkit.core.Outcome;
import org.ntmkit.core.explain.Comparison;
import org.ntmkit.core.explain.Explanation;
import org.ntmkit.core.law.Bibliography;
import org.ntmkit.core.law.LegalReference;
import org.ntmkit.core.law.Provenance;
import org.ntmkit.core.parameter.Parameter;
import org.ntmkit.core.quantity.MeasureUnit;
import org.ntmkit.rules.catalog.CriteriaSet;
import org.ntmkit.rules.catalog.Criterion;
import org.ntmkit.rules.catalog.Indicator;

/**
 * The explanation nodes that depend on the set and the catalog only, never on the data: a flag
 * indicator's node for yes, for no and for no data; a condition's "not applicable" and "no data"; a
 * criterion whose indicators are not known. Built once per set and shared by every evaluation —
 * explanations are immutable, so a shared node cannot be told from a copy. (Performance note: they
 * are about half the nodes of a QĐ 318 basic and advanced evaluation.)
 */
final class FixedNodes {
  private final IdentityHashMap<Indicator, Explanation[]> flags = new IdentityHashMap<>();
  private final IdentityHashMap<Indicator, Explanation[]> conditions = new IdentityHashMap<>();
  private final IdentityHashMap<Criterion, Explanation> unknownCriteria = new IdentityHashMap<>();

  /** The variables the set reads: its indicators', their baselines' and conditions'. */
  final ImmutableSet<String> variablesRead;

  /** The numbers of the criteria whose indicators are not all known. */
  final ImmutableList<String> incompleteCriteria;

  /** Whether every criterion is known and all the instrument's indicators are encoded. */
  final boolean setComplete;

  /**
   * Whether a verdict of the set can rest on an EXAMPLE value: an indicator, or a value of a
   * parameter it compares with, of that provenance (an example overlay). Usually false, and then no
   * explanation is searched for one.
   */
  final boolean mayRestOnExamples;

  FixedNodes(CriteriaSet set, EvaluationContext context) {
    ImmutableSet.Builder<String> read = ImmutableSet.builder();
    ImmutableList.Builder<String> incomplete = ImmutableList.builder();
    int encoded = 0;
    for (Criterion c : set.getCriteria()) {
      encoded += c.getIndicators().size();
      if (!c.isFullyKnown()) {
        incomplete.add(c.getNumber());
      }
      for (Indicator i : Indicator.flatten(c.getIndicators())) {
        if (i instanceof Indicator.Measured m) {
          read.add(m.getVariable());
        }
        if (i instanceof Indicator.MultipleOfVariable m) {
          read.add(m.getBaseline());
        }
        i.getOnlyIf().ifPresent(a -> read.add(a.getVariable()));
      }
    }
    this.mayRestOnExamples = mayRestOnExamples(set, context);
    this.variablesRead = read.build();
    this.incompleteCriteria = incomplete.build();
    int inLaw = set.getIndicatorsInLaw().orElse(0);
    this.setComplete = incompleteCriteria.isEmpty() && encoded >= inLaw;
    // The set's reference without its title, for the many nodes that cite it.
    ImmutableList<LegalReference> briefRef =
        ImmutableList.of(set.getRef().withTitle(Optional.empty()));
    for (Criterion c : set.getCriteria()) {
      if (c.getIndicators().isEmpty()) {
        unknownCriteria.put(
            c, new Node(c.getNumber(), c.getName()).undetermined(Wording.INDICATORS_UNKNOWN));
      }
      for (Indicator i : Indicator.flatten(c.getIndicators())) {
        if (i instanceof Indicator.Flag f) {
          flags.put(
              i,
              new Explanation[] {
                flagNode(f, false, briefRef, context),
                flagNode(f, true, briefRef, context),
                flagNode(f, null, briefRef, context)
              });
        }
        if (i.getOnlyIf().isPresent()) {
          conditions.put(
              i,
              new Explanation[] {
                new Node(i.getId(), i.getName())
                    .undetermined(context.missingVariable(i.getOnlyIf().get().getVariable())),
                new Node(i.getId(), i.getName())
                    .setOutcome(Outcome.MET)
                    .setMessage(Wording.NOT_APPLICABLE)
                    .build()
              });
        }
      }
    }
  }

  private static boolean mayRestOnExamples(CriteriaSet set, EvaluationContext context) {
    for (Criterion c : set.getCriteria()) {
      for (Indicator i : Indicator.flatten(c.getIndicators())) {
        if (i.getProvenance() == Provenance.EXAMPLE) {
          return true;
        }
        for (String id : i.parameterIds()) {
          Parameter p = context.parameters.byId().get(id);
          if (p != null
              && p.getValues().stream().anyMatch(v -> v.getProvenance() == Provenance.EXAMPLE)) {
            return true;
          }
        }
      }
    }
    return false;
  }

  /** A flag indicator's node for a value (null: no data). */
  private static Explanation flagNode(
      Indicator.Flag ind,
      @Nullable Boolean value,
      ImmutableList<LegalReference> briefRef,
      EvaluationContext context) {
    Node node =
        new Node(ind.getId(), ind.getName())
            .setUnit(MeasureUnit.BOOLEAN)
            .setProvenance(ind.getProvenance())
            .addReferences(briefRef)
            .addSources(Bibliography.citedKeys(ind.getNote().orElse("")).asList());
    if (value == null) {
      return node.undetermined(context.missingVariable(ind.getVariable()));
    }
    boolean met = value == ind.isExpected();
    node.setMeasured(value ? BigDecimal.ONE : BigDecimal.ZERO)
        .setRequired(ind.isExpected() ? BigDecimal.ONE : BigDecimal.ZERO)
        .setComparison(Comparison.EQUAL);
    return met
        ? node.decided(Outcome.MET)
        : node.setOutcome(Outcome.NOT_MET)
            .setMessage(
                Wording.flagNotMet(
                    ind.isExpected(), context.variable(ind.getVariable()).getLabel()))
            .build();
  }

  /** A flag indicator of this set, for a value (null: no data). */
  Explanation flag(Indicator.Flag indicator, @Nullable Boolean value) {
    Explanation[] nodes = Objects.requireNonNull(flags.get(indicator));
    return nodes[value == null ? 2 : value ? 1 : 0];
  }

  /** An indicator whose condition does not hold (known) or cannot be told (not known). */
  Explanation condition(Indicator indicator, boolean known) {
    return Objects.requireNonNull(conditions.get(indicator))[known ? 1 : 0];
  }

  /** A criterion of this set whose indicators are not known. */
  Explanation unknownCriterion(Criterion criterion) {
    return Objects.requireNonNull(unknownCriteria.get(criterion));
  }
}
