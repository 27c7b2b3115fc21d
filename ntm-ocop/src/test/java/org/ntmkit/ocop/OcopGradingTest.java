package org.ntmkit.ocop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.ntmkit.core.Outcome;
import org.ntmkit.core.io.InputProblem;
import org.ntmkit.core.io.InvalidInputException;
import org.ntmkit.core.io.NtmJson;
import org.ntmkit.core.io.ProblemCode;
import org.ntmkit.core.law.Provenance;
import org.ntmkit.ocop.grading.CouncilEvaluation;
import org.ntmkit.ocop.grading.ImmutableCouncilEvaluation;
import org.ntmkit.ocop.grading.OcopGrade;
import org.ntmkit.ocop.grading.OcopGrader;
import org.ntmkit.ocop.sheet.MemberScore;
import org.ntmkit.ocop.sheet.ScoreSheet;

class OcopGradingTest {

  private static final OcopGrader GRADER = OcopGrader.bundled();
  private static final ScoreSheet SHEET = GRADER.sheets().get("qd1048.fresh-produce");

  @Test
  void workedExampleScores63Points() {
    // ocop-and-funding.md §A.9: A 25 + B 12 + C 26 = 63.
    MemberScore score = SHEET.score(WorkedExample.member("1", WorkedExample.answers()));
    assertEquals(Map.of("A", 25, "B", 12, "C", 26), score.getPartPoints());
    assertEquals(63, score.getTotal());
    assertEquals(List.of(), score.getCappedParts());
  }

  @Test
  void councilOfFiveAverages63Point2AndGradesThreeStars() {
    OcopGrade grade = GRADER.grade(WorkedExample.evaluation());

    assertEquals(
        List.of(63, 61, 66, 64, 62),
        grade.getMemberScores().stream().map(MemberScore::getTotal).toList());
    assertEquals(316, grade.getSumOfTotals());
    assertEquals(new BigDecimal("63.20"), grade.getAverageForDisplay());
    assertEquals(Optional.of(StarRating.THREE), grade.getStarByPoints());
    assertEquals(Optional.of(StarRating.THREE), grade.getStar());
    assertEquals(Outcome.MET, grade.getOutcome());
    assertTrue(grade.isCertified());
    // QĐ 1048/QĐ-TTg: the province certifies 3★ and 4★.
    assertEquals(Optional.of(CertificationLevel.PROVINCE), grade.getCertifyingLevel());
    assertEquals(Optional.empty(), grade.getProposedStar());
    assertEquals("points", grade.getExplanation().getChildren().get(0).getSubject());
    assertEquals(
        Optional.of(new BigDecimal("50")),
        grade.getExplanation().getChildren().get(0).getRequired());
  }

  @Test
  void partACapOf35IsEnforcedAndTheTranscriptionDiscrepancyFlagged() {
    // The 1048 fresh-produce Part A maxima add up to 36 against a cap of 35 (CONFLICT in the
    // transcription, ocop148-village-addendum.md §1.6).
    assertEquals(36, SHEET.getParts().get(0).criteriaMaximum());
    assertEquals(35, SHEET.getParts().get(0).getCap());
    assertEquals(1, SHEET.discrepancies().size());
    assertTrue(SHEET.discrepancies().get(0).getEn().contains("add up to 36, not its cap of 35"));

    Map<String, String> best = WorkedExample.answers();
    for (var c : SHEET.criteria().values()) {
      best.put(c.getCode(), c.getOptions().get(c.getOptions().size() - 1).getCode());
    }
    MemberScore top = SHEET.score(WorkedExample.member("max", best));
    assertEquals(Map.of("A", 35, "B", 25, "C", 40), top.getPartPoints());
    assertEquals(100, top.getTotal());
    assertEquals(List.of("A"), top.getCappedParts());
    assertTrue(
        GRADER.grade(WorkedExample.evaluation()).getCaveats().stream()
            .anyMatch(c -> c.getEn().contains("not its cap of 35")));
  }

  @Test
  void failedThreeStarMinimumGradesTwoStarsAndSaysWhich() {
    // QĐ 781/QĐ-TTg: a product that fails a 3★ minimum is graded below 3★ whatever its points.
    CouncilEvaluation e =
        ImmutableCouncilEvaluation.copyOf(WorkedExample.evaluation())
            .withMinimums(
                Map.of(
                    "781.C.3star.standardDeclared",
                    false,
                    "781.C.3star.internalControlTraceability",
                    true));
    OcopGrade grade = GRADER.grade(e);
    assertEquals(Optional.of(StarRating.THREE), grade.getStarByPoints());
    assertEquals(Optional.of(StarRating.TWO), grade.getStar());
    assertFalse(grade.isCertified());
    assertEquals(Optional.empty(), grade.getCertifyingLevel());
    assertTrue(
        grade.getExplanation().getChildren().stream()
            .anyMatch(
                c ->
                    c.getSubject().equals("781.C.3star.standardDeclared")
                        && c.getOutcome() == Outcome.NOT_MET));
  }

  @Test
  void unstatedMinimumLeavesTheStarUndetermined() {
    CouncilEvaluation e =
        ImmutableCouncilEvaluation.copyOf(WorkedExample.evaluation())
            .withMinimums(Map.of("781.C.3star.standardDeclared", true));
    OcopGrade grade = GRADER.grade(e);
    assertEquals(Outcome.UNDETERMINED, grade.getOutcome());
    assertEquals(Optional.empty(), grade.getStar());
    assertEquals(Optional.of(StarRating.THREE), grade.getStarByPoints());
  }

  @Test
  void unknownGroupLeavesAGroupSpecificMinimumUndetermined() {
    CouncilEvaluation e =
        ImmutableCouncilEvaluation.copyOf(WorkedExample.evaluation())
            .withMinimumsGroup(Optional.empty());
    assertEquals(Outcome.UNDETERMINED, GRADER.grade(e).getOutcome());
  }

  @Test
  void communityTourismIsExemptFromQd781Minimums() {
    CouncilEvaluation e =
        ImmutableCouncilEvaluation.copyOf(WorkedExample.evaluation())
            .withSector(Sector.RURAL_TOURISM)
            .withMinimums(Map.of());
    assertEquals(Optional.of(StarRating.THREE), GRADER.grade(e).getStar());
  }

  @Test
  void beforeQd781TherewereNoMinimums() {
    // QĐ 781/QĐ-TTg added the minimums on 08/06/2020; 1048 applied alone from 21/08/2019.
    CouncilEvaluation e =
        ImmutableCouncilEvaluation.copyOf(WorkedExample.evaluation())
            .withDate(LocalDate.of(2019, 12, 1))
            .withMinimums(Map.of());
    OcopGrade grade = GRADER.grade(e);
    assertEquals(Optional.of(StarRating.THREE), grade.getStar());
    assertTrue(grade.getCaveats().stream().noneMatch(c -> c.getEn().contains("781")));
  }

  /** Every member answers every criterion with its best option: ≥ 90 points. */
  private static CouncilEvaluation bestAnswers(CertificationLevel council) {
    Map<String, String> best = WorkedExample.answers();
    for (var c : SHEET.criteria().values()) {
      best.put(c.getCode(), c.getOptions().get(c.getOptions().size() - 1).getCode());
    }
    return ImmutableCouncilEvaluation.copyOf(WorkedExample.evaluation())
        .withCouncilLevel(council)
        .withMembers(WorkedExample.member("1", best))
        .withMinimums(
            Map.of(
                "781.C.3star.standardDeclared", true,
                "781.C.3star.internalControlTraceability", true,
                "781.C.4star.uniqueness", true));
  }

  @Test
  void provinceCouncilScoringNinetyGradesFourStarsAndProposesFive() {
    // QĐ 1048/QĐ-TTg: only the central council certifies 5★; a province's ≥ 90 is a "sản phẩm
    // tiềm năng 5 sao" proposed upwards. That the province meanwhile certifies 4★ is INFERRED.
    OcopGrade grade = GRADER.grade(bestAnswers(CertificationLevel.PROVINCE));
    assertEquals(Optional.of(StarRating.FIVE), grade.getStarByPoints());
    assertEquals(Optional.of(StarRating.FOUR), grade.getStar());
    assertEquals(Optional.of(StarRating.FIVE), grade.getProposedStar());
    assertEquals(Optional.of(CertificationLevel.PROVINCE), grade.getCertifyingLevel());
    assertTrue(grade.isCertified());
    assertTrue(grade.getExplanation().getMessage().getEn().contains("4-star; potential 5-star"));
    assertTrue(grade.getExplanation().getMessage().getVi().contains("tiềm năng 5 sao"));
    var certification =
        grade.getExplanation().getChildren().stream()
            .filter(c -> c.getSubject().equals("certification"))
            .findFirst()
            .orElseThrow();
    assertEquals(Optional.of(Provenance.INFERRED), certification.getProvenance());
    assertTrue(certification.getMessage().getEn().contains("proposed to the central level"));
    assertTrue(grade.getCaveats().stream().anyMatch(c -> c.getEn().contains("5★")));
  }

  @Test
  void centralCouncilScoringNinetyCertifiesFiveStars() {
    OcopGrade grade = GRADER.grade(bestAnswers(CertificationLevel.CENTRAL));
    assertEquals(Optional.of(StarRating.FIVE), grade.getStar());
    assertEquals(Optional.empty(), grade.getProposedStar());
    assertEquals(Optional.of(CertificationLevel.CENTRAL), grade.getCertifyingLevel());
  }

  @Test
  void aDistrictCouncilUnderQd1048CertifiesNothingAndProposesToTheProvince() {
    // QĐ 1048/QĐ-TTg: the province certifies 3★ and 4★; a district council only forwards.
    OcopGrade grade =
        GRADER.grade(
            ImmutableCouncilEvaluation.copyOf(WorkedExample.evaluation())
                .withCouncilLevel(CertificationLevel.DISTRICT));
    assertEquals(Optional.of(StarRating.THREE), grade.getStarByPoints());
    assertEquals(Optional.empty(), grade.getStar());
    assertEquals(Optional.of(StarRating.THREE), grade.getProposedStar());
    assertFalse(grade.isCertified());
    assertTrue(grade.getExplanation().getMessage().getEn().contains("proposed to the province"));
  }

  @Test
  void aDistrictCouncilAfterTheDistrictsCeasedIsRejectedWithItsPath() {
    // Districts ceased on 01/07/2025 (the 2025 reform): no district council grades after it.
    CouncilEvaluation e =
        ImmutableCouncilEvaluation.copyOf(WorkedExample.evaluation())
            .withCouncilLevel(CertificationLevel.DISTRICT)
            .withDate(LocalDate.of(2025, 7, 3));
    InvalidInputException x = assertThrows(InvalidInputException.class, () -> GRADER.grade(e));
    InputProblem p =
        x.getProblems().stream()
            .filter(q -> q.getPath().equals("$.councilLevel"))
            .findFirst()
            .orElseThrow();
    assertEquals(ProblemCode.INCONSISTENT, p.getCode());
  }

  @Test
  void bandBoundariesAreInclusiveLowerBoundsOnTheExactAverage() {
    LocalDate d = LocalDate.of(2020, 10, 15);
    assertEquals(Optional.of(StarRating.THREE), GRADER.starByPoints(50, 1, d));
    assertEquals(Optional.of(StarRating.TWO), GRADER.starByPoints(49, 1, d));
    assertEquals(Optional.of(StarRating.FOUR), GRADER.starByPoints(70, 1, d));
    assertEquals(Optional.of(StarRating.FIVE), GRADER.starByPoints(90, 1, d));
    assertEquals(Optional.of(StarRating.TWO), GRADER.starByPoints(30, 1, d));
    assertEquals(Optional.of(StarRating.ONE), GRADER.starByPoints(29, 1, d));
    // 179 / 2 = 89.5: no rounding before banding, so 4★ not 5★.
    assertEquals(Optional.of(StarRating.FOUR), GRADER.starByPoints(179, 2, d));
    // 349 / 7 = 49.857…: 2★.
    assertEquals(Optional.of(StarRating.TWO), GRADER.starByPoints(349, 7, d));
  }

  @Test
  void the30PointBoundaryUnder148IsMarkedInferred() {
    var value =
        GRADER
            .parameters()
            .find(
                "ocop.band.star2.minAverage",
                org.ntmkit.core.parameter.ParameterQuery.builder()
                    .setDate(LocalDate.of(2024, 1, 1))
                    .build())
            .orElseThrow();
    assertEquals(Provenance.INFERRED, value.getProvenance());
    assertEquals("148/QĐ-TTg", value.getRef().getInstrument());
  }

  @Test
  void badEvaluationsListEveryProblemWithItsPath() {
    Map<String, String> bad = WorkedExample.answers();
    bad.remove("A1.1");
    bad.put("C6", "z");
    bad.put("X9", "a");
    CouncilEvaluation e =
        ImmutableCouncilEvaluation.copyOf(WorkedExample.evaluation())
            .withMembers(
                WorkedExample.member("1", WorkedExample.answers()), WorkedExample.member("2", bad))
            .withDate(LocalDate.of(2023, 3, 1))
            .withMinimums(Map.of("no.such.requirement", true));
    InvalidInputException x = assertThrows(InvalidInputException.class, () -> GRADER.grade(e));
    List<String> paths = x.getProblems().stream().map(InputProblem::getPath).toList();
    assertTrue(paths.contains("$.date"), paths.toString()); // 1048 sheet after 24/02/2023
    assertTrue(paths.contains("$.members[1].answers.A1.1"), paths.toString());
    assertTrue(paths.contains("$.members[1].answers.C6"), paths.toString());
    assertTrue(paths.contains("$.members[1].answers.X9"), paths.toString());
    assertTrue(paths.contains("$.minimums.no.such.requirement"), paths.toString());
  }

  @Test
  void unknownSheetIsAnInputError() {
    CouncilEvaluation e =
        ImmutableCouncilEvaluation.copyOf(WorkedExample.evaluation()).withSheetId("qd148.honey");
    InvalidInputException x = assertThrows(InvalidInputException.class, () -> GRADER.grade(e));
    assertEquals("$.sheetId", x.getProblems().get(0).getPath());
    assertEquals(ProblemCode.UNKNOWN_VALUE, x.getProblems().get(0).getCode());
  }

  @Test
  void evaluationDocumentReadsFromJson() {
    String json = NtmJson.defaults().write(WorkedExample.evaluation());
    CouncilEvaluation back = NtmJson.defaults().read(json, CouncilEvaluation.class);
    assertEquals(WorkedExample.evaluation(), back);
    assertEquals(Optional.of(StarRating.THREE), GRADER.grade(back).getStar());
  }

  @Test
  void whoCertifiesDependsOnTheDecisionInForce() {
    // 1048: province 3★–4★; 148: district 3★, province 4★; 1489 (06/07/2025): province 3★–4★.
    assertEquals(
        Optional.of(CertificationLevel.PROVINCE),
        CertificationLevel.certifying(StarRating.THREE, LocalDate.of(2022, 1, 1)));
    assertEquals(
        Optional.of(CertificationLevel.DISTRICT),
        CertificationLevel.certifying(StarRating.THREE, LocalDate.of(2023, 2, 24)));
    assertEquals(
        Optional.of(CertificationLevel.PROVINCE),
        CertificationLevel.certifying(StarRating.FOUR, LocalDate.of(2024, 1, 1)));
    assertEquals(
        Optional.of(CertificationLevel.DISTRICT),
        CertificationLevel.certifying(StarRating.THREE, LocalDate.of(2025, 6, 30)));
    // 01–05/07/2025: districts had ceased, QĐ 1489 not yet in force — NOT FOUND (audit §1.5).
    assertEquals(
        Optional.empty(),
        CertificationLevel.certifying(StarRating.THREE, LocalDate.of(2025, 7, 1)));
    assertEquals(
        Optional.empty(),
        CertificationLevel.certifying(StarRating.THREE, LocalDate.of(2025, 7, 5)));
    assertEquals(
        Optional.of(CertificationLevel.PROVINCE),
        CertificationLevel.certifying(StarRating.THREE, LocalDate.of(2025, 7, 6)));
    assertEquals(
        Optional.of(CertificationLevel.CENTRAL),
        CertificationLevel.certifying(StarRating.FIVE, LocalDate.of(2025, 7, 6)));
    assertEquals(
        Optional.empty(), CertificationLevel.certifying(StarRating.TWO, LocalDate.of(2024, 1, 1)));
    assertEquals(
        Optional.empty(),
        CertificationLevel.certifying(StarRating.THREE, LocalDate.of(2019, 1, 1)));
  }
}
