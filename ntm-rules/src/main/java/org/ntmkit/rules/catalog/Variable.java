package org.ntmkit.rules.catalog;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.util.Optional;
import org.immutables.value.Value;
import org.ntmkit.core.LocalizedText;
import org.ntmkit.core.NtmStyle;
import org.ntmkit.core.quantity.MeasureUnit;

/**
 * A measured variable with a stable name that does not depend on any criteria set, e.g. {@code
 * income.perCapita} or {@code villages.cultural}. Criteria sets read variables; a commune's data
 * gives their values.
 *
 * <p>JSON: {@code {"name": "villages.cultural", "kind": "RATIO", "unit": "COUNT", "domain":
 * "WHOLE_NUMBER", "direction": "HIGHER_IS_BETTER", "label": {…}, "noun": {"vi": "thôn", "en":
 * "villages"}}}.
 */
@Value.Immutable
@NtmStyle
@JsonSerialize(as = ImmutableVariable.class)
@JsonDeserialize(as = ImmutableVariable.class)
public interface Variable {

  /** The stable dotted name. */
  @NotNull
  @Pattern(
      regexp = "[a-z][A-Za-z0-9]*(\\.[a-z][A-Za-z0-9]*)*",
      message =
          "tên biến dạng a.bC.d || a variable name is dotted camelCase, e.g. income.perCapita")
  String getName();

  /** Number, flag or ratio. */
  @NotNull
  VariableKind getKind();

  /** The unit of a number, or of a ratio's numerator and denominator. */
  @NotNull
  MeasureUnit getUnit();

  /**
   * The values its number (or a ratio's numerator and denominator) may take; by default what its
   * unit allows ({@link ValueDomain#forUnit}).
   */
  @Value.Default
  default ValueDomain getDomain() {
    return ValueDomain.forUnit(getUnit());
  }

  /** Which way it improves. */
  @NotNull
  Direction getDirection();

  /** What it measures. */
  @NotNull
  @Valid
  LocalizedText getLabel();

  /** What is counted, for gaps ("cần thêm 2 thôn" / "needs 2 more villages"). */
  Optional<@Valid LocalizedText> getNoun();
}
