package org.ntmkit.ocop.sheet;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.google.common.collect.ImmutableList;
import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;
import org.ntmkit.core.LocalizedText;
import org.ntmkit.core.NtmStyle;

/**
 * A criterion of a score sheet: one answer is chosen among its options.
 *
 * <p>JSON: {@code {"code": "A1.1", "name": {…}, "maxPoints": 3, "options": [ … ]}}. No option may
 * be worth more than {@code maxPoints}; option codes are unique.
 */
@Value.Immutable
@NtmStyle
@JsonSerialize(as = ImmutableSheetCriterion.class)
@JsonDeserialize(as = ImmutableSheetCriterion.class)
public interface SheetCriterion {

  /** The criterion's number as in the annex, e.g. {@code "A1.1"}. */
  @NotBlank
  String getCode();

  /** Its name. */
  @NotNull
  @Valid
  LocalizedText getName();

  /** The most points it can give: 0 to 100 (a whole sheet is worth 100). */
  @PositiveOrZero
  @jakarta.validation.constraints.Max(100)
  int getMaxPoints();

  /** The answers to choose from. */
  @NotEmpty
  ImmutableList<@NotNull @Valid AnswerOption> getOptions();

  /** Validation: no option is worth more than the criterion's maximum. */
  @JsonIgnore
  @AssertTrue(
      message =
          "có phương án vượt quá điểm tối đa của tiêu chí || an option is worth more than the"
              + " criterion's maximum")
  default boolean isOptionsWithinMaximum() {
    return getOptions().stream().allMatch(o -> o == null || o.getPoints() <= getMaxPoints());
  }

  /** Validation: option codes are unique. */
  @JsonIgnore
  @AssertTrue(message = "mã phương án bị trùng || an option code appears twice")
  default boolean isOptionCodesUnique() {
    Set<String> seen = new HashSet<>();
    return getOptions().stream().allMatch(o -> o == null || seen.add(o.getCode()));
  }

  /** The option with a code. */
  default Optional<AnswerOption> option(String code) {
    return getOptions().stream().filter(o -> o.getCode().equals(code)).findFirst();
  }
}
