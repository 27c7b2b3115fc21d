package org.ntmkit.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.ntmkit.core.Language;
import org.ntmkit.core.io.InvalidInputException;
import org.ntmkit.core.unit.Commune;
import org.ntmkit.core.unit.CommuneGroup;
import org.ntmkit.core.unit.Region;
import org.ntmkit.rules.NtmRules;
import org.ntmkit.rules.measurement.CommuneMeasurements;

/**
 * A report after the 01/07/2025 reform under QĐ 51/2025/QĐ-TTg as bundled (indicators NOT FOUND):
 * it says the set is incomplete before any number, lists every commune as "cannot tell yet" rather
 * than "not yet NTM", and has no district level.
 */
class Report2026Test {

  private static final LocalDate JUNE_2026 = LocalDate.of(2026, 6, 30);

  private static CommuneMeasurements commune(String code, CommuneGroup group) {
    return CommuneMeasurements.builder()
        .setCommune(
            Commune.builder()
                .setCode(code)
                .setName("Xã " + code)
                .setProvinceCode("42")
                .setRegion(Region.NORTH_CENTRAL_COAST)
                .setGroup(group)
                .build())
        .setDate(JUNE_2026)
        .putAllNumbers(Map.of("income.perCapita", BigDecimal.valueOf(70_000_000)))
        .build();
  }

  private static ProvinceDataset province(LocalDate date) {
    return ImmutableProvinceDataset.copyOf(ReportFixtures.province())
        .withDate(date)
        .withCommuneSet("qd-51-2025")
        .withDistricts(List.of())
        .withDistrictMeasurements(List.of())
        .withDistrictSet(java.util.Optional.empty())
        .withRecognitions(List.of())
        .withPlans(Map.of());
  }

  @Test
  void undeterminedCommunesAreNotCalledNotYetNtmAndTheGapComesFirst() {
    List<CommuneMeasurements> communes =
        List.of(
            commune("99001", CommuneGroup.GROUP_1),
            commune("99002", CommuneGroup.GROUP_2),
            commune("99003", CommuneGroup.GROUP_2));
    ProvinceReport r =
        ProvinceReport.of(ReportInputs.of(NtmRules.bundled(), communes, province(JUNE_2026)));
    assertEquals(0, r.getNotYetNtm().size());
    assertEquals(3, r.getCannotTellYet().size());
    assertEquals(10, r.getCannotTellYet().get(0).getUndetermined().size());
    assertEquals(
        List.of("1", "2", "3", "4", "5", "6", "7", "8", "9", "10"),
        r.getIncompleteSets().get("qd-51-2025"));
    assertEquals(
        Map.of(CommuneGroup.GROUP_1, 1L, CommuneGroup.GROUP_2, 2L), r.getCommunesByGroup());
    ProvinceReport.CriterionLine first = r.getCriteria().get(0);
    assertEquals(3, first.getUndetermined());
    assertEquals(new BigDecimal("100.0"), first.getUndeterminedShare()); // 3 of 3
    String text = ReportRenderer.text(r, Language.EN);
    assertTrue(text.lines().toList().get(1).startsWith("⚠ INCOMPLETE: set qd-51-2025"), text);
    assertTrue(text.contains("3 (100.0%)      —"), text);
    List<ReportSection.Kind> kinds =
        ReportRenderer.sections(r, Language.EN).stream().map(ReportSection::getKind).toList();
    assertTrue(kinds.contains(ReportSection.Kind.CANNOT_TELL_YET), kinds.toString());
    assertTrue(!kinds.contains(ReportSection.Kind.DISTRICTS), kinds.toString());
    String page = HtmlReport.render(r, province(JUNE_2026), communes, Language.VI);
    assertTrue(page.contains("<p class=\"warn\" role=\"alert\">⚠ CHƯA ĐẦY ĐỦ"), page);
  }

  @Test
  void aProvinceFileWithDistrictsAfterTheReformIsRejected() {
    ProvinceDataset withDistricts =
        ImmutableProvinceDataset.copyOf(ReportFixtures.province()).withDate(JUNE_2026);
    InvalidInputException e =
        assertThrows(
            InvalidInputException.class,
            () -> ReportInputs.of(NtmRules.bundled(), List.of(), withDistricts));
    assertTrue(
        e.getProblems().stream().anyMatch(p -> p.getMessage().getEn().contains("no districts")),
        e.getProblems().toString());
    // 30/06/2025, the last day of districts, is still fine.
    ProvinceDataset lastDay =
        ImmutableProvinceDataset.copyOf(ReportFixtures.province())
            .withDate(LocalDate.of(2025, 6, 30));
    assertTrue(lastDay.isNoDistrictsAfterReform());
    assertTrue(
        !ImmutableProvinceDataset.copyOf(province(JUNE_2026))
            .withDistrictMeasurements(ReportFixtures.province().getDistrictMeasurements())
            .isDistrictSetGiven());
  }

  @Test
  void aMergedCommuneInheritsNoTitleAndTheReportSaysSo() {
    // Practice from July 2025: merged communes were re-assessed, titles not carried over
    // (catalog audit §3.2 item 7). 99001 keeps a predecessor's code; its 2019 decision is set
    // aside, a decision after the merger counts.
    org.ntmkit.core.unit.Merger merger =
        org.ntmkit.core.unit.Merger.builder()
            .setCode("99001")
            .setName("Xã 99001")
            .addPredecessorCodes("99001", "99009")
            .setEffective(org.ntmkit.core.unit.District.ABOLISHED_ON)
            .setRef(
                org.ntmkit.core.law.LegalReference.builder()
                    .setInstrument("VÍ DỤ/NQ-UBTVQH15 (example)")
                    .setKind(org.ntmkit.core.law.InstrumentKind.RESOLUTION)
                    .build())
            .build();
    org.ntmkit.rules.recognition.ImmutableRecognitionRecord before =
        org.ntmkit.rules.recognition.ImmutableRecognitionRecord.builder()
            .setUnitCode("99001")
            .setTitle(org.ntmkit.rules.Title.NTM)
            .setDate(LocalDate.of(2019, 12, 20))
            .setSetId("qd-1980-2016")
            .build();
    ProvinceDataset p =
        ImmutableProvinceDataset.copyOf(province(JUNE_2026))
            .withMergers(merger)
            .withRecognitions(before, before.withUnitCode("99002"));
    List<CommuneMeasurements> communes =
        List.of(commune("99001", CommuneGroup.GROUP_2), commune("99002", CommuneGroup.GROUP_2));
    ProvinceReport r = ProvinceReport.of(ReportInputs.of(NtmRules.bundled(), communes, p));
    assertEquals(List.of("99001"), r.getMergedCommunes());
    assertEquals(1, r.getDecisionsBeforeMerger());
    assertEquals(1, r.getTitles().get(0).getHeld(), "only 99002's decision counts");
    assertTrue(
        ReportRenderer.text(r, Language.EN)
            .contains("1 communes formed by merger: no title is inherited"));
    ProvinceReport after =
        ProvinceReport.of(
            ReportInputs.of(
                NtmRules.bundled(),
                communes,
                ImmutableProvinceDataset.copyOf(p)
                    .withRecognitions(before.withDate(LocalDate.of(2026, 5, 1)))));
    assertEquals(0, after.getDecisionsBeforeMerger());
    assertEquals(1, after.getTitles().get(0).getHeld());
  }
}
