package org.ntmkit.examples.data;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.SplittableRandom;
import org.ntmkit.core.LocalizedText;
import org.ntmkit.core.explain.Comparison;
import org.ntmkit.core.law.InstrumentKind;
import org.ntmkit.core.law.LegalReference;
import org.ntmkit.core.parameter.ParameterQuery;
import org.ntmkit.core.parameter.ParameterValue;
import org.ntmkit.core.quantity.Money;
import org.ntmkit.core.quantity.Ratio;
import org.ntmkit.core.unit.Commune;
import org.ntmkit.core.unit.District;
import org.ntmkit.core.unit.DistrictKind;
import org.ntmkit.core.unit.Province;
import org.ntmkit.core.unit.Region;
import org.ntmkit.ocop.StarRating;
import org.ntmkit.ocop.portfolio.OcopProduct;
import org.ntmkit.report.ProvinceDataset;
import org.ntmkit.rules.NtmRules;
import org.ntmkit.rules.Title;
import org.ntmkit.rules.UnitLevel;
import org.ntmkit.rules.catalog.CriteriaSet;
import org.ntmkit.rules.catalog.Criterion;
import org.ntmkit.rules.catalog.Indicator;
import org.ntmkit.rules.funding.FundingBreakdown;
import org.ntmkit.rules.funding.FundingLine;
import org.ntmkit.rules.funding.ImmutableFundingLine;
import org.ntmkit.rules.measurement.CommuneMeasurements;
import org.ntmkit.rules.measurement.ImmutableCommuneMeasurements;
import org.ntmkit.rules.measurement.UnitMeasurements;
import org.ntmkit.rules.plan.Plan;
import org.ntmkit.rules.recognition.RecognitionRecord;

/**
 * The deterministic generator of the bundled Hà Tĩnh 2020 sample: 182 communes in 13 district-level
 * units whose QĐ 1980/QĐ-TTg evaluation reproduces the seed report's per-criterion counts (seed
 * digest §1), with the recognitions, district results, village counts, OCOP products, funding and
 * targets the report gives (§2–§7).
 *
 * <p><b>The measurements are synthetic.</b> What is real: the counts per criterion, the titles,
 * plans, named units (13 district-level units; Tùng Ảnh, Hương Trà, Kỳ Lợi), Lộc Hà's district
 * result, OCOP counts by star, the funding row and the targets. What is invented to fit them:
 * commune names ("Hương Khê 07") and codes, communes per unit, which commune fails which criterion,
 * recognition dates before 2020, and every measured value.
 *
 * <p>How the values are chosen. For each commune a criterion is either met or failed (75 failures
 * in all, as in the seed: 44 held by the 11 communes not yet NTM, 4 each, and 31 by 31 recognised
 * communes — the seed's lower bound). A met criterion gets, for every indicator, a value that meets
 * the QĐ 1980 North Central Coast threshold with a random margin; where that threshold is NOT FOUND
 * the share is set to 100% ("at least") or 0% ("at most"), which meets any threshold. A failed
 * criterion fails one chosen indicator ({@link #FAILING}), below a known threshold where one
 * exists; criteria 5 and 11 have none, so their failures evaluate UNDETERMINED and still do not
 * count as met. Randomness comes from {@link SplittableRandom} with seed {@value #SEED}: same
 * output on every machine.
 *
 * <p>Regenerate the bundled files with {@code java -cp "ntm-examples/target/ntm.jar:..." \
 * org.ntmkit.examples.data.HaTinhDataset DIR}; a test checks that they equal this generator's
 * output.
 */
public final class HaTinhDataset {

  /** The random seed. */
  public static final long SEED = 2020;

  /** The report's date. */
  public static final LocalDate END_2020 = LocalDate.of(2020, 12, 31);

  /** The commune set evaluated. */
  public static final String COMMUNE_SET = "qd-1980-2016";

  /** The set the sample's model communes were recognised under (QĐ 691/QĐ-TTg). */
  static final String MODEL_SET = "qd-691-2018-model";

  /** The district set evaluated. */
  public static final String DISTRICT_SET = "qd-558-2016";

  /** Hà Tĩnh (province code 42). */
  public static final Province PROVINCE =
      Province.builder()
          .setCode("42")
          .setName("Hà Tĩnh")
          .setRegion(Region.NORTH_CENTRAL_COAST)
          .build();

  /** Communes meeting each criterion, seed digest §1 (criterion 1 is not listed: all 182). */
  public static final Map<String, Integer> MEETING =
      orderedMap(
          "1", 182, "2", 172, "3", 180, "4", 181, "5", 176, "6", 175, "7", 181, "8", 181, "9", 175,
          "10", 174, "11", 175, "12", 181, "13", 181, "14", 181, "15", 181, "16", 180, "17", 171,
          "18", 176, "19", 180);

  /** The indicator a failed criterion fails (a known threshold or a flag where there is one). */
  static final Map<String, String> FAILING =
      orderedMap(
          "2", "2.1", "3", "3.2", "4", "4.1", "5", "5", "6", "6.1", "7", "7.1", "8", "8.4", "9",
          "9.1", "10", "10.1", "11", "11.1", "12", "12.1", "13", "13.2", "14", "14.2", "15", "15.1",
          "16", "16.1", "17", "17.5", "18", "18.5", "19", "19.2");

  /**
   * A district-level unit of the sample: GSO-style code, name, kind, communes (synthetic counts;
   * the seed does not give them), communes not yet NTM (seed §7: Hương Khê 8, Kỳ Anh 2, and Kỳ Lợi
   * in the town of Kỳ Anh), communes recognised in 2020 (17 in all) and advanced communes of 2020
   * (11 in all).
   */
  record Unit(
      String code,
      String name,
      DistrictKind kind,
      int communes,
      int notNtm,
      int newIn2020,
      int advanced) {}

  static final List<Unit> UNITS =
      List.of(
          new Unit("436", "Hà Tĩnh", DistrictKind.PROVINCIAL_CITY, 5, 0, 0, 1),
          new Unit("437", "Hồng Lĩnh", DistrictKind.TOWN, 2, 0, 0, 1),
          new Unit("439", "Hương Sơn", DistrictKind.RURAL_DISTRICT, 21, 0, 3, 0),
          new Unit("440", "Đức Thọ", DistrictKind.RURAL_DISTRICT, 14, 0, 0, 2),
          new Unit("441", "Vũ Quang", DistrictKind.RURAL_DISTRICT, 11, 0, 2, 0),
          new Unit("442", "Nghi Xuân", DistrictKind.RURAL_DISTRICT, 14, 0, 0, 2),
          new Unit("443", "Can Lộc", DistrictKind.RURAL_DISTRICT, 18, 0, 0, 2),
          new Unit("444", "Hương Khê", DistrictKind.RURAL_DISTRICT, 20, 8, 4, 1),
          new Unit("445", "Thạch Hà", DistrictKind.RURAL_DISTRICT, 20, 0, 0, 2),
          new Unit("446", "Cẩm Xuyên", DistrictKind.RURAL_DISTRICT, 20, 0, 3, 0),
          new Unit("447", "Kỳ Anh", DistrictKind.RURAL_DISTRICT, 19, 2, 3, 0),
          new Unit("448", "Lộc Hà", DistrictKind.RURAL_DISTRICT, 12, 0, 2, 0),
          new Unit("449", "Kỳ Anh", DistrictKind.TOWN, 6, 1, 0, 0));

  /** Communes the seed names: model communes (§1) and the special case Kỳ Lợi (§7). */
  static final Map<String, String> NAMED =
      Map.of("44001", "Tùng Ảnh", "44401", "Hương Trà", "44906", "Kỳ Lợi");

  /** District-level units holding the title at the end of 2020 (seed §2: 6, 2 of them new). */
  static final Map<String, LocalDate> DISTRICT_TITLES =
      orderedMap(
          "442", LocalDate.of(2018, 12, 28), // synthetic dates before 2020
          "443", LocalDate.of(2019, 12, 27),
          "436", LocalDate.of(2019, 12, 27),
          "437", LocalDate.of(2019, 12, 27),
          "445", LocalDate.of(2020, 12, 30), // seed: new in 2020
          "440", LocalDate.of(2020, 12, 30));

  private HaTinhDataset() {}

  /**
   * Writes the sample as {@code communes.json} and {@code province.json} into a directory.
   *
   * @param args the directory (default: the current one)
   * @throws java.io.IOException if a file cannot be written
   */
  public static void main(String[] args) throws java.io.IOException {
    java.nio.file.Path dir = java.nio.file.Path.of(args.length > 0 ? args[0] : ".");
    Sample s = generate();
    java.nio.file.Files.createDirectories(dir);
    java.nio.file.Files.writeString(dir.resolve(COMMUNES_FILE), communesJson(s));
    java.nio.file.Files.writeString(dir.resolve(PROVINCE_FILE), provinceJson(s));
  }

  /** File name of the communes. */
  public static final String COMMUNES_FILE = "communes.json";

  /** File name of the rest. */
  public static final String PROVINCE_FILE = "province.json";

  /** The communes as a JSON array, as bundled. */
  public static String communesJson(Sample s) {
    return org.ntmkit.core.io.NtmJson.defaults().writePretty(s.communes()) + "\n";
  }

  /** The province data as JSON, as bundled. */
  public static String provinceJson(Sample s) {
    return org.ntmkit.core.io.NtmJson.defaults().writePretty(s.province()) + "\n";
  }

  /** Where the bundled files are, on the class path. */
  public static final String RESOURCES = "/org/ntmkit/examples/ha-tinh-2020/";

  /** The bundled communes (as generated; a test keeps them equal). */
  public static List<CommuneMeasurements> bundledCommunes() {
    String name = RESOURCES + COMMUNES_FILE;
    return org.ntmkit.core.io.NtmJson.defaults()
        .readResourceList(
            HaTinhDataset.class.getResourceAsStream(name), name, CommuneMeasurements.class);
  }

  /** The bundled province data. */
  public static ProvinceDataset bundledProvince() {
    String name = RESOURCES + PROVINCE_FILE;
    return org.ntmkit.core.io.NtmJson.defaults()
        .readResource(HaTinhDataset.class.getResourceAsStream(name), name, ProvinceDataset.class);
  }

  /** One generated sample: communes and everything else. */
  public record Sample(List<CommuneMeasurements> communes, ProvinceDataset province) {}

  /** Generates the sample. */
  public static Sample generate() {
    NtmRules rules = NtmRules.bundled();
    CriteriaSet set = java.util.Objects.requireNonNull(rules.sets().get(COMMUNE_SET));
    SplittableRandom random = new SplittableRandom(SEED);

    List<Commune> communes = new ArrayList<>();
    List<Commune> notNtm = new ArrayList<>();
    List<Commune> recognised = new ArrayList<>();
    List<RecognitionRecord> records = new ArrayList<>();
    for (Unit u : UNITS) {
      for (int i = 1; i <= u.communes(); i++) {
        String code = u.code() + String.format(java.util.Locale.ROOT, "%02d", i);
        Commune c =
            Commune.builder()
                .setCode(code)
                .setName(
                    NAMED.getOrDefault(
                        code, u.name() + " " + String.format(java.util.Locale.ROOT, "%02d", i)))
                .setProvinceCode(PROVINCE.getCode())
                .setDistrictCode(u.code())
                .setRegion(Region.NORTH_CENTRAL_COAST)
                .build();
        communes.add(c);
        // The last communes of a unit are the ones not yet NTM.
        if (i > u.communes() - u.notNtm()) {
          notNtm.add(c);
          continue;
        }
        int fromEnd = u.communes() - u.notNtm() - i; // 0 for the last recognised commune
        boolean in2020 = fromEnd < u.newIn2020();
        LocalDate date =
            in2020
                ? LocalDate.of(2020, 12, 1 + random.nextInt(25))
                : LocalDate.of(2012 + random.nextInt(8), 12, 1 + random.nextInt(25));
        records.add(record(code, Title.NTM, date, COMMUNE_SET));
        if (i <= u.advanced()) {
          records.add(record(code, Title.ADVANCED, LocalDate.of(2020, 12, 28), "ha-tinh-advanced"));
          if (NAMED.containsKey(code)) {
            records.add(record(code, Title.MODEL, LocalDate.of(2020, 12, 29), MODEL_SET));
          }
        } else {
          recognised.add(c);
        }
      }
    }

    Map<String, List<String>> failures = assignFailures(notNtm, recognised, random);
    List<CommuneMeasurements> measured = new ArrayList<>();
    for (Commune c : communes) {
      List<String> failing = failures.getOrDefault(c.getCode(), List.of());
      measured.add(measure(rules, set, c, failing, random));
    }
    meetModelThresholds(rules, measured, records);
    for (Map.Entry<String, LocalDate> d : DISTRICT_TITLES.entrySet()) {
      records.add(record(d.getKey(), Title.NTM, d.getValue(), DISTRICT_SET));
    }

    ProvinceDataset province =
        ProvinceDataset.builder()
            .setProvince(PROVINCE)
            .setDate(END_2020)
            .setCommuneSet(COMMUNE_SET)
            .setDistrictSet(DISTRICT_SET)
            .setSource(
                LegalReference.builder()
                    .setInstrument(
                        "Báo cáo NTM và OCOP năm 2020 của BCĐ tỉnh Hà Tĩnh (dự thảo, 12/2020)")
                    .setKind(InstrumentKind.REPORT)
                    .setTitle(
                        "Counts, titles, plans, OCOP, funding and targets from the seed report;"
                            + " commune measurements synthetic (generator HaTinhDataset, seed "
                            + SEED
                            + ")")
                    .build())
            .addAllDistricts(UNITS.stream().map(HaTinhDataset::district).toList())
            .addAllRecognitions(records)
            .addDistrictMeasurements(locHa())
            .putPlans(Title.NTM, Plan.of(15))
            .putPlans(Title.ADVANCED, Plan.of(5))
            .putPlans(Title.MODEL, Plan.of(2))
            .addVillageCounts(
                ProvinceDataset.VillageCount.builder()
                    .setLabel(
                        LocalizedText.of("Khu dân cư NTM kiểu mẫu", "Model residential areas"))
                    .setActual(250)
                    .setPlan(Plan.of(200))
                    .setCumulative(678L)
                    .build(),
                ProvinceDataset.VillageCount.builder()
                    .setLabel(LocalizedText.of("Vườn mẫu", "Model gardens"))
                    .setActual(2000)
                    .setPlan(Plan.of(1500))
                    .setCumulative(7244L)
                    .build())
            .addAllOcopProducts(ocopProducts(communes, random))
            .setOcopPlan(Plan.range(70, 90))
            .setFunding(funding())
            .addTargets(
                ProvinceDataset.ShareTarget.builder()
                    .setLabel(
                        LocalizedText.of(
                            "Xã NTM kiểu mẫu trước 2025 (≥ 10%)",
                            "Model communes before 2025 (≥ 10%)"))
                    .setPercent(BigDecimal.TEN)
                    .setOf(182)
                    .setReached(2)
                    .build(),
                ProvinceDataset.ShareTarget.builder()
                    .setLabel(
                        LocalizedText.of(
                            "Xã NTM nâng cao đến 2024 (≥ 50%)",
                            "Advanced communes by 2024 (≥ 50%)"))
                    .setPercent(BigDecimal.valueOf(50))
                    .setOf(182)
                    .setReached(11)
                    .build())
            .build();
    return new Sample(List.copyOf(measured), province);
  }

  /**
   * Deals the 75 failures: criteria by descending number of failures, the first 44 round-robin to
   * the 11 communes not yet NTM (4 each; a criterion has at most 11 failures, so no commune fails
   * one twice), the remaining 31 one each to a shuffled choice of recognised communes.
   */
  static Map<String, List<String>> assignFailures(
      List<Commune> notNtm, List<Commune> recognised, SplittableRandom random) {
    List<String> slots = new ArrayList<>();
    MEETING.entrySet().stream()
        .sorted(
            (a, b) ->
                a.getValue().equals(b.getValue())
                    ? Integer.compare(Integer.parseInt(a.getKey()), Integer.parseInt(b.getKey()))
                    : Integer.compare(a.getValue(), b.getValue()))
        .forEach(
            e -> {
              for (int k = 0; k < 182 - e.getValue(); k++) {
                slots.add(e.getKey());
              }
            });
    List<Commune> shuffled = new ArrayList<>(recognised);
    Collections.shuffle(shuffled, new Random(random.nextLong()));
    Map<String, List<String>> out = new LinkedHashMap<>();
    int capacity = 4 * notNtm.size();
    for (int k = 0; k < slots.size(); k++) {
      Commune c = k < capacity ? notNtm.get(k % notNtm.size()) : shuffled.get(k - capacity);
      out.computeIfAbsent(c.getCode(), x -> new ArrayList<>()).add(slots.get(k));
    }
    return out;
  }

  private static CommuneMeasurements measure(
      NtmRules rules, CriteriaSet set, Commune c, List<String> failing, SplittableRandom random) {
    ImmutableCommuneMeasurements.Builder b =
        CommuneMeasurements.builder().setCommune(c).setDate(END_2020);
    // Every commune of the sample needs commerce infrastructure (criterion 7 applies).
    b.putFlags("commerce.infrastructureNeeded", true);
    ParameterQuery query = ParameterQuery.of(END_2020, c.getRegion());
    for (Criterion criterion : set.getCriteria()) {
      String fails =
          failing.contains(criterion.getNumber())
              ? FAILING.getOrDefault(criterion.getNumber(), "")
              : "";
      for (Indicator ind : criterion.getIndicators()) {
        measureIndicator(rules, query, ind, fails, b, random);
      }
    }
    return b.build();
  }

  /**
   * The model communes (seed §1: recognised in 2020) also meet the QĐ 691/QĐ-TTg education, health
   * and culture thresholds the catalog knows (criterion 2): their values there are drawn from a
   * random stream of their own, so that no other commune's values change, and override QĐ 1980's
   * where a variable is shared (health insurance ≥ 95%, not 85%).
   */
  private static void meetModelThresholds(
      NtmRules rules, List<CommuneMeasurements> measured, List<RecognitionRecord> records) {
    CriteriaSet model = java.util.Objects.requireNonNull(rules.sets().get(MODEL_SET));
    SplittableRandom random = new SplittableRandom(SEED + 691);
    java.util.Set<String> codes = new java.util.HashSet<>();
    records.stream()
        .filter(r -> r.getTitle() == Title.MODEL)
        .forEach(r -> codes.add(r.getUnitCode()));
    for (int k = 0; k < measured.size(); k++) {
      CommuneMeasurements m = measured.get(k);
      if (!codes.contains(m.getCommune().getCode())) {
        continue;
      }
      ImmutableCommuneMeasurements.Builder extra =
          CommuneMeasurements.builder().setCommune(m.getCommune()).setDate(m.getDate());
      ParameterQuery query = ParameterQuery.of(END_2020, m.getCommune().getRegion());
      for (Criterion criterion : model.getCriteria()) {
        if (criterion.getNumber().equals("2")) {
          for (Indicator ind : criterion.getIndicators()) {
            measureIndicator(rules, query, ind, "", extra, random);
          }
        }
      }
      CommuneMeasurements e = extra.build();
      Map<String, Ratio> ratios = new java.util.LinkedHashMap<>(m.getRatios());
      ratios.putAll(e.getRatios());
      Map<String, Boolean> flags = new java.util.LinkedHashMap<>(m.getFlags());
      flags.putAll(e.getFlags());
      measured.set(k, ImmutableCommuneMeasurements.copyOf(m).withRatios(ratios).withFlags(flags));
    }
  }

  private static void measureIndicator(
      NtmRules rules,
      ParameterQuery query,
      Indicator ind,
      String fails,
      ImmutableCommuneMeasurements.Builder b,
      SplittableRandom random) {
    boolean fail = ind.getId().equals(fails);
    Optional<BigDecimal> threshold =
        ind.parameterIds().stream()
            .findFirst()
            .flatMap(p -> rules.parameters().find(p, query))
            .map(ParameterValue::getValue);
    if (ind instanceof Indicator.Composite c) {
      c.getParts().forEach(p -> measureIndicator(rules, query, p, fails, b, random));
    } else if (ind instanceof Indicator.Flag f) {
      b.putFlags(f.getVariable(), !fail);
    } else if (ind instanceof Indicator.Ratio r) {
      b.putRatios(
          r.getVariable(), share(r.getVariable(), r.getComparison(), threshold, fail, random));
    } else if (ind instanceof Indicator.Number n) {
      b.putNumbers(n.getVariable(), number(n.getComparison(), threshold, fail, random));
    } else {
      throw new IllegalStateException("no generator for " + ind.getKind());
    }
  }

  /** A share meeting (or failing) an "at least"/"at most" threshold given in percent. */
  static Ratio share(
      String variable,
      Comparison comparison,
      Optional<BigDecimal> percent,
      boolean fail,
      SplittableRandom random) {
    long of =
        variable.startsWith("villages.")
            ? 8 + random.nextLong(9)
            : variable.startsWith("environment.") || variable.startsWith("foodSafety.")
                ? 10 + random.nextLong(30)
                : 600 + random.nextLong(1800);
    boolean atLeast = comparison == Comparison.AT_LEAST;
    if (percent.isEmpty()) {
      // NOT FOUND: 100% / 0% meet any threshold; a failure is a clearly poor value (UNDETERMINED).
      long poor =
          atLeast ? of * (55 + random.nextLong(20)) / 100 : of * (8 + random.nextLong(8)) / 100;
      return Ratio.of(fail ? poor : atLeast ? of : 0, of);
    }
    BigDecimal exact =
        percent.get().multiply(BigDecimal.valueOf(of)).divide(BigDecimal.valueOf(100));
    long bound =
        exact.setScale(0, atLeast ? RoundingMode.CEILING : RoundingMode.FLOOR).longValueExact();
    long n;
    if (atLeast) {
      n =
          fail
              ? bound - 1 - random.nextLong(Math.max(1, bound / 10))
              : bound + random.nextLong(of - bound + 1);
    } else {
      n =
          fail
              ? bound + 1 + random.nextLong(Math.max(1, bound / 5 + 1))
              : bound - random.nextLong(bound / 2 + 1);
    }
    return Ratio.of(Math.max(0, Math.min(of, n)), of);
  }

  /**
   * A number meeting (or failing) a threshold: income in đồng in steps of 100,000 (0–5.9 million
   * above, or 0.1–6 million below), or a count in steps of 1 (never below 0).
   */
  static BigDecimal number(
      Comparison comparison,
      Optional<BigDecimal> threshold,
      boolean fail,
      SplittableRandom random) {
    BigDecimal t = threshold.orElseThrow(() -> new IllegalStateException("no threshold"));
    boolean money = t.compareTo(BigDecimal.valueOf(1_000_000)) > 0;
    BigDecimal step = money ? BigDecimal.valueOf(100_000) : BigDecimal.ONE;
    long steps = 1 + random.nextLong(money ? 60 : 5);
    BigDecimal within = step.multiply(BigDecimal.valueOf(steps - 1));
    BigDecimal beyond = step.multiply(BigDecimal.valueOf(steps));
    boolean atLeast = comparison == Comparison.AT_LEAST;
    if (atLeast) {
      return fail ? t.subtract(beyond) : t.add(within);
    }
    return fail ? t.add(beyond) : t.subtract(within).max(BigDecimal.ZERO);
  }

  private static RecognitionRecord record(String code, Title title, LocalDate date, String setId) {
    return RecognitionRecord.builder()
        .setUnitCode(code)
        .setTitle(title)
        .setDate(date)
        .setSetId(setId)
        .build();
  }

  private static District district(Unit u) {
    return District.builder()
        .setCode(u.code())
        .setName(u.name())
        .setProvinceCode(PROVINCE.getCode())
        .setKind(u.kind())
        .build();
  }

  /** Lộc Hà in 2020 under QĐ 558 (seed §2): 6 of 9 district criteria met, members from records. */
  private static UnitMeasurements locHa() {
    return UnitMeasurements.builder()
        .setCode("448")
        .setName("Lộc Hà")
        .setLevel(UnitLevel.DISTRICT)
        .setRegion(Region.NORTH_CENTRAL_COAST)
        .setDate(END_2020)
        .putFlags("district.c558.planning", true)
        .putFlags("district.c558.transport", false) // TL7 6.0 km not started; 5.3 km in progress
        .putFlags("district.c558.irrigation", true)
        .putFlags("district.c558.electricity", true)
        .putFlags("district.hospitalGradeIII", true)
        .putFlags("district.healthCentreStandard", true)
        .putFlags("district.cultureSportsCentreStandard", false) // no district cultural centre
        .putRatios("district.upperSecondarySchoolsStandard", Ratio.of(2, 3))
        .putFlags("district.c558.production", true)
        .putFlags("district.c558.environment", false) // landfill, Thạch Kim industrial cluster
        .putFlags("district.c558.securityOrder", true)
        .putFlags("district.c558.direction", true)
        .build();
  }

  /** 159 products (seed §4): 152 three-star, 7 four-star; 87 of them (83 + 4) certified in 2020. */
  private static List<OcopProduct> ocopProducts(List<Commune> communes, SplittableRandom random) {
    List<OcopProduct> out = new ArrayList<>();
    for (int i = 0; i < 159; i++) {
      boolean four = i >= 152;
      boolean in2020 = four ? i >= 155 : i >= 69;
      Commune where = communes.get(random.nextInt(communes.size()));
      out.add(
          OcopProduct.builder()
              .setName(String.format(java.util.Locale.ROOT, "Sản phẩm OCOP %03d", i + 1))
              .setCommuneCode(where.getCode())
              .setStar(four ? StarRating.FOUR : StarRating.THREE)
              .setCertifiedOn(
                  in2020
                      ? LocalDate.of(2020, 1 + random.nextInt(12), 1 + random.nextInt(28))
                      : LocalDate.of(2019, 1 + random.nextInt(12), 1 + random.nextInt(28)))
              .build());
    }
    return out;
  }

  /** Capital mobilised in 2020, million VND (seed §5). */
  static FundingBreakdown funding() {
    return FundingBreakdown.builder()
        .setUnit("Hà Tĩnh")
        .setPeriod("2020")
        .setTotal(Money.ofMillions(9_578_694))
        .addLines(
            ImmutableFundingLine.copyOf(
                    line(
                        "stateBudget",
                        "Ngân sách trực tiếp thực hiện Chương trình",
                        "State budget directly for the programme",
                        1_695_462))
                .withChildren(
                    line("stateBudget.central", "Ngân sách trung ương", "Central budget", 724_690),
                    line(
                        "stateBudget.local",
                        "Ngân sách địa phương (tỉnh, huyện, xã)",
                        "Local budget (province, district, commune)",
                        970_772)),
            line("integrated", "Vốn lồng ghép", "Integrated capital", 1_040_924),
            line("credit", "Vốn tín dụng", "Credit", 5_525_307),
            line("enterprises", "Vốn doanh nghiệp", "Enterprises", 170_251),
            line("community", "Cộng đồng dân cư", "Community contributions", 988_261),
            line("other", "Huy động khác (tài trợ, đỡ đầu…)", "Other (sponsorship…)", 158_489))
        .build();
  }

  private static FundingLine line(String source, String vi, String en, long millions) {
    return ImmutableFundingLine.builder()
        .setSource(source)
        .setName(LocalizedText.of(vi, en))
        .setAmount(Money.ofMillions(millions))
        .build();
  }

  @SuppressWarnings("unchecked")
  private static <V> Map<String, V> orderedMap(Object... kv) {
    Map<String, V> m = new LinkedHashMap<>();
    for (int i = 0; i < kv.length; i += 2) {
      m.put((String) kv[i], (V) kv[i + 1]);
    }
    return Collections.unmodifiableMap(m);
  }
}
