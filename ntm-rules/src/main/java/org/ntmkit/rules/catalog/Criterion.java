package org.ntmkit.rules.catalog;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.google.common.collect.ImmutableList;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.util.Optional;
import org.immutables.value.Value;
import org.ntmkit.core.LocalizedText;
import org.ntmkit.core.NtmStyle;

/**
 * A criterion (tiêu chí) of a set: met when every applicable indicator is met. A criterion whose
 * indicators are not known (NOT FOUND) has none and evaluates to {@code UNDETERMINED}.
 */
@Value.Immutable
@NtmStyle
@JsonSerialize(as = ImmutableCriterion.class)
@JsonDeserialize(as = ImmutableCriterion.class)
public interface Criterion {

  /** Its number as in the law, e.g. {@code "17"}. */
  @NotBlank
  String getNumber();

  /** Its name. */
  @NotNull
  @Valid
  LocalizedText getName();

  /** Its indicators; empty when they are not known. */
  ImmutableList<@NotNull @Valid Indicator> getIndicators();

  /**
   * Whether the indicators listed are all the criterion has. When some are not known (NOT FOUND),
   * the criterion can be found not met but never met: its outcome is at best {@code UNDETERMINED}.
   */
  @Value.Default
  default boolean isIndicatorsComplete() {
    return true;
  }

  /**
   * Whether every indicator of the criterion is known: it has indicators and {@link
   * #isIndicatorsComplete()}. A criterion that is not can be found not met, never met.
   */
  @JsonIgnore
  default boolean isFullyKnown() {
    return !getIndicators().isEmpty() && isIndicatorsComplete();
  }

  /**
   * Whether this is a precondition of the title rather than one of the numbered criteria, e.g. QĐ
   * 558/QĐ-TTg's "100% of the district's communes NTM" beside its 9 criteria. It decides the title
   * like any criterion; reports count it apart ("6 of 9 criteria met").
   */
  @Value.Default
  default boolean isPrecondition() {
    return false;
  }

  /** A remark. */
  Optional<String> getNote();
}
