package org.ntmkit.core;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import jakarta.validation.constraints.NotBlank;
import org.immutables.value.Value;

/**
 * A text in Vietnamese and English, e.g. a criterion's name or an explanation.
 *
 * <pre>{@code
 * LocalizedText name = LocalizedText.of("Thu nhập", "Income");
 * name.get(Language.VI); // "Thu nhập"
 * }</pre>
 *
 * <p>JSON: {@code {"vi": "Thu nhập", "en": "Income"}}. Both texts are required and not blank.
 * Immutable and thread-safe.
 */
@Value.Immutable
@NtmStyle
@JsonSerialize(as = ImmutableLocalizedText.class)
@JsonDeserialize(as = ImmutableLocalizedText.class)
public interface LocalizedText {

  /** The Vietnamese text. */
  @Value.Parameter
  @NotBlank
  String getVi();

  /** The English text. */
  @Value.Parameter
  @NotBlank
  String getEn();

  /** The text in the given language. */
  default String get(Language language) {
    return language == Language.VI ? getVi() : getEn();
  }

  /**
   * A text in both languages.
   *
   * @param vi Vietnamese, not null
   * @param en English, not null
   */
  static LocalizedText of(String vi, String en) {
    return ImmutableLocalizedText.of(vi, en);
  }
}
