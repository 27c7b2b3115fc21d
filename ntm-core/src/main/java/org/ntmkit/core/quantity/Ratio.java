package org.ntmkit.core.quantity;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import org.immutables.value.Value;
import org.ntmkit.core.LocalizedText;
import org.ntmkit.core.NtmStyle;
import org.ntmkit.core.io.InputProblem;
import org.ntmkit.core.io.InvalidInputException;
import org.ntmkit.core.io.ProblemCode;

/**
 * A part of a whole, kept as numerator and denominator and compared exactly: 7 of 10 villages, 3.2
 * of 12.5 km of road.
 *
 * <p>A ratio indicator of the law ("≥ 70% of villages are cultural villages", QĐ 1980/QĐ-TTg
 * criterion 16.1) is decided without division or rounding: {@code n·100 ≥ p·d}.
 *
 * <pre>{@code
 * Ratio villages = Ratio.of(7, 10);
 * villages.isAtLeast(Percentage.of(70)); // true: exactly at the boundary meets "≥"
 * Ratio.of(69, 100).isAtLeast(Percentage.of(70)); // false
 * Ratio.of(6, 10).shortfall(Percentage.of(70)); // 1: one more village is needed
 * }</pre>
 *
 * <p>JSON: {@code {"numerator": 7, "denominator": 10}}; the numerator lies between 0 and the
 * denominator, and the denominator is positive. Immutable and thread-safe.
 */
@Value.Immutable
@NtmStyle
@JsonSerialize(as = ImmutableRatio.class)
@JsonDeserialize(as = ImmutableRatio.class)
public interface Ratio {

  /**
   * The part, e.g. villages recognised as cultural villages; 0 or more. (Never null: the generated
   * type refuses to build without it, and a document without it is rejected on reading; so no
   * {@code @NotNull} for the validator to check on each of a commune's twenty-odd ratios.)
   */
  @Value.Parameter
  @PositiveOrZero
  BigDecimal getNumerator();

  /** The whole, e.g. all villages of the commune; more than 0 (never null, as the numerator). */
  @Value.Parameter
  @Positive
  BigDecimal getDenominator();

  /** Validation: the part cannot exceed the whole. */
  @JsonIgnore
  @AssertTrue(
      message = "tử số không được lớn hơn mẫu số || the numerator must not exceed the denominator")
  default boolean isNumeratorWithinDenominator() {
    return getNumerator() == null
        || getDenominator() == null
        || getNumerator().compareTo(getDenominator()) <= 0;
  }

  /**
   * The invariant, checked whenever a ratio is built — by {@link #of}, by the generated builder or
   * from JSON — so that no invalid ratio exists: {@code 0 ≤ numerator ≤ denominator}, {@code
   * denominator > 0}. The problems have paths relative to the ratio ({@code $.numerator}).
   *
   * @throws InvalidInputException listing what is wrong
   */
  @Value.Check
  default void checkInvariant() {
    List<InputProblem> problems = new ArrayList<>(2);
    if (getDenominator().signum() <= 0) {
      problems.add(
          InputProblem.of(
              "$.denominator",
              ProblemCode.OUT_OF_RANGE,
              LocalizedText.of("phải lớn hơn 0", "must be greater than 0"),
              getDenominator()));
    }
    if (getNumerator().signum() < 0) {
      problems.add(
          InputProblem.of(
              "$.numerator",
              ProblemCode.OUT_OF_RANGE,
              LocalizedText.of("không được âm", "must not be negative"),
              getNumerator()));
    } else if (problems.isEmpty() && !isNumeratorWithinDenominator()) {
      problems.add(
          InputProblem.of(
              "$",
              ProblemCode.INCONSISTENT,
              LocalizedText.of(
                  "tử số không được lớn hơn mẫu số",
                  "the numerator must not exceed the denominator")));
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
  }

  /**
   * A ratio of whole counts.
   *
   * @throws IllegalArgumentException unless {@code 0 ≤ numerator ≤ denominator} and {@code
   *     denominator > 0}
   */
  static Ratio of(long numerator, long denominator) {
    return of(BigDecimal.valueOf(numerator), BigDecimal.valueOf(denominator));
  }

  /**
   * A ratio of exact quantities (e.g. kilometres).
   *
   * @throws IllegalArgumentException unless {@code 0 ≤ numerator ≤ denominator} and {@code
   *     denominator > 0}
   */
  static Ratio of(BigDecimal numerator, BigDecimal denominator) {
    if (denominator.signum() <= 0) {
      throw new IllegalArgumentException("denominator must be positive, was " + denominator);
    }
    if (numerator.signum() < 0 || numerator.compareTo(denominator) > 0) {
      throw new IllegalArgumentException(
          "numerator must lie between 0 and the denominator " + denominator + ", was " + numerator);
    }
    return ImmutableRatio.of(numerator, denominator);
  }

  /** Compares this ratio with a percentage exactly: negative, zero or positive. */
  default int compareTo(Percentage percentage) {
    return getNumerator()
        .multiply(BigDecimal.valueOf(100))
        .compareTo(percentage.value().multiply(getDenominator()));
  }

  /** Whether this ratio is at least the percentage ("≥ p%"), decided exactly. */
  default boolean isAtLeast(Percentage percentage) {
    return compareTo(percentage) >= 0;
  }

  /** Whether this ratio is at most the percentage ("≤ p%"), decided exactly. */
  default boolean isAtMost(Percentage percentage) {
    return compareTo(percentage) <= 0;
  }

  /**
   * How much the numerator must grow, with the same denominator, to reach at least the percentage:
   * {@code max(0, p·d/100 − n)}, exact. For counts, round it up to whole units with {@link
   * BigDecimal#setScale(int, RoundingMode) setScale(0, CEILING)}.
   */
  default BigDecimal shortfall(Percentage percentage) {
    BigDecimal needed = percentage.value().multiply(getDenominator()).movePointLeft(2);
    BigDecimal gap = needed.subtract(getNumerator());
    return gap.signum() > 0 ? gap.stripTrailingZeros() : BigDecimal.ZERO;
  }

  /** The exact percentage as a decimal rounded half-up to {@code decimals} places, for display. */
  default BigDecimal percentHalfUp(int decimals) {
    return getNumerator()
        .multiply(BigDecimal.valueOf(100))
        .divide(getDenominator(), Formatting.checkDecimals(decimals), RoundingMode.HALF_UP);
  }
}
