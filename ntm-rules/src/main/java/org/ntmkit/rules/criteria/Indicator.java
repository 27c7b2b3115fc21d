package org.ntmkit.rules.criteria;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.google.common.collect.ImmutableList;
import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.util.Optional;
import org.immutables.value.Value;
import org.ntmkit.core.LocalizedText;
import org.ntmkit.core.NtmStyle;
import org.ntmkit.core.explain.Comparison;
import org.ntmkit.core.law.Provenance;
import org.ntmkit.rules.Title;

/**
 * An indicator (chỉ tiêu) of a criterion: which variables it reads, which parameter it compares
 * them with, and how.
 *
 * <p>JSON, criterion 16.1 of QĐ 1980/QĐ-TTg:
 *
 * <pre>{@code
 * {"id": "16.1", "name": {"vi": "Tỷ lệ thôn đạt tiêu chuẩn văn hóa", "en": "Share of cultural villages"},
 *  "kind": "RATIO", "comparison": "AT_LEAST", "variable": "villages.cultural",
 *  "parameter": "qd1980.16.1", "provenance": "SECONDARY_SOURCE"}
 * }</pre>
 *
 * <p>{@code provenance} grades the indicator's wording and structure (thresholds carry their own).
 */
@Value.Immutable
@NtmStyle
@JsonSerialize(as = ImmutableIndicator.class)
@JsonDeserialize(as = ImmutableIndicator.class)
public interface Indicator {

  /** Its number as in the law, e.g. {@code "17.1"}. */
  @NotBlank
  String getId();

  /** Its wording. */
  @NotNull
  @Valid
  LocalizedText getName();

  /** How it decides. */
  @NotNull
  IndicatorKind getKind();

  /** The comparison of a ratio or number with its requirement; default at least. */
  @Value.Default
  default Comparison getComparison() {
    return Comparison.AT_LEAST;
  }

  /** The variable read (all kinds but composites). */
  Optional<String> getVariable();

  /** The parameter compared with (ratio, number, multiples). */
  Optional<String> getParameter();

  /** For {@link IndicatorKind#MULTIPLE_OF_VARIABLE}: the baseline variable. */
  Optional<String> getBaseline();

  /** For {@link IndicatorKind#MULTIPLE_OF_PARAMETER}: the parameter multiplied. */
  Optional<String> getBaseParameter();

  /** For member shares and counts: the level of the members counted. */
  Optional<UnitLevel> getMemberLevel();

  /** For member shares and counts: the title the members must hold. */
  Optional<Title> getMemberTitle();

  /** For a flag: the value required; default {@code true}. */
  @Value.Default
  default boolean isExpected() {
    return true;
  }

  /** When the indicator applies; absent = always. */
  Optional<@Valid Applicability> getOnlyIf();

  /** The parts of a composite. */
  ImmutableList<@NotNull @Valid Indicator> getParts();

  /** How sure the indicator's wording and structure are. */
  @Value.Default
  default Provenance getProvenance() {
    return Provenance.SECONDARY_SOURCE;
  }

  /** A remark: source, uncertainty. */
  Optional<String> getNote();

  /** Validation: each kind has the fields it needs. */
  @JsonIgnore
  @AssertTrue(
      message =
          "thiếu trường bắt buộc theo loại chỉ tiêu || the indicator lacks a field its kind needs"
              + " (variable, parameter, baseline, baseParameter, memberLevel, memberTitle or parts)")
  default boolean isShapeValid() {
    if (getKind() == null) {
      return true;
    }
    switch (getKind()) {
      case ALL_OF:
      case ANY_OF:
        return !getParts().isEmpty() && getVariable().isEmpty();
      case FLAG:
        return getVariable().isPresent() && getParts().isEmpty();
      case MULTIPLE_OF_VARIABLE:
        return getVariable().isPresent() && getParameter().isPresent() && getBaseline().isPresent();
      case MEMBER_SHARE:
      case MEMBER_COUNT:
        return getMemberLevel().isPresent()
            && getMemberTitle().isPresent()
            && getParameter().isPresent()
            && getVariable().isEmpty();
      case MULTIPLE_OF_PARAMETER:
        return getVariable().isPresent()
            && getParameter().isPresent()
            && getBaseParameter().isPresent();
      default:
        return getVariable().isPresent() && getParameter().isPresent() && getParts().isEmpty();
    }
  }
}
