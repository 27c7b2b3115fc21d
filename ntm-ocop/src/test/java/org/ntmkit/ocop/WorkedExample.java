package org.ntmkit.ocop;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ntmkit.ocop.grading.CouncilEvaluation;
import org.ntmkit.ocop.sheet.ImmutableMemberAnswers;
import org.ntmkit.ocop.sheet.MemberAnswers;

/**
 * The illustrative example of {@code shared/domain/ocop-and-funding.md} §A.9 on the QĐ 1048
 * fresh-produce sheet: pre-washed VietGAP vegetables from a cooperative, 25 + 12 + 26 = 63 points.
 */
final class WorkedExample {
  private WorkedExample() {}

  /** The §A.9 choices (option codes in the order the sheet lists them). */
  static Map<String, String> answers() {
    Map<String, String> a = new LinkedHashMap<>();
    // Part A: 3+1+2+1+3+0 | 3+2+1 | 3+2+1+1+1+1 = 25
    a.put("A1.1", "c");
    a.put("A1.2", "b");
    a.put("A1.3", "b");
    a.put("A1.4", "b");
    a.put("A1.5", "c");
    a.put("A1.6", "a");
    a.put("A2.1", "d");
    a.put("A2.2", "c");
    a.put("A2.3", "b");
    a.put("A3.1", "c");
    a.put("A3.2a", "b");
    a.put("A3.2b", "b");
    a.put("A3.3", "b");
    a.put("A3.4", "b");
    a.put("A3.5", "b");
    // Part B: 2+1+2+3+2+2 = 12
    a.put("B1.1", "b");
    a.put("B1.2", "b");
    a.put("B1.3", "c");
    a.put("B2.1", "d");
    a.put("B2.2", "c");
    a.put("B2.3", "b");
    // Part C: 2+5+3+2+2+1+1+2+3+4+1 = 26
    a.put("C1.1", "c");
    a.put("C1.2", "d");
    a.put("C1.3", "d");
    a.put("C1.4", "c");
    a.put("C1.5", "c");
    a.put("C2", "b");
    a.put("C3", "b");
    a.put("C4.1", "c");
    a.put("C4.2", "d");
    a.put("C5", "e");
    a.put("C6", "a");
    return a;
  }

  static MemberAnswers member(String name, Map<String, String> answers) {
    return ImmutableMemberAnswers.builder().setMember(name).putAllAnswers(answers).build();
  }

  static Map<String, String> with(String criterion, String option) {
    Map<String, String> a = answers();
    a.put(criterion, option);
    return a;
  }

  /** A council of five scoring 63, 61, 66, 64, 62 (§A.9): 316 / 5 = 63.2. */
  static List<MemberAnswers> councilOfFive() {
    return List.of(
        member("1", answers()), // 63
        member("2", with("C1.1", "a")), // 63 − 2 = 61
        member("3", with("C1.2", "e")), // 63 + 3 = 66
        member("4", with("C2", "c")), // 63 + 1 = 64
        member("5", with("C2", "a"))); // 63 − 1 = 62
  }

  /** The evaluation at a provincial council in October 2020 (QĐ 1048 + QĐ 781 in force). */
  static CouncilEvaluation evaluation() {
    return CouncilEvaluation.builder()
        .setProduct("Rau sạch VietGAP")
        .setSheetId("qd1048.fresh-produce")
        .setDate(LocalDate.of(2020, 10, 15))
        .setCouncilLevel(CertificationLevel.PROVINCE)
        .setSector(Sector.FOOD)
        .setMinimumsGroup(1)
        .addAllMembers(councilOfFive())
        .putMinimums("781.C.3star.standardDeclared", true)
        .putMinimums("781.C.3star.internalControlTraceability", true)
        .build();
  }
}
