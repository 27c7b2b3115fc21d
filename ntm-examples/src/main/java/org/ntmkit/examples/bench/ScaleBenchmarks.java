package org.ntmkit.examples.bench;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.ntmkit.core.Outcome;
import org.ntmkit.core.quantity.Apportionment;
import org.ntmkit.examples.NationalDataset;
import org.ntmkit.ocop.CertificationLevel;
import org.ntmkit.ocop.grading.CouncilEvaluation;
import org.ntmkit.ocop.grading.OcopGrader;
import org.ntmkit.ocop.sheet.ImmutableMemberAnswers;
import org.ntmkit.ocop.sheet.MemberAnswers;
import org.ntmkit.ocop.sheet.ScoreSheet;
import org.ntmkit.ocop.sheet.SheetCriterion;
import org.ntmkit.report.ImmutableReportInput;
import org.ntmkit.report.ProvinceReport;
import org.ntmkit.report.ReportInput;
import org.ntmkit.rules.Assessment;
import org.ntmkit.rules.NtmRules;
import org.ntmkit.rules.Title;
import org.ntmkit.rules.measurement.CommuneMeasurements;
import org.ntmkit.rules.plan.Plan;
import org.ntmkit.rules.recognition.RecognitionRecord;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Whole-province and whole-country operations: the province report over 10,000 communes (with bare
 * per-criterion counts as its baseline), OCOP grading of 10,000 evaluations, a budget allocation
 * across 10,000 communes, and the cold start of loading and validating every bundled catalog.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class ScaleBenchmarks {

  private List<Assessment> assessments;
  private ReportInput reportInput;
  private List<CouncilEvaluation> evaluations;
  private List<BigDecimal> coefficients;
  private OcopGrader grader;

  /** Builds 10,000 assessments, OCOP evaluations and allocation coefficients (seed 42). */
  @Setup
  public void setUp() {
    NtmRules rules = NtmRules.bundled();
    assessments = new ArrayList<>();
    LocalDate end = LocalDate.of(2020, 12, 31);
    ImmutableReportInput.Builder report =
        ReportInput.builder().setProvince("10,000 communes").setDate(end);
    int index = 0;
    for (CommuneMeasurements m : NationalDataset.generate(NationalDataset.BEFORE_2025, end, 42)) {
      Assessment a = rules.evaluate(m, "qd-1980-2016");
      assessments.add(a);
      String code = m.getCommune().getCode();
      report
          .addCommunes(a)
          .addCommuneTitles(rules.titles(m))
          .putCommuneNames(code, m.getCommune().getName());
      // Nine in ten recognised, some of them in the report's year: lapsed and not-yet lists fill.
      if (index++ % 10 != 0) {
        report.addRecognitions(
            RecognitionRecord.builder()
                .setUnitCode(code)
                .setTitle(Title.NTM)
                .setDate(index % 7 == 0 ? LocalDate.of(2020, 11, 30) : LocalDate.of(2018, 12, 1))
                .setSetId("qd-1980-2016")
                .build());
      }
    }
    reportInput = report.putPlans(Title.NTM, Plan.of(1_000)).build();
    grader = OcopGrader.bundled();
    ScoreSheet sheet =
        java.util.Objects.requireNonNull(grader.sheets().get("qd1048.fresh-produce"));
    SplittableRandom random = new SplittableRandom(42);
    evaluations = new ArrayList<>();
    for (int i = 0; i < 10_000; i++) {
      List<MemberAnswers> members = new ArrayList<>();
      for (int m = 0; m < 5; m++) {
        ImmutableMemberAnswers.Builder answers = MemberAnswers.builder().setMember("m" + m);
        for (SheetCriterion c : sheet.criteria().values()) {
          answers.putAnswers(
              c.getCode(), c.getOptions().get(random.nextInt(c.getOptions().size())).getCode());
        }
        members.add(answers.build());
      }
      evaluations.add(
          CouncilEvaluation.builder()
              .setProduct("P" + i)
              .setSheetId(sheet.getId())
              .setDate(LocalDate.of(2020, 10, 15))
              .setCouncilLevel(CertificationLevel.PROVINCE)
              .setMinimumsGroup(1)
              .addAllMembers(members)
              .putMinimums("781.C.3star.standardDeclared", true)
              .putMinimums("781.C.3star.internalControlTraceability", true)
              .putMinimums("781.C.4star.uniqueness", random.nextBoolean())
              .build());
    }
    coefficients = new ArrayList<>();
    for (int i = 0; i < 10_000; i++) {
      coefficients.add(
          List.of(BigDecimal.ONE, new BigDecimal("3.0"), new BigDecimal("5.0"))
              .get(random.nextInt(3)));
    }
  }

  /**
   * The province report over 10,000 communes: per-criterion counts and shares, titles against the
   * plan, lapsed recognitions, communes not yet NTM ranked (budget: under 20 ms).
   */
  @Benchmark
  public ProvinceReport provinceReportOver10000Communes() {
    return ProvinceReport.of(reportInput);
  }

  /** Baseline for the report: bare per-criterion counts over the same 10,000 assessments. */
  @Benchmark
  public Map<String, Long> criterionCountsOver10000Communes() {
    Map<String, Long> counts = new java.util.HashMap<>();
    for (Assessment a : assessments) {
      a.getExplanation()
          .getChildren()
          .forEach(
              c -> {
                if (c.getOutcome() == Outcome.MET) {
                  counts.merge(c.getSubject(), 1L, Long::sum);
                }
              });
    }
    return counts;
  }

  /** Grading 10,000 products, five council members each. */
  @Benchmark
  public int ocopGrading10000() {
    int certified = 0;
    for (CouncilEvaluation e : evaluations) {
      if (grader.grade(e).isCertified()) {
        certified++;
      }
    }
    return certified;
  }

  /** Allocating 1,000 billion đồng across 10,000 communes by coefficient, exact to the đồng. */
  @Benchmark
  public List<BigInteger> allocationAcross10000Communes() {
    return Apportionment.largestRemainder(BigInteger.valueOf(1_000_000_000_000L), coefficients);
  }

  /** Cold start: reading and validating every bundled catalog (single shot per iteration). */
  @Benchmark
  @BenchmarkMode(Mode.SingleShotTime)
  @Warmup(iterations = 0)
  @Measurement(iterations = 10)
  public Object loadAndValidateEveryCatalog() {
    return org.ntmkit.examples.bench.CatalogLoad.loadAll();
  }
}
