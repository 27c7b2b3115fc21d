package org.ntmkit.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.ntmkit.core.Language;
import org.ntmkit.core.Outcome;
import org.ntmkit.rules.NtmRules;
import org.ntmkit.rules.Title;
import org.ntmkit.rules.plan.Plan;
import org.ntmkit.rules.testing.FundingTestData;

/**
 * A province's data turned into the report and its HTML page: communes evaluated against the
 * province's commune set, districts against the district set with their communes as members from
 * the recognition decisions (QĐ 558/QĐ-TTg's precondition: 100% of the district's communes NTM,
 * seed §2 for Lộc Hà).
 */
class ReportInputsTest {

  private static final LocalDate END_2020 = LocalDate.of(2020, 12, 31);
  private static final NtmRules RULES = NtmRules.bundled();

  @Test
  void communesAreEvaluatedAndDistrictsCountTheirCommunesFromTheDecisions() {
    ReportInput in = ReportInputs.of(RULES, ReportFixtures.COMMUNES, ReportFixtures.province());
    assertEquals(2, in.getCommunes().size());
    assertTrue(in.getCommunes().stream().allMatch(a -> a.getSetId().equals("qd-1980-2016")));
    assertEquals(2, in.getCommuneTitles().size());
    assertEquals("Xã <b>Hai</b>", in.getCommuneNames().get("00002"));
    assertEquals(1, in.getDistricts().size());
    // One of the two communes holds NTM: the precondition (100% of communes NTM) is not met.
    assertEquals(
        Outcome.NOT_MET,
        in.getDistricts().get(0).criterion("P").orElseThrow().getExplanation().getOutcome());
    assertEquals("Huyện Lộc Hà", in.getDistrictNames().get("001"));
    assertEquals(Plan.of(2), in.getPlans().get(Title.NTM));
    assertEquals(60, in.getVillageCounts().get(0).getActual());
    assertEquals(2, in.getOcop().orElseThrow().count());
    assertEquals(Plan.range(1, 3), in.getOcopPlan().orElseThrow());
    assertEquals(FundingTestData.haTinh2020(), in.getFunding().orElseThrow());
    assertEquals(1, in.getTargets().size());
  }

  @Test
  void thePageHasTheReportsSectionsTheTitlesByDistrictAndEscapesNames() {
    ProvinceDataset p = ReportFixtures.province();
    ProvinceReport r = ProvinceReport.of(ReportInputs.of(RULES, ReportFixtures.COMMUNES, p));
    String vi = HtmlReport.render(r, p, ReportFixtures.COMMUNES, Language.VI);
    assertTrue(vi.startsWith("<!DOCTYPE html>\n<html lang=\"vi\">"), vi);
    assertTrue(vi.contains("tỉnh Hà Tĩnh, 31/12/2020"), "the date as Vietnamese readers write it");
    assertTrue(vi.contains("Danh hiệu theo huyện"));
    // Lộc Hà: 2 communes, 1 NTM, 0 advanced, 0 model; the district itself not yet met.
    assertTrue(
        vi.contains("<td>Huyện Lộc Hà</td><td class=\"n\">2</td><td class=\"n\">1</td>"), vi);
    assertFalse(vi.contains("<b>Hai</b>"), "names are escaped");
    // Seed §5: the state budget directly for the programme is 1,695,462 of 9,578,694 million =
    // 17,7%.
    assertTrue(vi.contains("Ngân sách trực tiếp thực hiện Chương trình — 17,7%"), vi);
    assertTrue(vi.contains("aria-label=\"Cơ cấu vốn\""), "the funding bar");
    assertTrue(vi.contains("Sản phẩm OCOP"), "the OCOP chart");
    assertTrue(vi.contains("Khu dân cư kiểu mẫu"), "the village counts");
    assertFalse(vi.contains("<script"), "no scripts");
    String en = HtmlReport.render(r, p, ReportFixtures.COMMUNES, Language.EN);
    assertTrue(en.contains("<html lang=\"en\">") && en.contains("Titles by district"));
    assertTrue(en.contains("Hà Tĩnh, 2020-12-31"));
  }
}
