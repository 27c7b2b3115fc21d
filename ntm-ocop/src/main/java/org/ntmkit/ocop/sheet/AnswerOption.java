package org.ntmkit.ocop.sheet;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import org.immutables.value.Value;
import org.ntmkit.core.LocalizedText;
import org.ntmkit.core.NtmStyle;

/**
 * One answer a council member can choose for a criterion, and its points.
 *
 * <p>JSON: {@code {"code": "c", "label": {"vi": "…", "en": "75–100% in-province"}, "points": 3}}.
 */
@Value.Immutable
@NtmStyle
@JsonSerialize(as = ImmutableAnswerOption.class)
@JsonDeserialize(as = ImmutableAnswerOption.class)
public interface AnswerOption {

  /** The option's code within its criterion, e.g. {@code "c"}. */
  @NotBlank
  String getCode();

  /** What the option says. */
  @NotNull
  @Valid
  LocalizedText getLabel();

  /** The points it is worth: 0 to 100 (a whole sheet is worth 100). */
  @PositiveOrZero
  @jakarta.validation.constraints.Max(100)
  int getPoints();
}
