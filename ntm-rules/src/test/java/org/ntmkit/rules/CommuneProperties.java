package org.ntmkit.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.ntmkit.core.LocalizedText;
import org.ntmkit.core.Outcome;
import org.ntmkit.core.explain.Explanation;
import org.ntmkit.core.quantity.Ratio;
import org.ntmkit.rules.catalog.CriteriaSet;
import org.ntmkit.rules.catalog.Criterion;
import org.ntmkit.rules.catalog.Direction;
import org.ntmkit.rules.catalog.ImmutableCatalogOverlay;
import org.ntmkit.rules.catalog.Indicator;
import org.ntmkit.rules.catalog.Variable;
import org.ntmkit.rules.measurement.CommuneMeasurements;
import org.ntmkit.rules.measurement.ImmutableCommuneMeasurements;
import org.ntmkit.rules.testing.CommuneArbitraries;

class CommuneProperties {

  private static final NtmRules RULES = NtmRules.bundled();
  private static final List<String> SETS =
      List.of(
          "qd-1980-2016",
          "qd-691-2018-model",
          "qd-318-2022-basic",
          "qd-318-2022-advanced",
          "qd-319-2022-model",
          "recognition-2021-2025");

  /** Every node's outcome, keyed by its path of subjects. */
  private static Map<String, Outcome> outcomes(
      Explanation e, String path, Map<String, Outcome> out) {
    String here = path + "/" + e.getSubject();
    out.put(here, e.getOutcome());
    e.getChildren().forEach(c -> outcomes(c, here, out));
    return out;
  }

  private static Map<String, Outcome> outcomesUnderSetsInForce(
      NtmRules rules, CommuneMeasurements m) {
    Map<String, Outcome> all = new LinkedHashMap<>();
    for (String id : SETS) {
      if (rules.sets().get(id).appliesOn(m.getDate())) {
        outcomes(rules.evaluate(m, id).getExplanation(), id, all);
      }
    }
    return all;
  }

  @Property(tries = 300)
  void improvingAnyMeasurementNeverTurnsMetIntoNotMet(
      @ForAll("data") CommuneMeasurements m,
      @ForAll("variables") Variable v,
      @ForAll @IntRange(min = 1, max = 50) int step) {
    CommuneMeasurements better = improve(m, v, step);
    Map<String, Outcome> before = outcomesUnderSetsInForce(RULES, m);
    Map<String, Outcome> after = outcomesUnderSetsInForce(RULES, better);
    before.forEach(
        (path, o) -> {
          if (o == Outcome.MET) {
            assertNotEquals(
                Outcome.NOT_MET, after.get(path), path + " after improving " + v.getName());
          }
        });
  }

  @Property(tries = 300)
  void removingAMeasurementNeverTurnsNotMetIntoMet(
      @ForAll("data") CommuneMeasurements m, @ForAll("variables") Variable v) {
    ImmutableCommuneMeasurements less =
        ImmutableCommuneMeasurements.copyOf(m)
            .withNumbers(without(m.getNumbers(), v.getName()))
            .withFlags(without(m.getFlags(), v.getName()))
            .withRatios(without(m.getRatios(), v.getName()));
    Map<String, Outcome> before = outcomesUnderSetsInForce(RULES, m);
    Map<String, Outcome> after = outcomesUnderSetsInForce(RULES, less);
    before.forEach(
        (path, o) -> {
          if (o == Outcome.NOT_MET) {
            assertNotEquals(Outcome.MET, after.get(path), path + " after removing " + v.getName());
          }
        });
  }

  @Property(tries = 200)
  void identityOverlayChangesNothing(@ForAll("data") CommuneMeasurements m) {
    NtmRules same =
        RULES.withOverlay(
            ImmutableCatalogOverlay.builder()
                .setId("identity")
                .setLabel(LocalizedText.of("x", "x"))
                .build());
    assertEquals(RULES.titles(m), same.titles(m));
  }

  @Property(tries = 200)
  void titlesAreNested(@ForAll("data") CommuneMeasurements m) {
    TitleAssessment t = RULES.titles(m);
    if (t.getOutcomes().get(Title.ADVANCED) == Outcome.MET) {
      assertEquals(Outcome.MET, t.getOutcomes().get(Title.NTM));
    }
    if (t.getOutcomes().get(Title.MODEL) == Outcome.MET) {
      assertEquals(Outcome.MET, t.getOutcomes().get(Title.NTM));
    }
  }

  /**
   * The example a province copies: its overlay only ever tightens the national rules — whatever the
   * data, a title the overlay grants the national rules grant too, and a title the national rules
   * refuse the overlay refuses.
   */
  @Property(tries = 300)
  void haTinhOverlayOnlyTightensTheNationalRules(@ForAll("data2023") CommuneMeasurements m) {
    NtmRules haTinh = RULES.withOverlay(NtmRules.haTinhOverlay());
    for (String id : List.of("qd-318-2022-advanced", "qd-319-2022-model")) {
      Outcome national = RULES.evaluate(m, id).getOutcome();
      Outcome province = haTinh.evaluate(m, id).getOutcome();
      if (province == Outcome.MET) {
        assertEquals(Outcome.MET, national, id);
      }
      if (national == Outcome.NOT_MET) {
        assertEquals(Outcome.NOT_MET, province, id);
      }
    }
  }

  @Property(tries = 100)
  void aValueExactlyAtAThresholdMeetsAtLeastAndAtMostRules(@ForAll("data") CommuneMeasurements m) {
    for (String id : SETS) {
      CriteriaSet set = RULES.sets().get(id);
      if (!set.appliesOn(m.getDate())) {
        continue;
      }
      for (Criterion c : set.getCriteria()) {
        for (Indicator i : Indicator.flatten(c.getIndicators())) {
          if (i.getOnlyIf().isPresent()
              || !(i instanceof Indicator.Ratio || i instanceof Indicator.Number)) {
            continue;
          }
          Indicator.Compared ind = (Indicator.Compared) i;
          Assessment base = RULES.evaluate(m, id);
          var required = find(base.getExplanation(), ind.getId()).getRequired();
          if (required.isEmpty()) {
            continue; // the value is NOT FOUND for this region and date
          }
          BigDecimal t = required.get();
          ImmutableCommuneMeasurements at = ImmutableCommuneMeasurements.copyOf(m);
          String name = ((Indicator.Measured) ind).getVariable();
          if (ind instanceof Indicator.Ratio) {
            Map<String, Ratio> r = new LinkedHashMap<>(m.getRatios());
            r.put(name, Ratio.of(t.multiply(BigDecimal.TEN), BigDecimal.valueOf(1000)));
            at = at.withRatios(r);
          } else {
            Map<String, BigDecimal> n = new LinkedHashMap<>(m.getNumbers());
            n.put(name, t);
            at = at.withNumbers(n);
          }
          Outcome o = find(RULES.evaluate(at, id).getExplanation(), ind.getId()).getOutcome();
          Outcome expected =
              ind.getComparison() == org.ntmkit.core.explain.Comparison.MORE_THAN
                      || ind.getComparison() == org.ntmkit.core.explain.Comparison.LESS_THAN
                  ? Outcome.NOT_MET
                  : Outcome.MET;
          assertEquals(expected, o, id + " " + ind.getId() + " at " + t);
        }
      }
    }
  }

  private static Explanation find(Explanation e, String id) {
    if (e.getSubject().equals(id) && e.getChildren().isEmpty()) {
      return e;
    }
    for (Explanation c : e.getChildren()) {
      Explanation f = findOrNull(c, id);
      if (f != null) {
        return f;
      }
    }
    throw new AssertionError("no " + id);
  }

  private static Explanation findOrNull(Explanation e, String id) {
    try {
      return find(e, id);
    } catch (AssertionError x) {
      return null;
    }
  }

  private static <V> Map<String, V> without(Map<String, V> map, String name) {
    Map<String, V> m = new LinkedHashMap<>(map);
    m.remove(name);
    return m;
  }

  private static CommuneMeasurements improve(CommuneMeasurements m, Variable v, int step) {
    ImmutableCommuneMeasurements c = ImmutableCommuneMeasurements.copyOf(m);
    boolean up = v.getDirection() == Direction.HIGHER_IS_BETTER;
    String name = v.getName();
    if (m.getFlags().containsKey(name)) {
      Map<String, Boolean> f = new LinkedHashMap<>(m.getFlags());
      f.put(name, up);
      return c.withFlags(f);
    }
    if (m.getNumbers().containsKey(name)) {
      Map<String, BigDecimal> n = new LinkedHashMap<>(m.getNumbers());
      BigDecimal value = n.get(name);
      BigDecimal changed =
          up
              ? value.add(BigDecimal.valueOf(step))
              : value.subtract(BigDecimal.valueOf(step)).max(BigDecimal.ZERO);
      n.put(name, changed);
      return c.withNumbers(n);
    }
    if (m.getRatios().containsKey(name)) {
      Map<String, Ratio> r = new LinkedHashMap<>(m.getRatios());
      Ratio value = r.get(name);
      BigDecimal s = BigDecimal.valueOf(step);
      BigDecimal n =
          up
              ? value.getNumerator().add(s).min(value.getDenominator())
              : value.getNumerator().subtract(s).max(BigDecimal.ZERO);
      r.put(name, Ratio.of(n, value.getDenominator()));
      return c.withRatios(r);
    }
    return m;
  }

  @Provide
  Arbitrary<CommuneMeasurements> data() {
    return Arbitraries.oneOf(
        CommuneArbitraries.measurements(
            RULES, LocalDate.of(2020, 1, 1), LocalDate.of(2020, 12, 31)),
        CommuneArbitraries.measurements(
            RULES, LocalDate.of(2022, 3, 8), LocalDate.of(2025, 12, 31)));
  }

  @Provide
  Arbitrary<CommuneMeasurements> data2023() {
    return CommuneArbitraries.measurements(RULES, LocalDate.of(2023, 6, 30));
  }

  @Provide
  Arbitrary<Variable> variables() {
    return Arbitraries.of(
        RULES.variables().getVariables().stream()
            .filter(v -> v.getDirection() != Direction.NONE)
            .toList());
  }
}
