package org.ntmkit.core.quantity;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;
import org.ntmkit.core.Language;

/**
 * A percentage between 0 and 100, exact: the "70" of "at least 70% of villages".
 *
 * <pre>{@code
 * Percentage p = Percentage.of(70);
 * p.minimumCountOf(10);  // 7  (7 of 10 meets "≥ 70%")
 * Percentage.of(10).minimumCountOf(182); // 19 (18.2 rounds up)
 * }</pre>
 *
 * <p>JSON: a number, {@code 70} or {@code 72.5}. Immutable and thread-safe; {@link #equals} ignores
 * trailing zeros ({@code 70} equals {@code 70.0}).
 */
public final class Percentage implements Comparable<Percentage> {

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private final BigDecimal value;

  private Percentage(BigDecimal value) {
    this.value = value;
  }

  /**
   * The percentage {@code value}%.
   *
   * @throws IllegalArgumentException if the value is below 0 or above 100
   */
  @JsonCreator
  public static Percentage of(BigDecimal value) {
    Objects.requireNonNull(value, "value");
    if (value.signum() < 0 || value.compareTo(HUNDRED) > 0) {
      throw new IllegalArgumentException("a percentage must lie between 0 and 100, was " + value);
    }
    return new Percentage(value.stripTrailingZeros());
  }

  /** The percentage {@code value}%, 0 to 100. */
  public static Percentage of(long value) {
    return of(BigDecimal.valueOf(value));
  }

  /** Parses {@code "70"} or {@code "72.5"}. */
  public static Percentage parse(String text) {
    return of(new BigDecimal(text));
  }

  /** The number of percent, e.g. {@code 70}. */
  @JsonValue
  public BigDecimal value() {
    return value;
  }

  /** The fraction of one, e.g. {@code 0.7}. */
  public BigDecimal fraction() {
    return value.movePointLeft(2);
  }

  /**
   * The fewest of {@code total} units that make at least this percentage: ⌈p·total/100⌉.
   *
   * <p>Legal use: "at least 10% of communes are model communes" with 182 communes needs 19 (seed
   * report, target for 2025).
   *
   * @param total the number of units, not negative
   */
  public long minimumCountOf(long total) {
    if (total < 0) {
      throw new IllegalArgumentException("total must not be negative, was " + total);
    }
    return value
        .multiply(BigDecimal.valueOf(total))
        .divide(HUNDRED, 0, RoundingMode.CEILING)
        .longValueExact();
  }

  /**
   * Prints with half-up rounding and a percent sign: {@code "17,7%"} (VI), {@code "17.7%"} (EN).
   */
  public String format(int decimals, Language language) {
    return Formatting.halfUp(value, decimals, language) + "%";
  }

  @Override
  public int compareTo(Percentage other) {
    return value.compareTo(other.value);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Percentage && ((Percentage) o).value.compareTo(value) == 0;
  }

  @Override
  public int hashCode() {
    return value.hashCode();
  }

  @Override
  public String toString() {
    return value.toPlainString() + "%";
  }
}
