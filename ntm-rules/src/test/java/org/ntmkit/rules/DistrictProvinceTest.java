package org.ntmkit.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.ntmkit.core.Outcome;
import org.ntmkit.core.explain.Explanation;
import org.ntmkit.core.io.InvalidInputException;
import org.ntmkit.core.quantity.Ratio;
import org.ntmkit.core.unit.Region;
import org.ntmkit.rules.measurement.ImmutableMember;
import org.ntmkit.rules.measurement.ImmutableUnitMeasurements;
import org.ntmkit.rules.measurement.Member;
import org.ntmkit.rules.measurement.UnitMeasurements;
import org.ntmkit.rules.recognition.ImmutableRecognitionRecord;
import org.ntmkit.rules.recognition.RecognitionAuthority;
import org.ntmkit.rules.recognition.RecognitionRecord;
import org.ntmkit.rules.recognition.Revocation;
import org.ntmkit.rules.recognition.Rollup;
import org.ntmkit.rules.testing.SampleDistricts;

/**
 * District, town, province and village rules (district-province-village.md; seed digest §2, §3,
 * §7).
 */
class DistrictProvinceTest {

  private static final NtmRules RULES = NtmRules.bundled();
  private static final LocalDate END_2020 = LocalDate.of(2020, 12, 31);

  @Test
  void locHaIsNotAnNtmDistrictAndTheExplanationNamesTheThreeCriteria() {
    Assessment a = RULES.evaluate(SampleDistricts.locHa2020(), "qd-558-2016");
    assertEquals(Outcome.NOT_MET, a.getOutcome());
    assertEquals(
        Outcome.MET,
        a.criterion("P").orElseThrow().getExplanation().getOutcome(),
        "100% of communes NTM");
    List<String> failing =
        a.getExplanation().getChildren().stream()
            .filter(c -> c.getOutcome() == Outcome.NOT_MET)
            .map(c -> c.getLabel().getEn())
            .toList();
    assertEquals(List.of("Transport", "Health – Culture – Education", "Environment"), failing);
    assertEquals(7, a.count(Outcome.MET), "the precondition and 6 of the 9 criteria");
    assertEquals(UnitLevel.DISTRICT, a.getLevel());
    assertEquals(List.of("P"), a.getPreconditions());
  }

  @Test
  void aDistrictWithOneCommuneNotYetNtmFailsThePreconditionNamingIt() {
    List<Member> members = new ArrayList<>(SampleDistricts.communes(11, Outcome.MET));
    members.add(SampleDistricts.commune("00099", "Xã Kỳ Lợi", Outcome.NOT_MET, 17));
    ImmutableUnitMeasurements d = SampleDistricts.locHa2020().withMembers(members);
    Explanation p =
        RULES
            .evaluate(d, "qd-558-2016")
            .criterion("P")
            .orElseThrow()
            .getExplanation()
            .getChildren()
            .get(0);
    assertEquals(Outcome.NOT_MET, p.getOutcome());
    assertEquals(Optional.of(BigDecimal.ONE), p.getGap());
    assertTrue(p.getMessage().getEn().contains("needs 1 more units"), p.getMessage().getEn());
    assertTrue(p.getMessage().getEn().contains("Xã Kỳ Lợi"), p.getMessage().getEn());
    assertTrue(p.getMessage().getVi().contains("Xã Kỳ Lợi"));
  }

  @Test
  void anUndeterminedCommuneLeavesThePreconditionUndetermined() {
    List<Member> members = new ArrayList<>(SampleDistricts.communes(11, Outcome.MET));
    members.add(SampleDistricts.commune("00099", "Xã X", Outcome.UNDETERMINED, 18));
    Explanation p =
        RULES
            .evaluate(SampleDistricts.locHa2020().withMembers(members), "qd-558-2016")
            .criterion("P")
            .orElseThrow()
            .getExplanation();
    assertEquals(Outcome.UNDETERMINED, p.getOutcome());
  }

  @Test
  void anEmptyDistrictIsExplicit() {
    Explanation p =
        RULES
            .evaluate(SampleDistricts.locHa2020().withMembers(List.of()), "qd-558-2016")
            .criterion("P")
            .orElseThrow()
            .getExplanation()
            .getChildren()
            .get(0);
    assertEquals(Outcome.UNDETERMINED, p.getOutcome());
    assertEquals(
        "no member commune units in the data: the share is undefined", p.getMessage().getEn());
  }

  @Test
  void qd320NeedsTenPercentAdvancedCommunesRoundedUp() {
    // QĐ 320/QĐ-TTg D2: ≥ 10% of communes advanced; with 12 communes, 1.2 → 2 needed.
    List<Member> members = new ArrayList<>();
    for (int i = 0; i < 12; i++) {
      members.add(
          ImmutableMember.builder()
              .setCode(String.format(java.util.Locale.ROOT, "%05d", i))
              .setName("Xã " + i)
              .setLevel(UnitLevel.COMMUNE)
              .putTitles(Title.NTM, Outcome.MET)
              .putTitles(Title.ADVANCED, Outcome.of(i == 0))
              .build());
    }
    ImmutableUnitMeasurements d =
        SampleDistricts.locHa2020().withDate(LocalDate.of(2023, 6, 30)).withMembers(members);
    Explanation d2 =
        RULES
            .evaluate(d, "qd-320-2022-basic")
            .criterion("P")
            .orElseThrow()
            .getExplanation()
            .getChildren()
            .get(1);
    assertEquals("D2", d2.getSubject());
    assertEquals(Outcome.NOT_MET, d2.getOutcome());
    assertEquals(Optional.of(BigDecimal.ONE), d2.getGap(), "2 needed, 1 held");
  }

  @Test
  void aSetForAnotherLevelOrDateIsAnInputError() {
    InvalidInputException e =
        assertThrows(
            InvalidInputException.class,
            () -> RULES.evaluate(SampleDistricts.locHa2020(), "qd-321-2022"));
    assertEquals("$.level", e.getProblems().get(0).getPath());
  }

  /** Hà Tĩnh at the end of 2020 (seed §1, §2): 171/182 communes NTM, 11 advanced, 2 model. */
  static ImmutableUnitMeasurements haTinh2020() {
    List<Member> members = new ArrayList<>();
    for (int i = 0; i < 182; i++) {
      members.add(
          ImmutableMember.builder()
              .setCode(String.format(java.util.Locale.ROOT, "%05d", i))
              .setName("Xã " + i)
              .setLevel(UnitLevel.COMMUNE)
              .putTitles(Title.NTM, Outcome.of(i < 171))
              .putTitles(Title.ADVANCED, Outcome.of(i < 11))
              .putTitles(Title.MODEL, Outcome.of(i < 2))
              .setCriteriaMet(i < 171 ? 19 : 15 + i % 4)
              .build());
    }
    String[] units = {
      "Can Lộc",
      "Cẩm Xuyên",
      "Đức Thọ",
      "Hương Khê",
      "Hương Sơn",
      "Kỳ Anh",
      "Lộc Hà",
      "Nghi Xuân",
      "Thạch Hà",
      "Vũ Quang"
    };
    for (int i = 0; i < units.length; i++) {
      boolean met = List.of("Thạch Hà", "Đức Thọ", "Nghi Xuân", "Can Lộc").contains(units[i]);
      members.add(
          ImmutableMember.builder()
              .setCode(String.format(java.util.Locale.ROOT, "%03d", i))
              .setName(units[i])
              .setLevel(UnitLevel.DISTRICT)
              .putTitles(Title.NTM, Outcome.of(met))
              .putTitles(Title.ADVANCED, Outcome.NOT_MET)
              .build());
    }
    for (String town : List.of("Hà Tĩnh", "Hồng Lĩnh", "Kỳ Anh (thị xã)")) {
      members.add(
          ImmutableMember.builder()
              .setCode("t" + town.hashCode())
              .setName(town)
              .setLevel(UnitLevel.TOWN)
              .putTitles(Title.NTM, Outcome.of(!town.startsWith("Kỳ")))
              .build());
    }
    return UnitMeasurements.builder()
        .setCode("42")
        .setName("Hà Tĩnh")
        .setLevel(UnitLevel.PROVINCE)
        .setRegion(Region.NORTH_CENTRAL_COAST)
        .setDate(LocalDate.of(2021, 1, 1))
        .putNumbers("income.perCapita", new BigDecimal("35000000"))
        .putNumbers("ocop.certifiedProducts", BigDecimal.valueOf(159))
        .putRatios("ocop.fourStarProducts", Ratio.of(7, 159))
        .putRatios("ocop.fiveStarProducts", Ratio.of(0, 159))
        .addAllMembers(members)
        .build();
  }

  @Test
  void haTinhPilotTargetsAndHowFarTheProvinceIsFromThem() {
    // QĐ 2114/QĐ-TTg targets (seed §7): 100% communes NTM (11 more), ≥ 10% model (19 of 182).
    Assessment a = RULES.evaluate(haTinh2020(), "qd-2114-2020-ha-tinh");
    assertEquals(Outcome.NOT_MET, a.getOutcome());
    Explanation h3 = a.criterion("H3").orElseThrow().getExplanation().getChildren().get(0);
    assertEquals(Optional.of(BigDecimal.valueOf(11)), h3.getGap());
    Explanation h5 = a.criterion("H5").orElseThrow().getExplanation().getChildren().get(0);
    assertEquals(Optional.of(BigDecimal.valueOf(17)), h5.getGap(), "19 needed, 2 held");
    Explanation h4 = a.criterion("H4").orElseThrow().getExplanation().getChildren().get(0);
    assertEquals(Optional.of(BigDecimal.valueOf(80)), h4.getGap(), "91 needed, 11 held");
    Explanation h2 = a.criterion("H2").orElseThrow().getExplanation().getChildren().get(0);
    assertEquals(Optional.of(BigDecimal.valueOf(3)), h2.getGap(), "3 advanced districts needed");
    assertEquals(
        "short by 25 million VND",
        a.criterion("H7").orElseThrow().getExplanation().getChildren().get(0).getMessage().getEn());
    Explanation ocop = a.criterion("H8").orElseThrow().getExplanation().getChildren().get(0);
    assertEquals(Optional.of(BigDecimal.valueOf(141)), ocop.getGap());
    // QĐ 2114's are a pilot scheme's targets, not recognition criteria (catalog audit §1.3b).
    assertEquals(
        org.ntmkit.rules.catalog.SetPurpose.PROGRAMME_TARGETS,
        RULES.sets().get("qd-2114-2020-ha-tinh").getPurpose());
    // A province's own set is never "the set in force".
    assertTrue(
        RULES
            .setInForce(UnitLevel.PROVINCE, Title.NTM, LocalDate.of(2023, 1, 1))
            .map(s -> s.getId().equals("qd-321-2022"))
            .orElse(false));
  }

  @Test
  void province321CountsDistrictsTownsAndCommunes() {
    Assessment a = RULES.evaluate(haTinh2020().withDate(LocalDate.of(2023, 1, 1)), "qd-321-2022");
    assertEquals(Outcome.NOT_MET, a.criterion("PR1").orElseThrow().getExplanation().getOutcome());
    assertEquals(Outcome.NOT_MET, a.criterion("PR2").orElseThrow().getExplanation().getOutcome());
    assertEquals(
        Outcome.UNDETERMINED,
        a.criterion("PR5").orElseThrow().getExplanation().getOutcome(),
        "no data for the scheme");
    TitleAssessment t = RULES.titles(haTinh2020().withDate(LocalDate.of(2023, 1, 1)));
    assertEquals(Outcome.NOT_MET, t.getOutcomes().get(Title.NTM));
  }

  @Test
  void province321RulesCountingDistrictsCannotBeDecidedAfterTheDistrictsCeased() {
    // Districts and towns ceased on 01/07/2025 (catalog audit §1.5 item 3): PR1–PR3 count them,
    // so on a later date they are UNDETERMINED whatever the members say; PR4 counts communes.
    Assessment a = RULES.evaluate(haTinh2020().withDate(LocalDate.of(2025, 9, 1)), "qd-321-2022");
    for (String pr : List.of("PR1", "PR2", "PR3")) {
      Explanation e = a.criterion(pr).orElseThrow().getExplanation();
      assertEquals(Outcome.UNDETERMINED, e.getOutcome(), pr);
      assertTrue(e.getChildren().get(0).getMessage().getEn().contains("from 01/07/2025"), pr);
    }
    assertEquals(Outcome.NOT_MET, a.criterion("PR4").orElseThrow().getExplanation().getOutcome());
    // The day before, the same data decide PR1.
    Assessment before =
        RULES.evaluate(haTinh2020().withDate(LocalDate.of(2025, 6, 30)), "qd-321-2022");
    assertEquals(
        Outcome.NOT_MET, before.criterion("PR1").orElseThrow().getExplanation().getOutcome());
  }

  @Test
  void modelResidentialAreaIsAtBestUndeterminedWhileMostSubItemsAreNotFound() {
    ImmutableUnitMeasurements village =
        UnitMeasurements.builder()
            .setCode("T1")
            .setName("Thôn 1")
            .setLevel(UnitLevel.VILLAGE)
            .setDate(END_2020)
            .putRatios("village.greenHedges", Ratio.of(75, 100))
            .build();
    Assessment a = RULES.evaluate(village, "ha-tinh-village-2014");
    assertEquals(
        Outcome.UNDETERMINED, a.criterion("3").orElseThrow().getExplanation().getOutcome());
    assertTrue(
        a.criterion("3").orElseThrow().getExplanation().getMessage().getEn().contains("not known"));
    Assessment low =
        RULES.evaluate(
            village.withRatios(Map.of("village.greenHedges", Ratio.of(60, 100))),
            "ha-tinh-village-2014");
    assertEquals(Outcome.NOT_MET, low.criterion("3").orElseThrow().getExplanation().getOutcome());
    assertEquals(Outcome.NOT_MET, low.getOutcome(), "a known failure decides");
  }

  @Test
  void villagesRollUpIntoTheCommunesShareOfModelResidentialAreas() {
    ImmutableUnitMeasurements village =
        UnitMeasurements.builder()
            .setCode("T1")
            .setName("Thôn 1")
            .setLevel(UnitLevel.VILLAGE)
            .setDate(END_2020)
            .putRatios("village.greenHedges", Ratio.of(60, 100))
            .build();
    List<Assessment> villages =
        List.of(
            RULES.evaluate(village, "ha-tinh-village-2014"),
            RULES.evaluate(village.withCode("T2"), "ha-tinh-village-2014"));
    assertEquals(Ratio.of(0, 2), Rollup.shareMet(villages));
    assertThrows(IllegalArgumentException.class, () -> Rollup.shareMet(List.of()));
  }

  @Test
  void modelGardenKnownCriteria() {
    ImmutableUnitMeasurements garden =
        UnitMeasurements.builder()
            .setCode("V1")
            .setName("Vườn ông A")
            .setLevel(UnitLevel.GARDEN)
            .setDate(END_2020)
            .putFlags("garden.layoutCertified", true)
            .putFlags("garden.implementedPerPlan", true)
            .putFlags("garden.scientificIrrigation", true)
            .putNumbers("garden.advancedTechniques", BigDecimal.ONE)
            .putFlags("garden.productsFoodSafe", true)
            .putRatios("garden.keyProductValue", Ratio.of(80, 100))
            .putRatios("garden.greenHedges", Ratio.of(85, 100))
            .build();
    Assessment a = RULES.evaluate(garden, "ha-tinh-garden");
    assertEquals(Outcome.MET, a.criterion("1").orElseThrow().getExplanation().getOutcome());
    assertEquals(Outcome.MET, a.criterion("3").orElseThrow().getExplanation().getOutcome());
    assertEquals(Outcome.UNDETERMINED, a.getOutcome(), "criterion 5 is NOT FOUND");
    Assessment poor =
        RULES.evaluate(
            garden.withRatios(
                Map.of(
                    "garden.keyProductValue",
                    Ratio.of(70, 100),
                    "garden.greenHedges",
                    Ratio.of(85, 100))),
            "ha-tinh-garden");
    assertEquals(Outcome.NOT_MET, poor.getOutcome());
  }

  @Test
  void districtRevocationWhenThirtyPercentOfItsCommunesAreRevoked() {
    List<Member> members = new ArrayList<>(SampleDistricts.communes(7, Outcome.MET));
    for (int i = 0; i < 3; i++) {
      members.add(
          ImmutableMember.copyOf(
                  SampleDistricts.commune("0009" + i, "Xã R" + i, Outcome.NOT_MET, 12))
              .withRevoked(true));
    }
    ImmutableUnitMeasurements d =
        SampleDistricts.locHa2020().withDate(LocalDate.of(2023, 6, 30)).withMembers(members);
    Assessment a = RULES.evaluate(d, "qd-320-2022-basic");
    Explanation r = Revocation.assessDistrict(a, RULES, members);
    assertEquals(Outcome.MET, r.getOutcome(), "3 of 10 communes revoked: 30%");
    assertEquals("3 of 10 communes revoked", r.getChildren().get(0).getMessage().getEn());
  }

  @Test
  void whoRecognisesWhat() {
    assertEquals("Prime Minister", RecognitionAuthority.of(UnitLevel.DISTRICT, END_2020).getEn());
    assertEquals(
        "Chairman of the provincial People's Committee",
        RecognitionAuthority.of(UnitLevel.COMMUNE, END_2020).getEn());
    assertThrows(
        IllegalArgumentException.class,
        () -> RecognitionAuthority.of(UnitLevel.DISTRICT, LocalDate.of(2025, 7, 1)));
  }

  @Test
  void membersFromRecognitionRecords() {
    RecognitionRecord r =
        ImmutableRecognitionRecord.builder()
            .setUnitCode("00001")
            .setTitle(Title.NTM)
            .setDate(LocalDate.of(2018, 12, 1))
            .setSetId("qd-1980-2016")
            .build();
    Member m = Member.fromRecognitions("00001", "Xã 1", UnitLevel.COMMUNE, List.of(r), END_2020);
    assertEquals(Outcome.MET, m.title(Title.NTM));
    assertEquals(Outcome.NOT_MET, m.title(Title.ADVANCED));
    Member before =
        Member.fromRecognitions(
            "00001", "Xã 1", UnitLevel.COMMUNE, List.of(r), LocalDate.of(2018, 11, 30));
    assertEquals(Outcome.NOT_MET, before.title(Title.NTM));
  }
}
