package org.ntmkit.examples.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.ntmkit.core.Outcome;
import org.ntmkit.core.explain.Explanation;
import org.ntmkit.ocop.StarRating;
import org.ntmkit.ocop.portfolio.OcopProduct;
import org.ntmkit.report.ProvinceDataset;
import org.ntmkit.report.ProvinceReport;
import org.ntmkit.report.ReportInputs;
import org.ntmkit.rules.Assessment;
import org.ntmkit.rules.NtmRules;
import org.ntmkit.rules.Title;
import org.ntmkit.rules.funding.FundingAnalysis;
import org.ntmkit.rules.measurement.CommuneMeasurements;
import org.ntmkit.rules.recognition.RecognitionRecord;

/** The bundled Hà Tĩnh 2020 sample reproduces the seed report (shared/domain/seed-digest.md). */
class HaTinhDatasetTest {

  private static final NtmRules RULES = NtmRules.bundled();
  private static final List<CommuneMeasurements> COMMUNES = HaTinhDataset.bundledCommunes();
  private static final ProvinceDataset PROVINCE = HaTinhDataset.bundledProvince();
  private static final List<Assessment> ASSESSED =
      COMMUNES.stream().map(m -> RULES.evaluate(m, "qd-1980-2016")).toList();

  /** Seed digest §1: communes meeting each criterion (criterion 1 is not listed). */
  private static final Map<String, Integer> SEED_COUNTS = new LinkedHashMap<>();

  static {
    String[] table = {
      "10=174", "11=175", "12=181", "13=181", "2=172", "3=180", "4=181", "5=176", "6=175",
      "7=181", "8=181", "9=175", "14=181", "15=181", "16=180", "17=171", "18=176", "19=180"
    };
    for (String row : table) {
      SEED_COUNTS.put(row.split("=")[0], Integer.parseInt(row.split("=")[1]));
    }
  }

  private static String resource(String name) throws IOException {
    try (InputStream in = HaTinhDataset.class.getResourceAsStream(HaTinhDataset.RESOURCES + name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @Test
  void theBundledFilesAreExactlyTheGeneratorsOutput() throws IOException {
    HaTinhDataset.Sample s = HaTinhDataset.generate();
    assertEquals(HaTinhDataset.communesJson(s), resource(HaTinhDataset.COMMUNES_FILE));
    assertEquals(HaTinhDataset.provinceJson(s), resource(HaTinhDataset.PROVINCE_FILE));
    assertEquals(HaTinhDataset.generate(), HaTinhDataset.generate(), "deterministic");
  }

  /**
   * Issue #15: the generator wrote digits of the default locale ({@code String.format} without
   * {@code Locale.ROOT}); under Arabic (Egypt) or Hindi codes became "٤٣٦٠١". Any default locale
   * gives the same bytes.
   */
  @Test
  void theGeneratorIsTheSameUnderAnyDefaultLocale() throws IOException {
    java.util.Locale before = java.util.Locale.getDefault();
    try {
      for (String tag : new String[] {"ar-EG", "hi-IN", "fa-IR", "vi-VN"}) {
        java.util.Locale.setDefault(java.util.Locale.forLanguageTag(tag));
        HaTinhDataset.Sample s = HaTinhDataset.generate();
        assertEquals(HaTinhDataset.communesJson(s), resource(HaTinhDataset.COMMUNES_FILE), tag);
        assertEquals(HaTinhDataset.provinceJson(s), resource(HaTinhDataset.PROVINCE_FILE), tag);
      }
    } finally {
      java.util.Locale.setDefault(before);
    }
  }

  @Test
  void evaluatingUnderQd1980ReproducesTheSeedsCountPerCriterion() {
    assertEquals(182, COMMUNES.size());
    for (Map.Entry<String, Integer> e : SEED_COUNTS.entrySet()) {
      long met =
          ASSESSED.stream()
              .filter(a -> a.criterion(e.getKey()).orElseThrow().getOutcome() == Outcome.MET)
              .count();
      assertEquals(e.getValue().longValue(), met, "criterion " + e.getKey());
    }
  }

  @Test
  void failuresThatAreNotMetComeFromKnownThresholdsAndCriteriaFiveAndElevenAreUndetermined() {
    // 75 failures in all (seed §1); 5 and 11 have no North Central Coast value (NOT FOUND).
    long notMet = 0;
    long undetermined = 0;
    for (Assessment a : ASSESSED) {
      for (Explanation c : a.getExplanation().getChildren()) {
        if (c.getOutcome() == Outcome.NOT_MET) {
          notMet++;
        } else if (c.getOutcome() == Outcome.UNDETERMINED) {
          undetermined++;
          assertTrue(Set.of("5", "11").contains(c.getSubject()), c.getSubject());
        }
      }
    }
    assertEquals(75, notMet + undetermined);
    assertEquals(13, undetermined, "6 schools + 7 poor-household failures");
  }

  @Test
  void titlesAndRecognitionsAreTheSeeds() {
    List<RecognitionRecord> communeNtm =
        PROVINCE.getRecognitions().stream()
            .filter(r -> r.getTitle() == Title.NTM && r.getUnitCode().length() == 5)
            .toList();
    assertEquals(171, communeNtm.size());
    assertEquals(17, communeNtm.stream().filter(r -> r.getDate().getYear() == 2020).count());
    assertEquals(
        11,
        PROVINCE.getRecognitions().stream().filter(r -> r.getTitle() == Title.ADVANCED).count());
    Set<String> models =
        PROVINCE.getRecognitions().stream()
            .filter(r -> r.getTitle() == Title.MODEL)
            .map(r -> name(r.getUnitCode()))
            .collect(Collectors.toSet());
    assertEquals(Set.of("Tùng Ảnh", "Hương Trà"), models);
    // Seed §2: six district-level units hold the title, Thạch Hà and Đức Thọ new in 2020.
    List<RecognitionRecord> districts =
        PROVINCE.getRecognitions().stream().filter(r -> r.getUnitCode().length() == 3).toList();
    assertEquals(6, districts.size());
    assertEquals(
        Set.of("445", "440"),
        districts.stream()
            .filter(r -> r.getDate().getYear() == 2020)
            .map(RecognitionRecord::getUnitCode)
            .collect(Collectors.toSet()));
    assertEquals(13, PROVINCE.getDistricts().size());
  }

  @Test
  void theElevenCommunesNotYetNtmMeetAtLeastFifteenCriteriaAndSomeRecognisedOnesFailOne() {
    Set<String> recognised =
        PROVINCE.getRecognitions().stream()
            .filter(r -> r.getTitle() == Title.NTM)
            .map(RecognitionRecord::getUnitCode)
            .collect(Collectors.toSet());
    List<Assessment> notYet =
        ASSESSED.stream().filter(a -> !recognised.contains(a.getUnitCode())).toList();
    assertEquals(11, notYet.size());
    notYet.forEach(a -> assertTrue(a.count(Outcome.MET) >= 15, a.getUnitCode()));
    // Seed §7: Hương Khê 8, Kỳ Anh 2, and Kỳ Lợi (town of Kỳ Anh).
    Map<String, Long> byUnit =
        notYet.stream()
            .collect(
                Collectors.groupingBy(a -> a.getUnitCode().substring(0, 3), Collectors.counting()));
    assertEquals(Map.of("444", 8L, "447", 2L, "449", 1L), byUnit);
    assertTrue(notYet.stream().anyMatch(a -> name(a.getUnitCode()).equals("Kỳ Lợi")));
    // Seed §1: at least 31 of the 75 failures belong to recognised communes.
    long failuresOfRecognised =
        ASSESSED.stream()
            .filter(a -> recognised.contains(a.getUnitCode()))
            .mapToLong(a -> 19 - a.count(Outcome.MET))
            .sum();
    assertTrue(failuresOfRecognised >= 31, "" + failuresOfRecognised);
  }

  @Test
  void locHaIsNotAnNtmDistrictForTransportHealthCultureEducationAndEnvironment() {
    ProvinceReport r = ProvinceReport.of(ReportInputs.of(RULES, COMMUNES, PROVINCE));
    ProvinceReport.DistrictLine locHa = r.getDistricts().get(0);
    assertEquals("448", locHa.getCode());
    assertEquals(Outcome.NOT_MET, locHa.getOutcome());
    assertEquals(3, locHa.getFailing().size());
    assertEquals(6, locHa.getCriteriaMet(), "seed §2: 6 of 9 district criteria");
    assertEquals(9, locHa.getCriteriaTotal());
    assertEquals(
        List.of("Transport", "Health – Culture – Education", "Environment"),
        locHa.getFailing().stream().map(t -> t.getEn()).toList());
  }

  @Test
  void ocopAndFundingAreTheSeeds() {
    List<OcopProduct> products = PROVINCE.getOcopProducts();
    assertEquals(159, products.size());
    assertEquals(152, products.stream().filter(p -> p.getStar() == StarRating.THREE).count());
    assertEquals(7, products.stream().filter(p -> p.getStar() == StarRating.FOUR).count());
    List<OcopProduct> in2020 =
        products.stream().filter(p -> p.getCertifiedOn().getYear() == 2020).toList();
    assertEquals(87, in2020.size());
    assertEquals(4, in2020.stream().filter(p -> p.getStar() == StarRating.FOUR).count());
    assertEquals(List.of(), FundingAnalysis.discrepancies(PROVINCE.getFunding().orElseThrow()));
    assertEquals(9_578_694L, PROVINCE.getFunding().orElseThrow().getTotal().dong() / 1_000_000);
    assertEquals(LocalDate.of(2020, 12, 31), PROVINCE.getDate());
  }

  private static String name(String code) {
    return COMMUNES.stream()
        .filter(m -> m.getCommune().getCode().equals(code))
        .findFirst()
        .orElseThrow()
        .getCommune()
        .getName();
  }
}
