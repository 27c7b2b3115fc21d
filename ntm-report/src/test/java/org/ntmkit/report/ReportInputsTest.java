package org.ntmkit.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.ntmkit.core.Language;
import org.ntmkit.core.LocalizedText;
import org.ntmkit.core.Outcome;
import org.ntmkit.core.law.InstrumentKind;
import org.ntmkit.core.law.LegalReference;
import org.ntmkit.core.unit.Commune;
import org.ntmkit.core.unit.District;
import org.ntmkit.core.unit.DistrictKind;
import org.ntmkit.core.unit.Province;
import org.ntmkit.core.unit.Region;
import org.ntmkit.ocop.StarRating;
import org.ntmkit.ocop.portfolio.OcopProduct;
import org.ntmkit.rules.NtmRules;
import org.ntmkit.rules.Title;
import org.ntmkit.rules.measurement.CommuneMeasurements;
import org.ntmkit.rules.plan.Plan;
import org.ntmkit.rules.recognition.ImmutableRecognitionRecord;
import org.ntmkit.rules.testing.FundingTestData;
import org.ntmkit.rules.testing.SampleCommunes;
import org.ntmkit.rules.testing.SampleDistricts;

/**
 * A province's data turned into the report and its HTML page: communes evaluated against the
 * province's commune set, districts against the district set with their communes as members from
 * the recognition decisions (QĐ 558/QĐ-TTg's precondition: 100% of the district's communes NTM,
 * seed §2 for Lộc Hà).
 */
class ReportInputsTest {

  private static final LocalDate END_2020 = LocalDate.of(2020, 12, 31);
  private static final NtmRules RULES = NtmRules.bundled();

  /** Two communes of Lộc Hà: the sample (recognised NTM in 2019) and one not recognised. */
  private static final List<CommuneMeasurements> COMMUNES =
      List.of(
          SampleCommunes.ncc2020(),
          SampleCommunes.ncc2020()
              .withCommune(
                  Commune.builder()
                      .setCode("00002")
                      .setName("Xã <b>Hai</b>")
                      .setProvinceCode("42")
                      .setDistrictCode("001")
                      .setRegion(Region.NORTH_CENTRAL_COAST)
                      .build()));

  private static ProvinceDataset province() {
    return ImmutableProvinceDataset.builder()
        .setProvince(
            Province.builder()
                .setCode("42")
                .setName("Hà Tĩnh")
                .setRegion(Region.NORTH_CENTRAL_COAST)
                .build())
        .setDate(END_2020)
        .setCommuneSet("qd-1980-2016")
        .setDistrictSet("qd-558-2016")
        .setSource(
            LegalReference.builder()
                .setInstrument("Báo cáo mẫu (minh họa)")
                .setKind(InstrumentKind.REPORT)
                .build())
        .addDistricts(
            District.builder()
                .setCode("001")
                .setName("Lộc Hà")
                .setProvinceCode("42")
                .setKind(DistrictKind.RURAL_DISTRICT)
                .build())
        .addRecognitions(
            ImmutableRecognitionRecord.builder()
                .setUnitCode("00001")
                .setTitle(Title.NTM)
                .setDate(LocalDate.of(2019, 12, 20))
                .setSetId("qd-1980-2016")
                .build())
        .addDistrictMeasurements(SampleDistricts.locHa2020())
        .putPlans(Title.NTM, Plan.of(2))
        .addVillageCounts(
            ImmutableVillageCount.builder()
                .setLabel(LocalizedText.of("Khu dân cư kiểu mẫu", "Model residential areas"))
                .setActual(60)
                .setPlan(Plan.of(50))
                .setCumulative(500L)
                .build())
        .addOcopProducts(product("A", StarRating.THREE), product("B", StarRating.FOUR))
        .setOcopPlan(Plan.range(1, 3))
        .setFunding(FundingTestData.haTinh2020())
        .addTargets(
            ImmutableShareTarget.builder()
                .setLabel(LocalizedText.of("Xã nông thôn mới kiểu mẫu", "Model communes"))
                .setPercent(BigDecimal.TEN)
                .setOf(182)
                .setReached(5)
                .build())
        .build();
  }

  private static OcopProduct product(String name, StarRating star) {
    return OcopProduct.builder()
        .setName(name)
        .setStar(star)
        .setCertifiedOn(LocalDate.of(2020, 11, 1))
        .build();
  }

  @Test
  void communesAreEvaluatedAndDistrictsCountTheirCommunesFromTheDecisions() {
    ReportInput in = ReportInputs.of(RULES, COMMUNES, province());
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
    ProvinceDataset p = province();
    ProvinceReport r = ProvinceReport.of(ReportInputs.of(RULES, COMMUNES, p));
    String vi = HtmlReport.render(r, p, COMMUNES, Language.VI);
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
    String en = HtmlReport.render(r, p, COMMUNES, Language.EN);
    assertTrue(en.contains("<html lang=\"en\">") && en.contains("Titles by district"));
    assertTrue(en.contains("Hà Tĩnh, 2020-12-31"));
  }
}
