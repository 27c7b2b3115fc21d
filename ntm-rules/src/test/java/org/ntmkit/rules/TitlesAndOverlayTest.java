package org.ntmkit.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableMap;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.ntmkit.core.LocalizedText;
import org.ntmkit.core.Outcome;
import org.ntmkit.core.explain.Explanation;
import org.ntmkit.core.law.InstrumentKind;
import org.ntmkit.core.law.LegalReference;
import org.ntmkit.core.law.Provenance;
import org.ntmkit.core.parameter.ParameterOverlay;
import org.ntmkit.core.parameter.ParameterOverride;
import org.ntmkit.core.parameter.ParameterValue;
import org.ntmkit.core.quantity.MeasureUnit;
import org.ntmkit.core.quantity.Ratio;
import org.ntmkit.core.unit.Region;
import org.ntmkit.rules.catalog.ImmutableCatalogOverlay;
import org.ntmkit.rules.measurement.Designation;
import org.ntmkit.rules.measurement.ImmutableCommuneMeasurements;
import org.ntmkit.rules.recognition.ImmutableRecognitionRecord;
import org.ntmkit.rules.recognition.RecognitionRecord;
import org.ntmkit.rules.recognition.Revocation;
import org.ntmkit.rules.testing.SampleCommunes;

class TitlesAndOverlayTest {

  private static final NtmRules RULES = NtmRules.bundled();

  private static ImmutableCommuneMeasurements in2023(Region region) {
    return SampleCommunes.in(region).withDate(LocalDate.of(2023, 6, 30));
  }

  private static Explanation node(Explanation e, String id) {
    if (e.getSubject().equals(id) && e.getChildren().isEmpty()) {
      return e;
    }
    for (Explanation c : e.getChildren()) {
      try {
        return node(c, id);
      } catch (AssertionError ignored) {
        // keep looking
      }
    }
    throw new AssertionError("no " + id);
  }

  @Test
  void titlesIn2020ChainNtmAndTheModelSetAndLeaveAdvancedToTheProvince() {
    TitleAssessment t = RULES.titles(SampleCommunes.ncc2020());
    assertEquals(Outcome.UNDETERMINED, t.getOutcomes().get(Title.NTM));
    assertEquals(Outcome.UNDETERMINED, t.getOutcomes().get(Title.ADVANCED));
    assertTrue(t.getNotes().get(Title.ADVANCED).getEn().contains("no national"));
    assertEquals("qd-691-2018-model", t.getAssessments().get(Title.MODEL).getSetId());
    assertEquals(Optional.empty(), t.highestTitle());
  }

  /**
   * QĐ 18/2022/QĐ-TTg (from 02/08/2022) [CC-S42]: a commune is recognised only if, besides every
   * criterion, it has no outstanding construction debt — so outstanding debt makes every title
   * NOT_MET whatever the criteria, and an unknown condition keeps a title from being MET.
   */
  @Test
  void titlesCombineTheRecognitionConditionsWithTheCriteria() {
    Map<String, Boolean> flags =
        new java.util.HashMap<>(in2023(Region.NORTH_CENTRAL_COAST).getFlags());
    flags.put("finance.outstandingConstructionDebt", true);
    TitleAssessment withDebt = RULES.titles(in2023(Region.NORTH_CENTRAL_COAST).withFlags(flags));
    Assessment conditions = withDebt.getConditions().orElseThrow();
    assertEquals("recognition-2021-2025", conditions.getSetId());
    assertEquals(Outcome.NOT_MET, node(conditions.getExplanation(), "R3").getOutcome());
    for (Title t : Title.values()) {
      assertEquals(Outcome.NOT_MET, withDebt.getOutcomes().get(t), t.name());
    }
    // The criteria alone are not NOT_MET: the verdict comes from the condition.
    assertEquals(Outcome.UNDETERMINED, withDebt.getAssessments().get(Title.NTM).getOutcome());

    flags.put("finance.outstandingConstructionDebt", false);
    TitleAssessment noDebt = RULES.titles(in2023(Region.NORTH_CENTRAL_COAST).withFlags(flags));
    Assessment criteria = noDebt.getAssessments().get(Title.NTM);
    assertEquals(
        criteria.getOutcome().and(noDebt.getConditions().orElseThrow().getOutcome()),
        noDebt.getOutcomes().get(Title.NTM));
    assertEquals(Optional.empty(), Optional.ofNullable(noDebt.getNotes().get(Title.NTM)));
  }

  /** Before QĐ 18/2022/QĐ-TTg no recognition conditions are encoded: the note says so. */
  @Test
  void titlesBeforeTheConditionsSayTheOutcomeIsTheCriteriasOnly() {
    TitleAssessment t = RULES.titles(SampleCommunes.ncc2020());
    assertEquals(Optional.empty(), t.getConditions());
    assertEquals(
        "the recognition conditions beyond the criteria (commune, NTM) are not encoded for"
            + " 2020-12-31; the outcome is the criteria's only",
        t.getNotes().get(Title.NTM).getEn());
    assertEquals(
        Optional.empty(),
        RULES.conditionsInForce(UnitLevel.COMMUNE, LocalDate.of(2022, 8, 1)).map(s -> s.getId()));
    assertEquals(
        Optional.of("recognition-2021-2025"),
        RULES.conditionsInForce(UnitLevel.COMMUNE, LocalDate.of(2022, 8, 2)).map(s -> s.getId()));
    assertEquals(
        Optional.empty(),
        RULES.conditionsInForce(UnitLevel.COMMUNE, LocalDate.of(2026, 2, 15)).map(s -> s.getId()));
  }

  @Test
  void qd318UsesTheNmmColumnForDifficultCommunesInPoorDistricts() {
    // QĐ 318/QĐ-TTg: especially difficult and safe-zone communes in poor districts use NMM [S29].
    ImmutableCommuneMeasurements hard =
        in2023(Region.NORTH_CENTRAL_COAST)
            .withDesignations(Designation.EXTREMELY_DIFFICULT)
            .withInPoorDistrict(true)
            .withRatios(Qd1980EvaluationTest.with("health.stuntingUnder5", Ratio.of(245, 1000)));
    Assessment a = RULES.evaluate(hard, "qd-318-2022-basic");
    assertEquals(Optional.of(Region.NORTHERN_MIDLANDS_AND_MOUNTAINS), a.getRegionApplied());
    // NMM stunting ceiling 24 (NCC would be 25): 24.5% fails.
    assertEquals(Outcome.NOT_MET, node(a.getExplanation(), "15.3").getOutcome());
    Assessment notPoor = RULES.evaluate(hard.withInPoorDistrict(false), "qd-318-2022-basic");
    assertEquals(Optional.of(Region.NORTH_CENTRAL_COAST), notPoor.getRegionApplied());
    assertEquals(Outcome.MET, node(notPoor.getExplanation(), "15.3").getOutcome());
  }

  @Test
  void qd318SchoolThresholdDependsOnTheNumberOfSchoolsAndTheRegion() {
    // [S31]: ≥ 70% at level 1 with more than 3 schools, ≥ 50% with 3 or fewer; RRD and SE 100%.
    ImmutableCommuneMeasurements four =
        in2023(Region.NORTH_CENTRAL_COAST)
            .withNumbers(
                Map.of(
                    "schools.count",
                    BigDecimal.valueOf(4),
                    "housing.temporaryHouses",
                    BigDecimal.ZERO))
            .withRatios(
                Map.of(
                    "schools.minimumFacilityStandard",
                    Ratio.of(4, 4),
                    "schools.facilityLevel1",
                    Ratio.of(3, 4)));
    Explanation five =
        RULES.evaluate(four, "qd-318-2022-basic").criterion("5").orElseThrow().getExplanation();
    assertEquals(Outcome.MET, five.getOutcome());
    assertEquals("not applicable (not considered)", five.getChildren().get(2).getMessage().getEn());

    ImmutableCommuneMeasurements three =
        four.withNumbers(Map.of("schools.count", BigDecimal.valueOf(3)))
            .withRatios(
                Map.of(
                    "schools.minimumFacilityStandard",
                    Ratio.of(3, 3),
                    "schools.facilityLevel1",
                    Ratio.of(1, 3)));
    assertEquals(
        Outcome.NOT_MET,
        RULES
            .evaluate(three, "qd-318-2022-basic")
            .criterion("5")
            .orElseThrow()
            .getExplanation()
            .getOutcome());

    ImmutableCommuneMeasurements rrd =
        four.withCommune(SampleCommunes.commune(Region.RED_RIVER_DELTA));
    assertEquals(
        Outcome.NOT_MET,
        RULES
            .evaluate(rrd, "qd-318-2022-basic")
            .criterion("5")
            .orElseThrow()
            .getExplanation()
            .getOutcome());
  }

  @Test
  void theSameDataEvaluatedUnderTwoPeriodsRules() {
    Assessment old = RULES.evaluate(SampleCommunes.ncc2020(), "qd-1980-2016");
    Assessment now = RULES.evaluate(in2023(Region.NORTH_CENTRAL_COAST), "qd-318-2022-basic");
    assertEquals(Outcome.MET, old.criterion("16").orElseThrow().getExplanation().getOutcome());
    // Criterion 16 under QĐ 318: its threshold is NOT FOUND.
    assertEquals(
        Outcome.UNDETERMINED, now.criterion("16").orElseThrow().getExplanation().getOutcome());
    assertEquals(
        "Nghèo đa chiều", now.criterion("11").orElseThrow().getExplanation().getLabel().getVi());
  }

  @Test
  void haTinhOverlayAddsItsAdvancedRequirements() {
    // Seed report §7: an OCOP product of 3★ or more, ≥ 40% households treating wastewater, ≥ 90%
    // sorting waste at source, online public services at level 3, income ≥ 1.2 × the NTM level.
    NtmRules haTinh = RULES.withOverlay(NtmRules.haTinhOverlay());
    ImmutableCommuneMeasurements data =
        in2023(Region.NORTH_CENTRAL_COAST)
            .withNumbers(
                Map.of(
                    "income.perCapita",
                    new BigDecimal("60000000"),
                    "ocop.productsThreeStarOrMore",
                    BigDecimal.ONE,
                    "publicServices.onlineLevel",
                    BigDecimal.valueOf(2)))
            .withRatios(
                Map.of(
                    "wastewater.householdsTreating",
                    Ratio.of(45, 100),
                    "waste.householdsSortingAtSource",
                    Ratio.of(89, 100)));
    Explanation ht =
        haTinh
            .evaluate(data, "qd-318-2022-advanced")
            .criterion("HT")
            .orElseThrow()
            .getExplanation();
    assertEquals(Outcome.NOT_MET, ht.getOutcome());
    assertEquals(Outcome.MET, node(ht, "HT.1").getOutcome());
    assertEquals(Outcome.UNDETERMINED, node(ht, "HT.2").getOutcome());
    assertTrue(
        node(ht, "HT.2").getMessage().getEn().contains("qd318.10.1"),
        "names the missing NTM income level");
    assertEquals(Outcome.MET, node(ht, "HT.3").getOutcome());
    assertEquals("needs 1 more households", node(ht, "HT.4").getMessage().getEn());
    assertEquals(Outcome.NOT_MET, node(ht, "HT.5").getOutcome());
    // A focus item of a draft report, not a recognition criterion (catalog audit 2026-12, §1.3a).
    assertEquals(Optional.of(Provenance.INFERRED), node(ht, "HT.3").getProvenance());
    assertEquals(InstrumentKind.REPORT, node(ht, "HT.3").getReferences().get(0).getKind());
    // The national set alone has no such criterion.
    assertTrue(RULES.evaluate(data, "qd-318-2022-advanced").criterion("HT").isEmpty());
  }

  @Test
  void aProvinceCanSupplyANotFoundValueAndTheModelIncomeRuleThenDecides() {
    // QĐ 319/QĐ-TTg K2: income ≥ 1.10 × the advanced threshold (same region and year). The
    // advanced threshold is NOT FOUND; a province supplies it (here an illustrative 60 million).
    LegalReference own =
        LegalReference.builder()
            .setInstrument("QĐ xx/UBND (illustrative)")
            .setKind(InstrumentKind.DECISION)
            .build();
    ParameterOverlay values =
        ParameterOverlay.builder()
            .setName("illustrative")
            .addOverrides(
                ParameterOverride.builder()
                    .setParameterId("qd318adv.10.1")
                    .setUnit(MeasureUnit.VND_PER_PERSON_YEAR)
                    .setLabel(LocalizedText.of("Thu nhập xã NTM nâng cao", "Advanced income"))
                    .addValues(
                        ParameterValue.builder()
                            .setValue(new BigDecimal("60000000"))
                            .setFrom(LocalDate.of(2023, 1, 1))
                            .setTo(LocalDate.of(2024, 1, 1))
                            .setRef(own)
                            .setProvenance(Provenance.OFFICIAL_TEXT)
                            .build())
                    .build())
            .build();
    NtmRules rules =
        RULES.withOverlay(
            ImmutableCatalogOverlay.builder()
                .setId("x")
                .setLabel(LocalizedText.of("x", "x"))
                .setParameters(values)
                .build());
    ImmutableCommuneMeasurements data =
        in2023(Region.NORTH_CENTRAL_COAST)
            .withNumbers(
                Map.of(
                    "income.perCapita",
                    new BigDecimal("65000000"),
                    "villages.smartVillageModels",
                    BigDecimal.ONE,
                    "model.outstandingFields",
                    BigDecimal.ONE));
    Explanation k2 =
        rules.evaluate(data, "qd-319-2022-model").criterion("K2").orElseThrow().getExplanation();
    // 1.1 × 60,000,000 = 66,000,000 > 65,000,000: short by 1 million.
    assertEquals(Outcome.NOT_MET, k2.getOutcome());
    assertEquals(Optional.of(new BigDecimal("66000000.0")), k2.getChildren().get(0).getRequired());
    assertEquals("short by 1 million VND", k2.getChildren().get(0).getMessage().getEn());
    assertEquals(
        Outcome.UNDETERMINED,
        RULES
            .evaluate(data, "qd-319-2022-model")
            .criterion("K2")
            .orElseThrow()
            .getExplanation()
            .getOutcome());
  }

  @Test
  void identityOverlayChangesNothing() {
    NtmRules same =
        RULES.withOverlay(
            ImmutableCatalogOverlay.builder()
                .setId("id")
                .setLabel(LocalizedText.of("x", "x"))
                .build());
    assertEquals(
        RULES.evaluate(SampleCommunes.ncc2020(), "qd-1980-2016"),
        same.evaluate(SampleCommunes.ncc2020(), "qd-1980-2016"));
  }

  @Test
  void model691IncomeIsRelativeToTheCommunesOwnIncomeAtRecognition() {
    // QĐ 691/QĐ-TTg: income ≥ 1.5 × the income when recognised NTM [S25].
    ImmutableCommuneMeasurements data =
        SampleCommunes.ncc2020()
            .withNumbers(
                Map.of(
                    "income.perCapita",
                    new BigDecimal("56000000"),
                    "income.perCapitaAtNtmRecognition",
                    new BigDecimal("38000000")));
    Explanation income = node(RULES.evaluate(data, "qd-691-2018-model").getExplanation(), "1.3");
    assertEquals(Outcome.NOT_MET, income.getOutcome());
    assertEquals("short by 1 million VND", income.getMessage().getEn());
  }

  @Test
  void model691GroupTwoFromTheNewsSummaryCanFailButNotPass() {
    // QĐ 691/QĐ-TTg group 2 as VietnamPlus summarises it [AU-VNPLUS-691]: kindergarten ≥ 90%,
    // six-year-olds in grade 1 100%, … regular check-ups ≥ 90%, culture ≥ 60%, a club per village.
    Map<String, Ratio> all =
        Map.of(
            "education.kindergartenAttendance", Ratio.of(90, 100),
            "education.grade1Enrolment6yo", Ratio.of(40, 40),
            "education.primaryCompletion11yo", Ratio.of(38, 40),
            "education.youth15to18InSchool", Ratio.of(95, 100),
            "health.insuranceCoverage", Ratio.of(950, 1000),
            "health.regularCheckups", Ratio.of(900, 1000),
            "culture.activityParticipation", Ratio.of(600, 1000),
            "villages.withArtClub", Ratio.of(8, 8));
    ImmutableCommuneMeasurements meets =
        SampleCommunes.ncc2020()
            .withRatios(all)
            .withFlags(
                ImmutableMap.<String, Boolean>builder()
                    .putAll(SampleCommunes.ncc2020().getFlags())
                    .put("health.clinicInsuranceTreatment", true)
                    .buildKeepingLast());
    Explanation group2 =
        RULES.evaluate(meets, "qd-691-2018-model").criterion("2").orElseThrow().getExplanation();
    assertEquals(9, group2.getChildren().size());
    assertTrue(group2.getChildren().stream().allMatch(c -> c.getOutcome() == Outcome.MET));
    assertEquals(
        Outcome.UNDETERMINED, group2.getOutcome(), "the summary may not list every requirement");
    // 89 of 100 children in kindergarten: below 90%, so the group is not met.
    Map<String, Ratio> low = new java.util.HashMap<>(all);
    low.put("education.kindergartenAttendance", Ratio.of(89, 100));
    Explanation failing =
        RULES
            .evaluate(meets.withRatios(low), "qd-691-2018-model")
            .criterion("2")
            .orElseThrow()
            .getExplanation();
    assertEquals(Outcome.NOT_MET, failing.getOutcome());
    assertEquals(Outcome.NOT_MET, node(failing, "2.1").getOutcome());
    assertEquals(Optional.of(new BigDecimal("90")), node(failing, "2.1").getRequired());
  }

  @Test
  void aRecognisedCommuneThatNoLongerMeetsItsSetIsFlagged() {
    RecognitionRecord r =
        ImmutableRecognitionRecord.builder()
            .setUnitCode("00001")
            .setTitle(Title.NTM)
            .setDate(LocalDate.of(2017, 12, 20))
            .setSetId("qd-1980-2016")
            .build();
    ImmutableCommuneMeasurements flooded =
        SampleCommunes.in(Region.MEKONG_DELTA)
            .withNumbers(
                Map.of(
                    "housing.temporaryHouses",
                    BigDecimal.valueOf(2),
                    "income.perCapita",
                    new BigDecimal("52000000")));
    TitleAssessment now = RULES.titles(flooded);
    Explanation lapse = r.lapses(now).orElseThrow();
    assertTrue(lapse.getChildren().stream().anyMatch(c -> c.getSubject().equals("9")));
    assertTrue(
        r.lapses(RULES.titles(SampleCommunes.ncc2020())).isEmpty(), "undetermined is not a lapse");
  }

  @Test
  void revocationAppliesWhenThirtyPercentAreLostIncludingAKeyCriterion() {
    // 2021–2025 (INFERRED reading): ≥ 50% of criteria lost, or ≥ 30% with a key criterion.
    Map<String, Boolean> allFalse = new java.util.LinkedHashMap<>();
    SampleCommunes.ncc2020().getFlags().forEach((k, v) -> allFalse.put(k, false));
    allFalse.put("commerce.infrastructureNeeded", true);
    Assessment a =
        RULES.evaluate(in2023(Region.NORTH_CENTRAL_COAST).withFlags(allFalse), "qd-318-2022-basic");
    // 8 of 19 lost (42%), among them criterion 19 (defence and security), a key criterion.
    assertEquals(8, a.count(Outcome.NOT_MET), a.getExplanation().getMessage().getEn());
    assertEquals(Outcome.NOT_MET, a.criterion("19").orElseThrow().getExplanation().getOutcome());
    Explanation r = Revocation.assess(a, RULES);
    assertEquals(Outcome.MET, r.getOutcome(), r.getMessage().getEn());
    assertEquals(Optional.of(Provenance.INFERRED), r.getProvenance());
  }

  /**
   * Recognition conditions 2021–2025 [S42]: "no outstanding capital-construction debt" is a flag
   * that must be false; the message names what is still there, the explanation shows 1 vs 0.
   */
  @Test
  void flagThatMustBeAbsentExplainsWhatRemains() {
    Map<String, Boolean> flags = new java.util.HashMap<>(SampleCommunes.ncc2020().getFlags());
    flags.put("finance.outstandingConstructionDebt", true);
    Explanation debt =
        node(
            RULES
                .evaluate(
                    in2023(Region.NORTH_CENTRAL_COAST).withFlags(flags), "recognition-2021-2025")
                .getExplanation(),
            "R3");
    assertEquals(Outcome.NOT_MET, debt.getOutcome());
    assertEquals(
        "still: Outstanding capital-construction debt under the NTM programme",
        debt.getMessage().getEn());
    assertEquals("còn: Còn nợ đọng xây dựng cơ bản trong xây dựng NTM", debt.getMessage().getVi());
    assertEquals(Optional.of(BigDecimal.ONE), debt.getMeasured());
    assertEquals(Optional.of(BigDecimal.ZERO), debt.getRequired());
    flags.put("finance.outstandingConstructionDebt", false);
    assertEquals(
        Outcome.MET,
        node(
                RULES
                    .evaluate(
                        in2023(Region.NORTH_CENTRAL_COAST).withFlags(flags),
                        "recognition-2021-2025")
                    .getExplanation(),
                "R3")
            .getOutcome());
  }

  @Test
  void revocationIsUndeterminedWhenUnknownCriteriaCouldTipIt() {
    Assessment a =
        RULES.evaluate(
            in2023(Region.NORTH_CENTRAL_COAST)
                .withFlags(Map.of())
                .withRatios(Map.of())
                .withNumbers(Map.of()),
            "qd-318-2022-basic");
    assertEquals(Outcome.UNDETERMINED, Revocation.assess(a, RULES).getOutcome());
    // Before 2021–2025 no revocation rule is encoded.
    assertEquals(
        Outcome.UNDETERMINED,
        Revocation.assess(RULES.evaluate(SampleCommunes.ncc2020(), "qd-1980-2016"), RULES)
            .getOutcome());
  }
}
