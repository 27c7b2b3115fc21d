package org.ntmkit.rules;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.ntmkit.core.Outcome;
import org.ntmkit.core.explain.Explanation;
import org.ntmkit.core.io.InvalidInputException;
import org.ntmkit.core.law.Provenance;
import org.ntmkit.core.quantity.Ratio;
import org.ntmkit.core.unit.Region;
import org.ntmkit.rules.measurement.CommuneMeasurements;
import org.ntmkit.rules.measurement.ImmutableCommuneMeasurements;
import org.ntmkit.rules.testing.SampleCommunes;

/** QĐ 1980/QĐ-TTg (2016–2020), values as in shared/domain/commune-criteria.md §3. */
class Qd1980EvaluationTest {

  private static final NtmRules RULES = NtmRules.bundled();
  private static final String SET = "qd-1980-2016";

  private static Explanation indicator(Assessment a, String id) {
    return find(a.getExplanation(), id).orElseThrow(() -> new AssertionError("no indicator " + id));
  }

  private static Optional<Explanation> find(Explanation e, String id) {
    if (e.getSubject().equals(id) && e.getChildren().isEmpty()) {
      return Optional.of(e);
    }
    for (Explanation c : e.getChildren()) {
      Optional<Explanation> f = find(c, id);
      if (f.isPresent()) {
        return f;
      }
    }
    return Optional.empty();
  }

  @Test
  void nccCommuneMeetsEveryKnownCriterionAndTheRestIsUndetermined() {
    Assessment a = RULES.evaluate(SampleCommunes.ncc2020(), SET);
    // NCC values NOT FOUND: 2.2–2.4, 3.1, 4.2, 5, 9.2, 11, 17.6, 17.7 → criteria 2, 3, 4, 5, 9, 11,
    // 17.
    List<String> undetermined =
        a.getExplanation().getChildren().stream()
            .filter(c -> c.getOutcome() == Outcome.UNDETERMINED)
            .map(Explanation::getSubject)
            .toList();
    assertEquals(List.of("2", "3", "4", "5", "9", "11", "17"), undetermined);
    assertEquals(12, a.count(Outcome.MET));
    assertEquals(0, a.count(Outcome.NOT_MET));
    assertEquals(Outcome.UNDETERMINED, a.getOutcome());
    assertTrue(indicator(a, "4.2").getMessage().getEn().contains("qd1980.4.2"));
    assertTrue(indicator(a, "4.2").getMessage().getEn().contains("North Central Coast"));
  }

  @Test
  void summaryKeepsEveryCriterionsVerdictAndRoundTripsThroughJson() {
    Assessment a = RULES.evaluate(SampleCommunes.ncc2020(), SET);
    AssessmentSummary s = a.summary();
    assertEquals(19, s.getCriteria().size());
    assertEquals(Outcome.UNDETERMINED, s.getCriteria().get("4"));
    assertEquals(Outcome.MET, s.getCriteria().get("16"));
    org.ntmkit.core.io.NtmJson json = org.ntmkit.core.io.NtmJson.defaults();
    assertEquals(s, json.read(json.write(s), AssessmentSummary.class));
    assertEquals(a, json.read(json.write(a), Assessment.class));
  }

  @ParameterizedTest(name = "{0}: income {1} million required in 2020")
  @CsvSource({
    "NORTHERN_MIDLANDS_AND_MOUNTAINS, 36",
    "RED_RIVER_DELTA, 50",
    "NORTH_CENTRAL_COAST, 36",
    "SOUTH_CENTRAL_COAST, 41",
    "CENTRAL_HIGHLANDS, 41",
    "SOUTHEAST, 59",
    "MEKONG_DELTA, 50"
  })
  void incomeThresholdOf2020PerRegionIsMetExactlyAtTheBoundary(Region region, long millions) {
    // QĐ 1980/QĐ-TTg criterion 10, 2020 values [S1][S2].
    BigDecimal required = BigDecimal.valueOf(millions * 1_000_000);
    Assessment at =
        RULES.evaluate(
            SampleCommunes.in(region)
                .withNumbers(
                    java.util.Map.of(
                        "housing.temporaryHouses", BigDecimal.ZERO, "income.perCapita", required)),
            SET);
    assertEquals(Outcome.MET, indicator(at, "10.1").getOutcome());
    assertEquals(Optional.of(required), indicator(at, "10.1").getRequired());
    Assessment below =
        RULES.evaluate(
            SampleCommunes.in(region)
                .withNumbers(
                    java.util.Map.of(
                        "housing.temporaryHouses",
                        BigDecimal.ZERO,
                        "income.perCapita",
                        required.subtract(BigDecimal.ONE))),
            SET);
    assertEquals(Outcome.NOT_MET, indicator(below, "10.1").getOutcome());
  }

  @Test
  void incomeShortfallIsExplainedInMillionVnd() {
    Assessment a =
        RULES.evaluate(
            SampleCommunes.ncc2020()
                .withNumbers(
                    java.util.Map.of(
                        "housing.temporaryHouses",
                        BigDecimal.ZERO,
                        "income.perCapita",
                        new BigDecimal("34600000"))),
            SET);
    Explanation income = indicator(a, "10.1");
    assertEquals(Outcome.NOT_MET, income.getOutcome());
    assertEquals(Optional.of(new BigDecimal("1400000")), income.getGap());
    assertEquals("short by 1.4 million VND", income.getMessage().getEn());
    assertEquals("còn thiếu 1,4 triệu đồng", income.getMessage().getVi());
    assertEquals("1980/QĐ-TTg", income.getReferences().get(0).getInstrument());
    assertEquals(Optional.of(Provenance.SECONDARY_SOURCE), income.getProvenance());
  }

  @Test
  void incomeBefore2020IsUndeterminedBecauseTheAnnualValuesAreNotFound() {
    Assessment a =
        RULES.evaluate(SampleCommunes.ncc2020().withDate(LocalDate.of(2019, 12, 31)), SET);
    assertEquals(Outcome.UNDETERMINED, indicator(a, "10.1").getOutcome());
  }

  @Test
  void culturalVillagesSevenOfTenMeetsSeventyPercentAndSixNeedsOneMore() {
    // Criterion 16.1: ≥ 70% [S9]; the same value outside the Mekong Delta is INFERRED.
    Assessment met = RULES.evaluate(SampleCommunes.ncc2020(), SET);
    assertEquals(Outcome.MET, indicator(met, "16.1").getOutcome());
    assertEquals(Optional.of(Provenance.INFERRED), indicator(met, "16.1").getProvenance());
    Assessment md = RULES.evaluate(SampleCommunes.in(Region.MEKONG_DELTA), SET);
    assertEquals(Optional.of(Provenance.SECONDARY_SOURCE), indicator(md, "16.1").getProvenance());

    Assessment six =
        RULES.evaluate(
            SampleCommunes.ncc2020().withRatios(with("villages.cultural", Ratio.of(6, 10))), SET);
    Explanation e = indicator(six, "16.1");
    assertEquals(Outcome.NOT_MET, e.getOutcome());
    assertEquals(Optional.of(BigDecimal.ONE), e.getGap());
    assertEquals("needs 1 more villages", e.getMessage().getEn());
    assertEquals("cần thêm 1 thôn", e.getMessage().getVi());
    assertEquals(Outcome.NOT_MET, six.criterion("16").orElseThrow().getExplanation().getOutcome());
  }

  @Test
  void stuntingIsACeiling() {
    // 15.3 NCC 24.2% (direction ≤ INFERRED): 242 of 1000 meets, 243 does not.
    assertEquals(
        Outcome.MET,
        indicator(
                RULES.evaluate(
                    SampleCommunes.ncc2020()
                        .withRatios(with("health.stuntingUnder5", Ratio.of(242, 1000))),
                    SET),
                "15.3")
            .getOutcome());
    Explanation over =
        indicator(
            RULES.evaluate(
                SampleCommunes.ncc2020()
                    .withRatios(with("health.stuntingUnder5", Ratio.of(243, 1000))),
                SET),
            "15.3");
    assertEquals(Outcome.NOT_MET, over.getOutcome());
    assertEquals("needs 1 fewer children", over.getMessage().getEn());
  }

  @Test
  void waterIsTwoNestedRatiosAndSouthCentralCoastTotalIsUndetermined() {
    // 17.1 NCC: hygienic ≥ 98, clean ≥ 60 [S7].
    Assessment low =
        RULES.evaluate(
            SampleCommunes.ncc2020().withRatios(with("water.clean", Ratio.of(1190, 2000))), SET);
    assertEquals(Outcome.NOT_MET, indicator(low, "17.1b").getOutcome());
    assertEquals(Outcome.MET, indicator(low, "17.1a").getOutcome());
    // SCC total printed 55% (sic), CONFLICT: not encoded.
    Assessment scc = RULES.evaluate(SampleCommunes.in(Region.SOUTH_CENTRAL_COAST), SET);
    assertEquals(Outcome.UNDETERMINED, indicator(scc, "17.1a").getOutcome());
    assertEquals(Outcome.MET, indicator(scc, "17.1b").getOutcome());
  }

  @Test
  void commerceCriterionIsNotConsideredWhereNoInfrastructureIsNeeded() {
    // QĐ 4800/QĐ-BCT [S18]: "không xem xét".
    Assessment a =
        RULES.evaluate(
            SampleCommunes.ncc2020()
                .withFlags(
                    withFlag(
                        withFlag(
                            SampleCommunes.ncc2020().getFlags(),
                            "commerce.infrastructureNeeded",
                            false),
                        "commerce.marketOrTradingPlace",
                        false)),
            SET);
    Explanation e = indicator(a, "7.1");
    assertEquals(Outcome.MET, e.getOutcome());
    assertEquals("not applicable (not considered)", e.getMessage().getEn());
  }

  @Test
  void temporaryHousesMustBeNone() {
    Assessment a =
        RULES.evaluate(
            SampleCommunes.ncc2020()
                .withNumbers(
                    java.util.Map.of(
                        "housing.temporaryHouses",
                        BigDecimal.valueOf(3),
                        "income.perCapita",
                        new BigDecimal("37500000"))),
            SET);
    Explanation e = indicator(a, "9.1");
    assertEquals(Outcome.NOT_MET, e.getOutcome());
    assertEquals(Optional.of(BigDecimal.valueOf(3)), e.getGap());
    assertEquals("over by 3 houses", e.getMessage().getEn());
  }

  @Test
  void missingMeasurementIsUndeterminedNamingTheVariable() {
    Assessment a =
        RULES.evaluate(
            SampleCommunes.ncc2020()
                .withFlags(withFlag(SampleCommunes.ncc2020().getFlags(), "ict.postalPoint", null)),
            SET);
    Explanation e = indicator(a, "8.1");
    assertEquals(Outcome.UNDETERMINED, e.getOutcome());
    assertTrue(e.getMessage().getEn().contains("ict.postalPoint"));
  }

  @Test
  void badDataIsOneInputErrorWithPaths() {
    ImmutableCommuneMeasurements bad =
        SampleCommunes.ncc2020()
            .withNumbers(
                java.util.Map.of(
                    "income.perCapita",
                    BigDecimal.TEN,
                    "villages.cultural",
                    BigDecimal.ONE,
                    "no.such",
                    BigDecimal.ONE));
    InvalidInputException e =
        assertThrows(InvalidInputException.class, () -> RULES.evaluate(bad, SET));
    // villages.cultural is a ratio given as a number, and also given as a ratio; no.such is
    // unknown.
    assertEquals(
        java.util.Set.of(
            "$.numbers.villages.cultural WRONG_TYPE",
            "$.numbers.no.such UNKNOWN_VALUE",
            "$.villages.cultural DUPLICATE"),
        e.getProblems().stream()
            .map(p -> p.getPath() + " " + p.getCode())
            .collect(java.util.stream.Collectors.toSet()));

    InvalidInputException d =
        assertThrows(
            InvalidInputException.class,
            () -> RULES.evaluate(SampleCommunes.ncc2020().withDate(LocalDate.of(2023, 1, 1)), SET));
    assertEquals("$.date", d.getProblems().get(0).getPath());
    InvalidInputException s =
        assertThrows(
            InvalidInputException.class, () -> RULES.evaluate(SampleCommunes.ncc2020(), "qd-9999"));
    assertEquals("$.set", s.getProblems().get(0).getPath());
  }

  @Test
  void dataAreCheckedOnEveryCallUnlessTheSameImmutableObjectWasJustFoundValid() {
    NtmRules rules = RULES;
    ImmutableCommuneMeasurements good = SampleCommunes.ncc2020();
    ImmutableCommuneMeasurements bad =
        good.withNumbers(java.util.Map.of("no.such", BigDecimal.ONE));
    // Good, then bad, then bad again, then good: each bad call is rejected.
    assertDoesNotThrow(() -> rules.evaluate(good, SET));
    assertThrows(InvalidInputException.class, () -> rules.evaluate(bad, SET));
    assertThrows(InvalidInputException.class, () -> rules.evaluate(bad, SET));
    assertThrows(InvalidInputException.class, () -> rules.titles(bad));
    assertEquals(
        rules.evaluate(good, SET).getExplanation(), rules.evaluate(good, SET).getExplanation());
    // A hand-written implementation may change between calls, so it is checked every time.
    java.util.concurrent.atomic.AtomicBoolean spoiled =
        new java.util.concurrent.atomic.AtomicBoolean();
    CommuneMeasurements changing =
        (CommuneMeasurements)
            java.lang.reflect.Proxy.newProxyInstance(
                CommuneMeasurements.class.getClassLoader(),
                new Class<?>[] {CommuneMeasurements.class},
                (proxy, method, args) ->
                    method.getName().equals("getNumbers") && spoiled.get()
                        ? bad.getNumbers()
                        : method.invoke(good, args));
    assertDoesNotThrow(() -> rules.evaluate(changing, SET));
    spoiled.set(true);
    assertThrows(InvalidInputException.class, () -> rules.evaluate(changing, SET));
  }

  static java.util.Map<String, Ratio> with(String name, Ratio value) {
    java.util.Map<String, Ratio> m =
        new java.util.LinkedHashMap<>(SampleCommunes.ncc2020().getRatios());
    m.put(name, value);
    return m;
  }

  static java.util.Map<String, Boolean> withFlag(
      java.util.Map<String, Boolean> flags, String name, Boolean value) {
    java.util.Map<String, Boolean> m = new java.util.LinkedHashMap<>(flags);
    if (value == null) {
      m.remove(name);
    } else {
      m.put(name, value);
    }
    return m;
  }
}
