package org.ntmkit.ocop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigInteger;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;
import org.ntmkit.core.io.InputProblem;
import org.ntmkit.core.io.InvalidInputException;
import org.ntmkit.core.io.NtmJson;
import org.ntmkit.core.io.ProblemCode;
import org.ntmkit.ocop.grading.CouncilEvaluation;
import org.ntmkit.ocop.grading.ImmutableCouncilEvaluation;
import org.ntmkit.ocop.grading.OcopGrader;
import org.ntmkit.ocop.sheet.AnswerOption;
import org.ntmkit.ocop.sheet.CriteriaGroup;
import org.ntmkit.ocop.sheet.MemberScore;
import org.ntmkit.ocop.sheet.ScoreSheet;
import org.ntmkit.ocop.sheet.SheetCriterion;
import org.ntmkit.ocop.sheet.SheetPart;

/**
 * Issue #15, classes 3 and 4: a sheet with huge option points scored 19 where the cap is 35 (an
 * {@code int} sum that wrapped), and a council member listed twice was a sixth member. Points are
 * 0–100 per option and criterion (QĐ 1048/QĐ-TTg: a sheet is worth 100), sums cannot wrap, and a
 * repeated member is rejected.
 */
class OcopArithmeticTest {

  private static final OcopGrader GRADER = OcopGrader.bundled();
  private static final ScoreSheet SHEET = GRADER.sheets().get("qd1048.fresh-produce");
  private static final NtmJson JSON = NtmJson.defaults();

  @Test
  void anOptionWorthMoreThanASheetIsRejectedWithItsPath() throws Exception {
    ObjectMapper m = new ObjectMapper();
    ObjectNode sheet = (ObjectNode) m.readTree(JSON.write(SHEET));
    ((ObjectNode) sheet.at("/parts/0/groups/0/criteria/0/options/0"))
        .put("points", Integer.MAX_VALUE);
    InvalidInputException e =
        assertThrows(
            InvalidInputException.class,
            () -> JSON.read(m.writeValueAsString(sheet), ScoreSheet.class));
    assertTrue(
        e.getProblems().stream()
            .anyMatch(
                p ->
                    p.getPath().equals("$.parts[0].groups[0].criteria[0].options[0].points")
                        && p.getCode() == ProblemCode.OUT_OF_RANGE),
        e.getProblems().toString());
  }

  /**
   * Whatever the options chosen, each part scores the exact sum of its points (computed here in
   * {@link BigInteger}) capped at the part's cap — so no sum wraps below the cap.
   */
  @Property(tries = 200)
  void eachPartScoresItsExactSumCappedAtItsCap(
      @ForAll @Size(100) List<@IntRange(min = 0, max = 9) Integer> choices) {
    Map<String, String> answers = new LinkedHashMap<>();
    int k = 0;
    for (SheetCriterion c : SHEET.criteria().values()) {
      List<AnswerOption> options = c.getOptions();
      answers.put(c.getCode(), options.get(choices.get(k++ % 100) % options.size()).getCode());
    }
    MemberScore s =
        SHEET.score(
            org.ntmkit.ocop.sheet.MemberAnswers.builder()
                .setMember("1")
                .putAllAnswers(answers)
                .build());
    long total = 0;
    for (SheetPart part : SHEET.getParts()) {
      BigInteger sum = BigInteger.ZERO;
      for (CriteriaGroup g : part.getGroups()) {
        for (SheetCriterion c : g.getCriteria()) {
          sum =
              sum.add(
                  BigInteger.valueOf(c.option(answers.get(c.getCode())).orElseThrow().getPoints()));
        }
      }
      BigInteger expected = sum.min(BigInteger.valueOf(part.getCap()));
      assertEquals(expected.intValueExact(), s.getPartPoints().get(part.getCode()));
      assertEquals(
          sum.compareTo(BigInteger.valueOf(part.getCap())) > 0,
          s.getCappedParts().contains(part.getCode()));
      total += expected.longValueExact();
    }
    assertEquals(total, s.getTotal());
  }

  @Test
  void aCouncilMemberListedTwiceIsRejectedNotASixthMember() {
    CouncilEvaluation five = WorkedExample.evaluation();
    InvalidInputException e =
        assertThrows(
            InvalidInputException.class,
            () ->
                ImmutableCouncilEvaluation.copyOf(five)
                    .withMembers(concat(five.getMembers(), five.getMembers().get(2))));
    InputProblem p = e.getProblems().get(0);
    assertEquals("$.members[5].member", p.getPath());
    assertEquals(ProblemCode.DUPLICATE, p.getCode());
    assertTrue(p.getMessage().getEn().contains("$.members[2]"));
    // And in a document: rejected on reading, same path.
    String json = JSON.write(five);
    String repeated = json.replaceFirst("\"members\":\\[(\\{.*?\\}\\}),", "\"members\":[$1,$1,");
    InvalidInputException read =
        assertThrows(
            InvalidInputException.class, () -> JSON.read(repeated, CouncilEvaluation.class));
    assertEquals("$.members[1].member", read.getProblems().get(0).getPath());
  }

  private static <T> List<T> concat(List<T> list, T more) {
    List<T> out = new java.util.ArrayList<>(list);
    out.add(more);
    return out;
  }
}
