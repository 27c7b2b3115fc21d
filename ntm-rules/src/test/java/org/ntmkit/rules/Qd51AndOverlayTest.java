package org.ntmkit.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.ntmkit.core.Outcome;
import org.ntmkit.core.explain.Comparison;
import org.ntmkit.core.io.InputProblem;
import org.ntmkit.core.io.InvalidInputException;
import org.ntmkit.core.io.NtmJson;
import org.ntmkit.core.law.Provenance;
import org.ntmkit.core.parameter.ParameterQuery;
import org.ntmkit.core.quantity.Ratio;
import org.ntmkit.core.unit.Commune;
import org.ntmkit.core.unit.CommuneGroup;
import org.ntmkit.core.unit.Region;
import org.ntmkit.rules.catalog.CatalogOverlay;
import org.ntmkit.rules.measurement.CommuneMeasurements;
import org.ntmkit.rules.measurement.GroupDerivation;
import org.ntmkit.rules.measurement.ImmutableCommuneMeasurements;

/**
 * QĐ 51/2025/QĐ-TTg (in force 15/02/2026): 10 criteria and 47 indicators by commune group, the
 * indicators NOT FOUND in any public source (qd51 addendum §2.4) — so the bundled set decides
 * nothing and says why; a province's overlay (here an EXAMPLE with invented thresholds, never law)
 * completes two criteria for group 2 and they are decided exactly at their thresholds.
 */
class Qd51AndOverlayTest {

  private static final NtmRules RULES = NtmRules.bundled();
  private static final LocalDate JUNE_2026 = LocalDate.of(2026, 6, 30);

  /** An EXAMPLE overlay: invented thresholds for group 2, citing an example decision. */
  static final String EXAMPLE_OVERLAY =
      ("{'id': 'EXAMPLE-test', 'label': {'vi': 'VÍ DỤ', 'en': 'EXAMPLE'},"
              + " 'variables': [{'name': 'example.socialInsurance', 'kind': 'RATIO', 'unit': 'COUNT',"
              + "   'direction': 'HIGHER_IS_BETTER', 'label': {'vi': 'VÍ DỤ', 'en': 'EXAMPLE'}}],"
              + " 'parameters': {'name': 'EXAMPLE-test', 'overrides': ["
              + param("example.qd51.3.1", "VND_PER_PERSON_YEAR", 60000000)
              + ","
              + param("example.qd51.6.1", "PERCENT", 2)
              + ","
              + param("example.qd51.6.2", "PERCENT", 40)
              + "]},"
              + " 'indicators': ["
              + "  {'setId': 'qd-51-2025', 'criterion': '3', 'indicatorsComplete': true, 'indicators': ["
              + "    {'id': '3.1', 'name': {'vi': 'x', 'en': 'x'}, 'kind': 'NUMBER', 'variable': 'income.perCapita',"
              + "     'parameter': 'example.qd51.3.1', 'provenance': 'EXAMPLE'}]},"
              + "  {'setId': 'qd-51-2025', 'criterion': '6', 'indicatorsComplete': true, 'indicators': ["
              + "    {'id': '6.1', 'name': {'vi': 'x', 'en': 'x'}, 'kind': 'RATIO', 'variable': 'poverty.multidimensional',"
              + "     'parameter': 'example.qd51.6.1', 'comparison': 'AT_MOST', 'provenance': 'EXAMPLE'},"
              + "    {'id': '6.2', 'name': {'vi': 'x', 'en': 'x'}, 'kind': 'RATIO', 'variable': 'example.socialInsurance',"
              + "     'parameter': 'example.qd51.6.2', 'provenance': 'EXAMPLE'}]}]}")
          .replace('\'', '"');

  private static String param(String id, String unit, long value) {
    return "{'parameterId': '"
        + id
        + "', 'unit': '"
        + unit
        + "', 'label': {'vi': 'VÍ DỤ', 'en': 'EXAMPLE'}, 'values': [{'value': "
        + value
        + ", 'from': '2026-02-15', 'group': 'GROUP_2', 'provenance': 'EXAMPLE',"
        + " 'ref': {'instrument': 'VÍ DỤ 00/2026/QĐ-UBND', 'kind': 'DECISION'}, 'note': 'EXAMPLE — not law'}]}";
  }

  static CatalogOverlay overlay(String json) {
    return NtmJson.defaults().read(json, CatalogOverlay.class);
  }

  static ImmutableCommuneMeasurements commune(CommuneGroup group) {
    return CommuneMeasurements.builder()
        .setCommune(
            Commune.builder()
                .setCode("99001")
                .setName("Xã mẫu (tổng hợp)")
                .setProvinceCode("42")
                .setRegion(Region.NORTH_CENTRAL_COAST)
                .setGroup(group)
                .build())
        .setDate(JUNE_2026)
        .build();
  }

  private static ImmutableCommuneMeasurements measured(
      long income, Ratio poor, Ratio insured, CommuneGroup group) {
    return commune(group)
        .withNumbers(Map.of("income.perCapita", BigDecimal.valueOf(income)))
        .withRatios(Map.of("poverty.multidimensional", poor, "example.socialInsurance", insured));
  }

  @Test
  void withoutAnOverlayEveryCriterionIsUndeterminedAndTheTenCriteriaAreListedAsLackingIndicators() {
    CommuneMeasurements data =
        commune(CommuneGroup.GROUP_2)
            .withNumbers(Map.of("income.perCapita", BigDecimal.valueOf(90_000_000)));
    Assessment a = RULES.evaluate(data, "qd-51-2025");
    assertEquals(Outcome.UNDETERMINED, a.getOutcome());
    assertEquals(10, a.count(Outcome.UNDETERMINED));
    assertFalse(a.isSetComplete());
    assertEquals(
        List.of("1", "2", "3", "4", "5", "6", "7", "8", "9", "10"), a.getIncompleteCriteria());
    // The set reads nothing yet: the income given is reported, not silently dropped.
    assertEquals(
        List.of("income.perCapita"), RULES.unreadMeasurements(data, List.of("qd-51-2025")));
    assertEquals(Optional.of(CommuneGroup.GROUP_2), a.getGroupApplied());

    SetCompleteness c =
        RULES.completeness("qd-51-2025", ParameterQuery.of(JUNE_2026, CommuneGroup.GROUP_2));
    assertFalse(c.isComplete());
    assertEquals(0, c.getIndicatorsEncoded());
    assertEquals(Optional.of(47), c.getIndicatorsInLaw()); // Phụ lục I: 10 criteria, 47 indicators
    assertEquals(10, c.getCriteriaIncomplete().size());
    assertEquals("Quy hoạch", c.getCriteriaIncomplete().get(0).getName().getVi());
    assertTrue(c.describe().get(0).getEn().contains("0 of the instrument's 47 indicators"));
    assertTrue(
        c.describe().get(1).getEn().equals("criterion 1 Planning: indicators NOT FOUND"),
        c.describe().get(1).getEn());
  }

  @Test
  void qd318BasicSaysWhichCriterionIsUnknownAndHowManyIndicatorsAreEncoded() {
    // QĐ 318/QĐ-TTg: 19 criteria, 57 indicators [S30]; criterion 17's indicators are NOT FOUND.
    SetCompleteness c =
        RULES.completeness(
            "qd-318-2022-basic",
            ParameterQuery.of(JUNE_2026.minusYears(1), Region.RED_RIVER_DELTA));
    assertEquals(Optional.of(57), c.getIndicatorsInLaw());
    assertEquals(48, c.getIndicatorsEncoded());
    assertEquals(
        List.of("17"), c.getCriteriaIncomplete().stream().map(g -> g.getNumber()).toList());
    assertTrue(c.describe().get(0).getVi().contains("48/57"));
    // A set by region asked about no region lists each missing value per region.
    SetCompleteness all =
        RULES.completeness(
            "qd-1980-2016", ParameterQuery.builder().setDate(LocalDate.of(2020, 12, 31)).build());
    assertTrue(
        all.getMissingValues().stream()
            .anyMatch(m -> m.getRegion().equals(Optional.of(Region.NORTH_CENTRAL_COAST))));
    SetCompleteness.MissingValue poor =
        all.getMissingValues().stream()
            .filter(m -> m.getParameterId().equals("qd1980.11.1"))
            .findFirst()
            .orElseThrow();
    assertEquals(Optional.of(Comparison.AT_MOST), poor.getComparison());
    assertEquals(List.of("11.1"), poor.getIndicatorIds());
    assertThrows(
        InvalidInputException.class,
        () -> RULES.completeness("no-such-set", ParameterQuery.of(JUNE_2026, Region.MEKONG_DELTA)));
  }

  @Test
  void anOverlayDecidesItsCriteriaExactlyAtTheirThresholdsBothWaysAndCitesItsDecision() {
    NtmRules rules = RULES.withOverlay(overlay(EXAMPLE_OVERLAY));
    CommuneGroup g2 = CommuneGroup.GROUP_2;
    // At the thresholds: 60,000,000 ≥ 60,000,000; 2/100 ≤ 2%; 40/100 ≥ 40%.
    Assessment at =
        rules.evaluate(measured(60_000_000, Ratio.of(2, 100), Ratio.of(40, 100), g2), "qd-51-2025");
    assertEquals(Outcome.MET, at.criterion("3").orElseThrow().getOutcome());
    assertEquals(Outcome.MET, at.criterion("6").orElseThrow().getOutcome());
    assertEquals(Outcome.UNDETERMINED, at.getOutcome(), "eight criteria still NOT FOUND");
    assertEquals(8, at.count(Outcome.UNDETERMINED));
    IndicatorResult income = at.indicator("3.1").orElseThrow();
    assertEquals("VÍ DỤ 00/2026/QĐ-UBND", income.getReferences().get(0).getInstrument());
    assertEquals(Optional.of(Provenance.EXAMPLE), income.getProvenance());
    // One unit past each threshold, the wrong way.
    Assessment below =
        rules.evaluate(
            measured(59_999_999, Ratio.of(201, 10_000), Ratio.of(40, 100), g2), "qd-51-2025");
    assertEquals(Outcome.NOT_MET, below.criterion("3").orElseThrow().getOutcome());
    assertEquals(Outcome.NOT_MET, below.indicator("6.1").orElseThrow().getOutcome());
    assertEquals(Outcome.NOT_MET, below.getOutcome(), "a criterion not met decides the title");
    Assessment insured =
        rules.evaluate(
            measured(60_000_001, Ratio.of(199, 10_000), Ratio.of(399, 1000), g2), "qd-51-2025");
    assertEquals(Outcome.MET, insured.indicator("6.1").orElseThrow().getOutcome());
    assertEquals(Outcome.NOT_MET, insured.indicator("6.2").orElseThrow().getOutcome());
    // Group 1 has no value in the overlay: undetermined, whatever the data.
    Assessment g1 =
        rules.evaluate(
            measured(90_000_000, Ratio.of(0, 100), Ratio.of(90, 100), CommuneGroup.GROUP_1),
            "qd-51-2025");
    assertEquals(Outcome.UNDETERMINED, g1.criterion("3").orElseThrow().getOutcome());
    assertEquals(Outcome.UNDETERMINED, g1.criterion("6").orElseThrow().getOutcome());
    SetCompleteness c = rules.completeness("qd-51-2025", ParameterQuery.of(JUNE_2026, g2));
    assertEquals(3, c.getIndicatorsEncoded());
    assertEquals(8, c.getCriteriaIncomplete().size());
    assertTrue(c.getMissingValues().isEmpty(), c.getMissingValues().toString());
    SetCompleteness c1 =
        rules.completeness("qd-51-2025", ParameterQuery.of(JUNE_2026, CommuneGroup.GROUP_1));
    assertEquals(3, c1.getMissingValues().size());
    assertEquals(Optional.of(CommuneGroup.GROUP_1), c1.getMissingValues().get(0).getGroup());
  }

  @Test
  void indicatorsAddedWithoutSayingTheCriterionIsCompleteNeverMakeItMet() {
    NtmRules rules =
        RULES.withOverlay(overlay(EXAMPLE_OVERLAY.replace("\"indicatorsComplete\": true, ", "")));
    Assessment a =
        rules.evaluate(
            measured(60_000_000, Ratio.of(2, 100), Ratio.of(40, 100), CommuneGroup.GROUP_2),
            "qd-51-2025");
    assertEquals(Outcome.MET, a.indicator("3.1").orElseThrow().getOutcome());
    assertEquals(Outcome.UNDETERMINED, a.criterion("3").orElseThrow().getOutcome());
  }

  @Test
  void inconsistentOverlaysAreRejectedWithPaths() {
    // A comparison left to its default (at least) on a lower-is-better variable.
    assertProblem(
        EXAMPLE_OVERLAY.replace("\"comparison\": \"AT_MOST\", ", ""),
        "$[qd-51-2025].criteria[5].indicators[0].comparison");
    assertProblem(
        EXAMPLE_OVERLAY.replace(
            "\"name\": \"example.socialInsurance\"", "\"name\": \"income.perCapita\""),
        "$.variables[0].name");
    assertProblem(
        EXAMPLE_OVERLAY.replace("\"criterion\": \"3\"", "\"criterion\": \"42\""),
        "$.indicators[0].criterion");
    assertProblem(
        EXAMPLE_OVERLAY.replace(
            "\"setId\": \"qd-51-2025\", \"criterion\": \"3\"",
            "\"setId\": \"qd-52\", \"criterion\": \"3\""),
        "$.indicators[0].setId");
    assertProblem(
        EXAMPLE_OVERLAY.replace("\"id\": \"6.2\"", "\"id\": \"3.1\""),
        "$.indicators[1].indicators[1].id");
  }

  private static void assertProblem(String json, String path) {
    InvalidInputException e =
        assertThrows(InvalidInputException.class, () -> RULES.withOverlay(overlay(json)));
    assertTrue(
        e.getProblems().stream().map(InputProblem::getPath).anyMatch(path::equals),
        e.getProblems().toString());
  }

  @Test
  void eachGapIsDescribedWithWhatItIsWhereAndUnderWhichProvision() {
    NtmRules rules = RULES.withOverlay(overlay(EXAMPLE_OVERLAY));
    SetCompleteness g1 =
        rules.completeness("qd-51-2025", ParameterQuery.of(JUNE_2026, CommuneGroup.GROUP_1));
    List<String> en = g1.describe().stream().map(t -> t.getEn()).toList();
    assertEquals("3 of the instrument's 47 indicators encoded", en.get(0));
    assertEquals("criterion 1 Planning: indicators NOT FOUND", en.get(1));
    assertEquals(
        "example.qd51.6.1 (EXAMPLE ≤ ?, %) — Group 1 (peri-urban, urbanising, or agriculture under"
            + " 10%): no value",
        en.get(en.size() - 2));
    SetCompleteness.MissingValue income = g1.getMissingValues().get(0);
    assertEquals("example.qd51.3.1", income.getParameterId());
    assertEquals(List.of("3.1"), income.getIndicatorIds());
    assertFalse(income.isNotFoundAnywhere(), "group 2 has a value");
    // QĐ 318 basic: a value NOT FOUND for a region cites the set's provision; a part-known
    // criterion says how many indicators are known.
    SetCompleteness basic =
        RULES.completeness(
            "qd-318-2022-basic",
            ParameterQuery.of(LocalDate.of(2025, 12, 31), Region.NORTH_CENTRAL_COAST));
    List<String> vi = basic.describe().stream().map(t -> t.getVi()).toList();
    assertEquals("đã mã hóa 48/57 chỉ tiêu của văn bản", vi.get(0));
    assertTrue(vi.get(1).startsWith("tiêu chí 17 "), vi.get(1));
    assertTrue(
        vi.stream()
            .anyMatch(
                l ->
                    l.equals(
                        "qd318.10.1 (Thu nhập bình quân đầu người khu vực nông thôn ≥ ?,"
                            + " đồng/người/năm; 318/QĐ-TTg, Phụ lục I) — Bắc Trung Bộ: chưa có"
                            + " giá trị")),
        vi.toString());
    // Partly known: indicators added without "complete" to a criterion that had none.
    NtmRules partly =
        RULES.withOverlay(overlay(EXAMPLE_OVERLAY.replace("\"indicatorsComplete\": true, ", "")));
    SetCompleteness.CriterionGap six =
        partly
            .completeness("qd-51-2025", ParameterQuery.of(JUNE_2026, CommuneGroup.GROUP_2))
            .getCriteriaIncomplete()
            .stream()
            .filter(g -> g.getNumber().equals("6"))
            .findFirst()
            .orElseThrow();
    assertEquals("6", six.getNumber());
    assertEquals(2, six.getIndicatorsEncoded());
    assertTrue(
        partly
            .completeness("qd-51-2025", ParameterQuery.of(JUNE_2026, CommuneGroup.GROUP_2))
            .describe()
            .stream()
            .anyMatch(
                t ->
                    t.getEn()
                        .equals(
                            "criterion 6 Poverty reduction and social security: 2 indicators known, the"
                                + " others NOT FOUND")));
  }

  @Test
  void unreadMeasurementsAreThoseNoNamedSetReadsAndASetWithAllItsIndicatorsKnownIsComplete() {
    CommuneMeasurements data =
        commune(CommuneGroup.GROUP_3)
            .withNumbers(Map.of("income.perCapita", BigDecimal.ONE))
            .withFlags(Map.of("ict.postalPoint", true, GroupDerivation.NEW_URBAN_AREA, false))
            .withRatios(Map.of("health.insuranceCoverage", Ratio.of(1, 2)));
    // In the data's order: numbers, flags, ratios; the group facts are not listed.
    assertEquals(
        List.of("income.perCapita", "ict.postalPoint", "health.insuranceCoverage"),
        RULES.unreadMeasurements(data, List.of("qd-51-2025")));
    // QĐ 318 basic reads all three (10.1, 8.1, 15.1); with QĐ 51 beside it nothing is unread.
    assertEquals(
        List.of(), RULES.unreadMeasurements(data, List.of("qd-51-2025", "qd-318-2022-basic")));
    assertThrows(
        InvalidInputException.class, () -> RULES.unreadMeasurements(data, List.of("qd-52")));
    // QĐ 1980/QĐ-TTg as bundled: every criterion's indicators known, no count in law given.
    Assessment qd1980 =
        RULES.evaluate(org.ntmkit.rules.testing.SampleCommunes.ncc2020(), "qd-1980-2016");
    assertTrue(qd1980.isSetComplete());
    assertTrue(qd1980.getIncompleteCriteria().isEmpty());
    assertTrue(qd1980.getCriteriaOnExamples().isEmpty());
    Assessment example =
        RULES
            .withOverlay(overlay(EXAMPLE_OVERLAY))
            .evaluate(
                measured(60_000_000, Ratio.of(2, 100), Ratio.of(40, 100), CommuneGroup.GROUP_2),
                "qd-51-2025");
    assertEquals(List.of("3", "6"), example.getCriteriaOnExamples());
  }

  @Test
  void noBundledValueIsAnExample() {
    assertTrue(
        RULES.parameters().byId().values().stream()
            .flatMap(p -> p.getValues().stream())
            .noneMatch(v -> v.getProvenance() == Provenance.EXAMPLE));
    assertTrue(
        RULES.parameters().byId().keySet().stream().noneMatch(id -> id.startsWith("example.")));
  }
}
