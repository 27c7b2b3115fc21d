package org.ntmkit.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.ntmkit.core.Language;
import org.ntmkit.core.LocalizedText;
import org.ntmkit.core.Outcome;
import org.ntmkit.core.quantity.Percentage;
import org.ntmkit.core.quantity.Ratio;
import org.ntmkit.core.unit.Commune;
import org.ntmkit.core.unit.Region;
import org.ntmkit.ocop.StarRating;
import org.ntmkit.ocop.portfolio.OcopProduct;
import org.ntmkit.ocop.portfolio.Portfolio;
import org.ntmkit.rules.Assessment;
import org.ntmkit.rules.NtmRules;
import org.ntmkit.rules.Title;
import org.ntmkit.rules.TitleAssessment;
import org.ntmkit.rules.measurement.ImmutableCommuneMeasurements;
import org.ntmkit.rules.measurement.Member;
import org.ntmkit.rules.measurement.UnitMeasurements;
import org.ntmkit.rules.plan.CountTarget;
import org.ntmkit.rules.plan.Plan;
import org.ntmkit.rules.recognition.ImmutableRecognitionRecord;
import org.ntmkit.rules.recognition.RecognitionRecord;
import org.ntmkit.rules.testing.SampleCommunes;
import org.ntmkit.rules.testing.SampleDistricts;

/** The province report reproduces the seed's figures (seed digest §1–§7). */
class ProvinceReportTest {

  private static final NtmRules RULES = NtmRules.bundled();
  private static final LocalDate END_2020 = LocalDate.of(2020, 12, 31);

  private static ImmutableCommuneMeasurements commune(int i, boolean cultural) {
    return ImmutableCommuneMeasurements.builder()
        .setCommune(
            Commune.builder()
                .setCode(String.format(java.util.Locale.ROOT, "%05d", i))
                .setName("Xã " + i)
                .setProvinceCode("42")
                .setRegion(Region.NORTH_CENTRAL_COAST)
                .build())
        .setDate(END_2020)
        .putRatios("villages.cultural", Ratio.of(cultural ? 7 : 6, 10))
        .putNumbers("income.perCapita", new BigDecimal("36500000"))
        .build();
  }

  static ReportInput input() {
    List<Assessment> assessments = new ArrayList<>();
    List<TitleAssessment> titles = new ArrayList<>();
    List<RecognitionRecord> records = new ArrayList<>();
    for (int i = 0; i < 182; i++) {
      ImmutableCommuneMeasurements m = commune(i, i < 171);
      assessments.add(RULES.evaluate(m, "qd-1980-2016"));
      titles.add(RULES.titles(m));
      if (i < 171) {
        records.add(
            ImmutableRecognitionRecord.builder()
                .setUnitCode(m.getCommune().getCode())
                .setTitle(Title.NTM)
                .setDate(i < 17 ? LocalDate.of(2020, 11, 30) : LocalDate.of(2018, 12, 1))
                .setSetId("qd-1980-2016")
                .build());
      }
      if (i < 11) {
        records.add(
            ImmutableRecognitionRecord.builder()
                .setUnitCode(m.getCommune().getCode())
                .setTitle(Title.ADVANCED)
                .setDate(LocalDate.of(2020, 12, 20))
                .setSetId("province")
                .build());
      }
    }
    List<OcopProduct> products = new ArrayList<>();
    for (int i = 0; i < 159; i++) {
      StarRating s = i < 152 ? StarRating.THREE : StarRating.FOUR;
      boolean in2020 = i < 83 || (i >= 152 && i < 156);
      products.add(
          OcopProduct.builder()
              .setName("P" + i)
              .setStar(s)
              .setCertifiedOn(in2020 ? LocalDate.of(2020, 11, 1) : LocalDate.of(2019, 11, 1))
              .build());
    }
    return ReportInput.builder()
        .setProvince("Hà Tĩnh")
        .setDate(END_2020)
        .addAllCommunes(assessments)
        .addAllCommuneTitles(titles)
        .addAllRecognitions(records)
        .putPlans(Title.NTM, Plan.of(15))
        .putPlans(Title.ADVANCED, Plan.of(5))
        .addVillageCounts(
            ImmutablePlannedCount.builder()
                .setLabel(LocalizedText.of("Khu dân cư NTM kiểu mẫu", "Model residential areas"))
                .setActual(250)
                .setPlan(Plan.of(200))
                .setCumulative(678L)
                .build(),
            ImmutablePlannedCount.builder()
                .setLabel(LocalizedText.of("Vườn mẫu", "Model gardens"))
                .setActual(2000)
                .setPlan(Plan.of(1500))
                .build())
        .setOcop(Portfolio.of(products))
        .setOcopPlan(Plan.range(70, 90))
        .setFunding(org.ntmkit.rules.testing.FundingTestData.haTinh2020())
        .putTargets(
            CountTarget.atLeastShareOf(
                Percentage.of(10),
                182,
                LocalizedText.of("Xã NTM kiểu mẫu (≥ 10%)", "Model communes (≥ 10%)")),
            2L)
        .build();
  }

  @Test
  void theReportReproducesTheSeedFigures() {
    ProvinceReport r = ProvinceReport.of(input());
    ProvinceReport.CriterionLine culture =
        r.getCriteria().stream().filter(c -> c.getNumber().equals("16")).findFirst().orElseThrow();
    assertEquals(171, culture.getMet());
    assertEquals(
        new BigDecimal("94.0"), culture.getShare(), "171/182 is 94,0%, not the printed 93,9%");
    ProvinceReport.TitleLine ntm = r.getTitles().get(0);
    assertEquals(171, ntm.getHeld());
    assertEquals(17, ntm.getNewInYear());
    assertEquals(
        new BigDecimal("113"),
        ntm.getAgainstPlan().orElseThrow().attainmentPercent().orElseThrow());
    assertEquals(
        new BigDecimal("220"),
        r.getTitles().get(1).getAgainstPlan().orElseThrow().attainmentPercent().orElseThrow());
    assertEquals(11, r.getNotYetNtm().size());
    assertEquals(List.of("16"), r.getNotYetNtm().get(0).getLacking());
    assertEquals(152L, r.getOcopByStar().get(StarRating.THREE));
    assertEquals(83L, r.getOcopNewByStar().get(StarRating.THREE));
    assertEquals(4L, r.getOcopNewByStar().get(StarRating.FOUR));
    assertEquals(
        new BigDecimal("100"), r.getOcopNew().orElseThrow().attainmentPercent().orElseThrow());
    assertEquals(
        new BigDecimal("125"), r.getVillageCounts().get(0).attainmentPercent().orElseThrow());
    assertEquals(
        new BigDecimal("133"), r.getVillageCounts().get(1).attainmentPercent().orElseThrow());
    assertEquals(new BigDecimal("17.7"), r.getFunding().get(0).getShare());
    assertEquals(17, r.getTargets().get(0).stillNeeded());
  }

  @Test
  void rendersInVietnameseAndEnglishTextMarkdownAndJson() {
    ProvinceReport r = ProvinceReport.of(input());
    String vi = ReportRenderer.text(r, Language.VI);
    assertTrue(
        vi.lines()
            .anyMatch(l -> l.startsWith("16") && l.contains("Văn hóa") && l.endsWith("94,0%")),
        vi);
    assertTrue(
        vi.lines().anyMatch(l -> l.contains("Xã đạt chuẩn nông thôn mới") && l.contains("113%")),
        vi);
    assertTrue(vi.contains("Vốn tín dụng") && vi.contains("5.525.307") && vi.contains("57,7%"), vi);
    assertTrue(vi.contains("– Ngân sách trung ương") && vi.contains("7,6%"), vi);
    String en = ReportRenderer.text(r, Language.EN);
    assertTrue(en.lines().anyMatch(l -> l.startsWith("16") && l.endsWith("94.0%")), en);
    String md = ReportRenderer.markdown(r, Language.EN);
    assertTrue(md.contains("| 16 | Culture | 171 | 11 | 0 | 94.0% |"), md);
    String json = ReportRenderer.json(r);
    assertTrue(json.contains("\"share\" : 94.0"), json.substring(0, 400));
  }

  @Test
  void reportCountsEqualTheNumberOfMetOutcomes() {
    ProvinceReport r = ProvinceReport.of(input());
    for (ProvinceReport.CriterionLine c : r.getCriteria()) {
      long met =
          input().getCommunes().stream()
              .filter(a -> a.criterion(c.getNumber()).orElseThrow().getOutcome() == Outcome.MET)
              .count();
      assertEquals(met, c.getMet(), c.getNumber());
      assertEquals(182, c.getMet() + c.getNotMet() + c.getUndetermined());
    }
  }

  @Test
  void aDistrictsDecisionInTheListIsNotCountedAsACommuneTitle() {
    // Seed §2: Thạch Hà became an NTM district in 2020; the communes' count stays 171, 17 new.
    ReportInput base = input();
    ReportInput in =
        ImmutableReportInput.copyOf(base)
            .withRecognitions(
                com.google.common.collect.ImmutableList.<RecognitionRecord>builder()
                    .addAll(base.getRecognitions())
                    .add(
                        ImmutableRecognitionRecord.builder()
                            .setUnitCode("445")
                            .setTitle(Title.NTM)
                            .setDate(LocalDate.of(2020, 12, 30))
                            .setSetId("qd-558-2016")
                            .build())
                    .build());
    ProvinceReport.TitleLine ntm = ProvinceReport.of(in).getTitles().get(0);
    assertEquals(171, ntm.getHeld());
    assertEquals(17, ntm.getNewInYear());
  }

  @Test
  void aTitleAssessmentDatedBeforeARevocationIsJudgedOnItsOwnDate() {
    // Both communes were recognised in 2018 and their title revoked on 01/10/2020; both fail
    // criterion 16 now. Assessed on 30/06/2020 the title was still held, so the commune lapsed
    // (RecognitionRecord.isLapsed takes the assessment's date); assessed at the report's date it
    // is no longer held: not lapsed, and not yet NTM.
    LocalDate midYear = LocalDate.of(2020, 6, 30);
    ImmutableCommuneMeasurements early = commune(1, false).withDate(midYear);
    ImmutableCommuneMeasurements late = commune(2, false);
    ImmutableReportInput.Builder in = ReportInput.builder().setProvince("X").setDate(END_2020);
    for (ImmutableCommuneMeasurements m : List.of(early, late)) {
      in.addCommunes(RULES.evaluate(m, "qd-1980-2016"))
          .addCommuneTitles(RULES.titles(m))
          .addRecognitions(
              ImmutableRecognitionRecord.builder()
                  .setUnitCode(m.getCommune().getCode())
                  .setTitle(Title.NTM)
                  .setDate(LocalDate.of(2018, 12, 1))
                  .setSetId("qd-1980-2016")
                  .setRevokedOn(LocalDate.of(2020, 10, 1))
                  .build());
    }
    ProvinceReport r = ProvinceReport.of(in.build());
    assertEquals(
        List.of("00001"), r.getLapsed().stream().map(ProvinceReport.CommuneLine::getCode).toList());
    assertEquals(List.of("16"), r.getLapsed().get(0).getLacking());
    assertEquals(
        List.of("00001", "00002"),
        r.getNotYetNtm().stream().map(ProvinceReport.CommuneLine::getCode).toList());
    assertEquals(0, r.getTitles().get(0).getHeld());
  }

  @Test
  void sectionsAreTheTablesOfTheTextReportInOrder() {
    ProvinceReport r = ProvinceReport.of(input());
    List<ReportSection> sections = ReportRenderer.sections(r, Language.EN);
    assertEquals(
        List.of(
            ReportSection.Kind.CRITERIA,
            ReportSection.Kind.TITLES,
            ReportSection.Kind.NOT_YET_NTM,
            ReportSection.Kind.VILLAGES,
            ReportSection.Kind.OCOP,
            ReportSection.Kind.FUNDING,
            ReportSection.Kind.TARGETS),
        sections.stream().map(ReportSection::getKind).toList());
    String text = ReportRenderer.text(r, Language.EN);
    for (ReportSection s : sections) {
      assertTrue(text.contains(s.getHeading()), s.getHeading());
      s.getRows().forEach(row -> assertEquals(s.getHeader().size(), row.size(), s.getHeading()));
      s.getNotes().forEach(n -> assertTrue(text.contains(n), n));
    }
    // Seed §1: 182 communes, one row per criterion of QĐ 1980.
    assertEquals(19, sections.get(0).getRows().size());
    assertTrue(text.startsWith(ReportRenderer.title(r, Language.EN)));
    assertTrue(text.strip().endsWith(ReportRenderer.footnote(Language.EN)));
    // No decisions and no plans: no table of zero titles.
    assertEquals(
        List.of(ReportSection.Kind.CRITERIA, ReportSection.Kind.NOT_YET_NTM),
        ReportRenderer.sections(
                ProvinceReport.of(ReportInput.builder().setProvince("X").setDate(END_2020).build()),
                Language.VI)
            .stream()
            .map(ReportSection::getKind)
            .toList());
  }

  @Test
  void emptyPartsAreLeftOut() {
    ProvinceReport r =
        ProvinceReport.of(ReportInput.builder().setProvince("X").setDate(END_2020).build());
    String text = ReportRenderer.text(r, Language.EN);
    assertTrue(!text.contains("OCOP") && !text.contains("Capital"), text);
    assertEquals(Map.of(), r.getOcopByStar());
  }

  @Test
  void theProvinceReportCountsSixOfNineCriteriaForLocHaAsTheSeedDoes() {
    // Seed §2: "đạt 6/9 tiêu chí cấp huyện"; the precondition (100% NTM) is not one of the nine.
    ProvinceReport.DistrictLine met = districtLine(SampleDistricts.locHa2020());
    assertEquals(6, met.getCriteriaMet());
    assertEquals(9, met.getCriteriaTotal());
    assertEquals(3, met.getFailing().size());
    // With one commune not NTM the precondition fails too: listed as failing, still not counted.
    List<Member> members = new ArrayList<>(SampleDistricts.communes(11, Outcome.MET));
    members.add(SampleDistricts.commune("00012", "Thạch Mỹ", Outcome.NOT_MET, 17));
    ProvinceReport.DistrictLine notAll =
        districtLine(SampleDistricts.locHa2020().withMembers(members));
    assertEquals(6, notAll.getCriteriaMet());
    assertEquals(9, notAll.getCriteriaTotal());
    assertEquals("Precondition: 100% of communes NTM", notAll.getFailing().get(0).getEn());
    assertEquals(
        List.of(),
        NtmRules.bundled().evaluate(SampleCommunes.ncc2020(), "qd-1980-2016").getPreconditions());
  }

  private static ProvinceReport.DistrictLine districtLine(UnitMeasurements d) {
    return ProvinceReport.of(
            ReportInput.builder()
                .setProvince("Hà Tĩnh")
                .setDate(END_2020)
                .addDistricts(NtmRules.bundled().evaluate(d, "qd-558-2016"))
                .build())
        .getDistricts()
        .get(0);
  }
}
