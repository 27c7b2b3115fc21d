package org.ntmkit.ocop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.ntmkit.core.Outcome;
import org.ntmkit.ocop.certificate.CertificateRules;
import org.ntmkit.ocop.certificate.CertificateStatus;
import org.ntmkit.ocop.certificate.OcopCertificate;
import org.ntmkit.ocop.grading.CouncilEvaluation;
import org.ntmkit.ocop.grading.ImmutableCouncilEvaluation;
import org.ntmkit.ocop.grading.OcopGrade;
import org.ntmkit.ocop.grading.OcopGrader;
import org.ntmkit.ocop.sheet.MemberAnswers;
import org.ntmkit.ocop.sheet.MemberScore;
import org.ntmkit.ocop.sheet.ScoreSheet;
import org.ntmkit.ocop.sheet.SheetCriterion;

class OcopProperties {

  private static final OcopGrader GRADER = OcopGrader.bundled();
  private static final ScoreSheet SHEET = GRADER.sheets().get("qd1048.fresh-produce");

  @Property
  void bandsPartitionZeroToHundredWithoutGapOrOverlap(
      @ForAll @IntRange(min = 1, max = 9) int members,
      @ForAll @IntRange(min = 0, max = 900) int sum,
      @ForAll("dates") LocalDate date) {
    int s = Math.min(sum, 100 * members);
    StarRating star = GRADER.starByPoints(s, members, date).orElseThrow();
    // Exactly one band holds the exact average s/members: lower ≤ avg < next lower.
    int[] lower = {0, 30, 50, 70, 90, Integer.MAX_VALUE};
    int k = star.stars() - 1;
    assertTrue((long) lower[k] * members <= s, "at or above the band's lower bound");
    assertTrue(k == 4 || s < (long) lower[k + 1] * members, "below the next band");
  }

  @Property
  void morePointsNeverFewerStars(
      @ForAll @IntRange(min = 1, max = 9) int members,
      @ForAll @IntRange(min = 0, max = 899) int sum,
      @ForAll("dates") LocalDate date) {
    int s = Math.min(sum, 100 * members - 1);
    assertTrue(
        GRADER
                .starByPoints(s, members, date)
                .orElseThrow()
                .compareTo(GRADER.starByPoints(s + 1, members, date).orElseThrow())
            <= 0);
  }

  @Property(tries = 300)
  void averageLiesBetweenTheLowestAndHighestMemberTotal(
      @ForAll("councils") List<MemberAnswers> council) {
    CouncilEvaluation e =
        ImmutableCouncilEvaluation.copyOf(WorkedExample.evaluation()).withMembers(council);
    OcopGrade g = GRADER.grade(e);
    int min = g.getMemberScores().stream().mapToInt(MemberScore::getTotal).min().orElseThrow();
    int max = g.getMemberScores().stream().mapToInt(MemberScore::getTotal).max().orElseThrow();
    assertTrue((long) min * council.size() <= g.getSumOfTotals());
    assertTrue(g.getSumOfTotals() <= (long) max * council.size());
    assertTrue(max <= 100 && min >= 0);
  }

  @Property(tries = 300)
  void aFailedMinimumCapsTheStarBelowItsLevel(
      @ForAll("councils") List<MemberAnswers> council, @ForAll("minimumCodes") String failed) {
    Map<String, Boolean> facts = new HashMap<>();
    for (String code :
        List.of(
            "781.C.2star.qualityDossier",
            "781.C.3star.standardDeclared",
            "781.C.3star.internalControlTraceability",
            "781.C.3star.artisticValue",
            "781.C.4star.uniqueness")) {
      facts.put(code, !code.equals(failed));
    }
    int level = Integer.parseInt(failed.substring(6, 7));
    for (int group = 1; group <= 5; group++) {
      CouncilEvaluation e =
          ImmutableCouncilEvaluation.copyOf(WorkedExample.evaluation())
              .withMembers(council)
              .withMinimumsGroup(group)
              .withMinimums(facts);
      OcopGrade g = GRADER.grade(e);
      assertEquals(Outcome.MET, g.getOutcome());
      StarRating star = g.getStar().orElseThrow();
      assertTrue(star.compareTo(g.getStarByPoints().orElseThrow()) <= 0, "never above the points");
      boolean applies =
          !(failed.contains("qualityDossier") && group < 4)
              && !(failed.contains("internalControl") && group == 5)
              && !(failed.contains("artisticValue") && group != 5)
              && !(failed.contains("uniqueness") && group == 5);
      if (applies) {
        assertTrue(
            star.stars() < level, failed + " failed in group " + group + " but graded " + star);
      }
    }
  }

  @Property
  void certificateValidOnItsIssueDateAndExpired36MonthsAfter(@ForAll("dates") LocalDate issued) {
    OcopCertificate c =
        OcopCertificate.builder()
            .setProduct("x")
            .setStar(StarRating.FOUR)
            .setDecisionDate(issued)
            .setIssuer(CertificationLevel.PROVINCE)
            .build();
    CertificateRules rules = CertificateRules.bundled();
    assertEquals(CertificateStatus.VALID, rules.status(c, issued).orElseThrow());
    assertEquals(CertificateStatus.EXPIRED, rules.status(c, issued.plusMonths(36)).orElseThrow());
    assertTrue(
        rules.status(c, issued.plusMonths(36).minusDays(1)).orElseThrow()
            != CertificateStatus.EXPIRED);
  }

  @Provide
  Arbitrary<LocalDate> dates() {
    return Arbitraries.integers()
        .between(0, 365 * 7)
        .map(d -> LocalDate.of(2019, 8, 21).plusDays(d));
  }

  @Provide
  Arbitrary<String> minimumCodes() {
    return Arbitraries.of(
        "781.C.2star.qualityDossier",
        "781.C.3star.standardDeclared",
        "781.C.3star.internalControlTraceability",
        "781.C.3star.artisticValue",
        "781.C.4star.uniqueness");
  }

  @Provide
  Arbitrary<List<MemberAnswers>> councils() {
    Arbitrary<MemberAnswers> member =
        Combinators.combine(
                SHEET.criteria().values().stream().map(OcopProperties::anyOption).toList())
            .as(
                choices -> {
                  Map<String, String> answers = new HashMap<>();
                  int i = 0;
                  for (SheetCriterion c : SHEET.criteria().values()) {
                    answers.put(c.getCode(), choices.get(i++));
                  }
                  return WorkedExample.member("m", answers);
                });
    // Seats 1…n: a council member appears once (a repeated member is rejected).
    return member
        .list()
        .ofMinSize(1)
        .ofMaxSize(7)
        .map(
            list ->
                java.util.stream.IntStream.range(0, list.size())
                    .<MemberAnswers>mapToObj(
                        i ->
                            org.ntmkit.ocop.sheet.ImmutableMemberAnswers.copyOf(list.get(i))
                                .withMember(String.valueOf(i + 1)))
                    .toList());
  }

  private static Arbitrary<String> anyOption(SheetCriterion c) {
    return Arbitraries.of(c.getOptions().stream().map(o -> o.getCode()).toList());
  }
}
