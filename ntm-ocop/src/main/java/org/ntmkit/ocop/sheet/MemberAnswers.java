package org.ntmkit.ocop.sheet;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.google.common.collect.ImmutableMap;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import org.immutables.value.Value;
import org.ntmkit.core.NtmStyle;

/**
 * One council member's answers on a score sheet: for each criterion code, the code of the chosen
 * option.
 *
 * <p>JSON: {@code {"member": "Thành viên 1", "answers": {"A1.1": "c", "A1.2": "b", …}}}.
 */
@Value.Immutable
@NtmStyle
@JsonSerialize(as = ImmutableMemberAnswers.class)
@JsonDeserialize(as = ImmutableMemberAnswers.class)
public interface MemberAnswers {

  /** Who answered (a name or a seat number). */
  @NotBlank
  String getMember();

  /** Criterion code → chosen option code. */
  @NotEmpty
  ImmutableMap<String, String> getAnswers();

  /** A new builder. */
  static ImmutableMemberAnswers.Builder builder() {
    return ImmutableMemberAnswers.builder();
  }
}
