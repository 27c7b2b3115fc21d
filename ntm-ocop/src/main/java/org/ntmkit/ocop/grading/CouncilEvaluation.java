package org.ntmkit.ocop.grading;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;
import org.ntmkit.core.NtmStyle;
import org.ntmkit.core.io.InputProblem;
import org.ntmkit.core.io.InvalidInputException;
import org.ntmkit.ocop.CertificationLevel;
import org.ntmkit.ocop.Sector;
import org.ntmkit.ocop.sheet.MemberAnswers;

/**
 * A council's evaluation of one product: which sheet, when, at which level, every member's answers,
 * and which minimum requirements the product meets.
 *
 * <p>JSON:
 *
 * <pre>{@code
 * {"product": "Rau sạch VietGAP", "sheetId": "qd1048.fresh-produce", "date": "2020-10-15",
 *  "councilLevel": "PROVINCE", "sector": "FOOD", "minimumsGroup": 1,
 *  "members": [{"member": "1", "answers": {"A1.1": "c", …}}, …],
 *  "minimums": {"781.C.3star.standardDeclared": true, …}}
 * }</pre>
 */
@Value.Immutable
@NtmStyle
@JsonSerialize(as = ImmutableCouncilEvaluation.class)
@JsonDeserialize(as = ImmutableCouncilEvaluation.class)
public interface CouncilEvaluation {

  /** The product's name. */
  @NotBlank
  String getProduct();

  /** The score sheet used. */
  @NotBlank
  String getSheetId();

  /** The date of the council's session; chooses the rules in force. */
  @NotNull
  LocalDate getDate();

  /** The level of the council. */
  @NotNull
  CertificationLevel getCouncilLevel();

  /** The product's sector (QĐ 1048); community tourism is exempt from the QĐ 781 minimums. */
  Optional<Sector> getSector();

  /** The product's QĐ 781 grouping (1–5), needed by the minimums that name groups. */
  Optional<@Min(1) @Max(5) Integer> getMinimumsGroup();

  /** Every member's answers. */
  @NotEmpty
  ImmutableList<@NotNull @Valid MemberAnswers> getMembers();

  /** Minimum requirement code → whether the product meets it; an absent code is unknown. */
  ImmutableMap<String, Boolean> getMinimums();

  /**
   * No member listed twice (a repeated member would be one more member in the average).
   *
   * @throws InvalidInputException naming each repeat, {@code $.members[i].member}
   */
  @Value.Check
  default void checkNoRepeatedMember() {
    InputProblem.throwIfAny(
        InputProblem.duplicates("$.members", getMembers(), MemberAnswers::getMember, ".member"));
  }

  /** A new builder. */
  static ImmutableCouncilEvaluation.Builder builder() {
    return ImmutableCouncilEvaluation.builder();
  }
}
