package org.ntmkit.ocop.sheet;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;
import org.ntmkit.core.LocalizedText;
import org.ntmkit.core.NtmStyle;
import org.ntmkit.core.io.InputProblem;
import org.ntmkit.core.io.InvalidInputException;
import org.ntmkit.core.io.ProblemCode;
import org.ntmkit.core.law.LegalReference;
import org.ntmkit.core.law.Provenance;
import org.ntmkit.ocop.OcopCriteriaSet;

/**
 * An OCOP score sheet (phiếu đánh giá) for one product set, as data: parts with caps, criteria
 * groups, criteria and their answer options with points (Annex III of QĐ 1048/QĐ-TTg or QĐ
 * 148/QĐ-TTg).
 *
 * <p>A sheet is rejected at load ({@link org.ntmkit.core.io.NtmJson#read}) if its part caps do not
 * add up to 100, an option is worth more than its criterion's maximum, or a code repeats. The
 * bundled sheet is the 1048 sheet for fresh vegetables, tubers, fruit and nuts; a province loads
 * other sheets from its own files.
 *
 * <pre>{@code
 * ScoreSheet sheet = OcopCatalog.bundled().sheet("qd1048.fresh-produce").orElseThrow();
 * MemberScore score = sheet.score(answers);  // 63 points for the worked example
 * }</pre>
 */
@Value.Immutable
@NtmStyle
@JsonSerialize(as = ImmutableScoreSheet.class)
@JsonDeserialize(as = ImmutableScoreSheet.class)
public interface ScoreSheet {

  /** A stable identifier, e.g. {@code "qd1048.fresh-produce"}. */
  @NotBlank
  String getId();

  /** The criteria set the sheet belongs to. */
  @NotNull
  OcopCriteriaSet getCriteriaSet();

  /** The product set it scores ("Rau, củ, quả, hạt tươi"). */
  @NotNull
  @Valid
  LocalizedText getProductSet();

  /** Where the sheet comes from. */
  @NotNull
  @Valid
  LegalReference getRef();

  /** How sure the sheet's values are. */
  @NotNull
  Provenance getProvenance();

  /** Remarks: known discrepancies, translation of labels, … */
  Optional<String> getNote();

  /** The parts A, B, C. */
  @NotEmpty
  ImmutableList<@NotNull @Valid SheetPart> getParts();

  /** Validation: the part caps add up to 100 points. */
  @JsonIgnore
  @AssertTrue(
      message = "tổng điểm tối đa các phần phải bằng 100 || the part caps must add up to 100")
  default boolean isCapsSumTo100() {
    return getParts().stream().filter(p -> p != null).mapToLong(SheetPart::getCap).sum() == 100;
  }

  /** Validation: part and criterion codes are unique. */
  @JsonIgnore
  @AssertTrue(
      message = "mã phần hoặc mã tiêu chí bị trùng || a part or criterion code appears twice")
  default boolean isCodesUnique() {
    Set<String> parts = new HashSet<>();
    Set<String> criteria = new HashSet<>();
    for (SheetPart p : getParts()) {
      if (p == null || !parts.add(p.getCode())) {
        return p == null;
      }
      for (CriteriaGroup g : p.getGroups()) {
        for (SheetCriterion c : g.getCriteria()) {
          if (c != null && !criteria.add(c.getCode())) {
            return false;
          }
        }
      }
    }
    return true;
  }

  /** Every criterion, in sheet order, keyed by code, with the part it belongs to. */
  @Value.Lazy
  default ImmutableMap<String, SheetCriterion> criteria() {
    Map<String, SheetCriterion> map = new LinkedHashMap<>();
    for (SheetPart p : getParts()) {
      for (CriteriaGroup g : p.getGroups()) {
        for (SheetCriterion c : g.getCriteria()) {
          map.putIfAbsent(c.getCode(), c);
        }
      }
    }
    return ImmutableMap.copyOf(map);
  }

  /**
   * Parts whose criteria maxima do not add up to the part's cap, described in both languages — a
   * sign of a transcription error that scoring guards against by enforcing the cap.
   */
  default ImmutableList<LocalizedText> discrepancies() {
    ImmutableList.Builder<LocalizedText> out = ImmutableList.builder();
    for (SheetPart p : getParts()) {
      if (p.criteriaMaximum() != p.getCap()) {
        out.add(
            LocalizedText.of(
                "Phần "
                    + p.getCode()
                    + ": tổng điểm tối đa các tiêu chí là "
                    + p.criteriaMaximum()
                    + ", khác mức trần "
                    + p.getCap()
                    + " của phần",
                "Part "
                    + p.getCode()
                    + ": its criteria maxima add up to "
                    + p.criteriaMaximum()
                    + ", not its cap of "
                    + p.getCap()));
      }
    }
    return out.build();
  }

  /**
   * Scores one council member's answers: the chosen options' points per part, each part capped.
   *
   * @param answers one chosen option code per criterion of the sheet
   * @throws InvalidInputException listing every unanswered criterion, unknown criterion and unknown
   *     option, with paths under {@code $.answers}
   */
  default MemberScore score(MemberAnswers answers) {
    return score(answers, "$");
  }

  /**
   * As {@link #score(MemberAnswers)}, with problem paths under {@code path} (e.g. {@code
   * "$.members[2]"}).
   */
  default MemberScore score(MemberAnswers answers, String path) {
    List<InputProblem> problems = new ArrayList<>();
    for (String code : answers.getAnswers().keySet()) {
      if (!criteria().containsKey(code)) {
        problems.add(
            InputProblem.of(
                path + ".answers." + code,
                ProblemCode.UNKNOWN_VALUE,
                LocalizedText.of(
                    "phiếu " + getId() + " không có tiêu chí này",
                    "sheet " + getId() + " has no such criterion")));
      }
    }
    ImmutableMap.Builder<String, Integer> partPoints = ImmutableMap.builder();
    ImmutableList.Builder<String> capped = ImmutableList.builder();
    int total = 0;
    for (SheetPart part : getParts()) {
      // long: each option is worth at most 100, and no document has 2^56 criteria.
      long points = 0;
      for (CriteriaGroup group : part.getGroups()) {
        for (SheetCriterion c : group.getCriteria()) {
          String chosen = answers.getAnswers().get(c.getCode());
          String at = path + ".answers." + c.getCode();
          if (chosen == null) {
            problems.add(
                InputProblem.of(
                    at,
                    ProblemCode.MISSING,
                    LocalizedText.of("chưa chấm tiêu chí này", "criterion not answered")));
            continue;
          }
          Optional<AnswerOption> option = c.option(chosen);
          if (option.isEmpty()) {
            String allowed =
                String.join(", ", c.getOptions().stream().map(AnswerOption::getCode).toList());
            problems.add(
                InputProblem.of(
                    at,
                    ProblemCode.UNKNOWN_VALUE,
                    LocalizedText.of(
                        "không phải phương án của tiêu chí; cho phép: " + allowed,
                        "not an option of the criterion; allowed: " + allowed),
                    chosen));
            continue;
          }
          points += option.get().getPoints();
        }
      }
      int kept = (int) Math.min(points, part.getCap());
      if (points > part.getCap()) {
        capped.add(part.getCode());
      }
      partPoints.put(part.getCode(), kept);
      total += kept;
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    return ImmutableMemberScore.builder()
        .setMember(answers.getMember())
        .putAllPartPoints(partPoints.build())
        .addAllCappedParts(capped.build())
        .setTotal(total)
        .build();
  }
}
