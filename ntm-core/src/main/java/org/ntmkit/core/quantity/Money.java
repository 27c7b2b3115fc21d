package org.ntmkit.core.quantity;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.math.BigDecimal;
import java.math.RoundingMode;
import org.ntmkit.core.Language;

/**
 * An amount of Vietnamese đồng, whole and exact ({@code long}, up to about 9.2 × 10<sup>18</sup>
 * đồng — far above any national budget).
 *
 * <pre>{@code
 * Money total = Money.ofMillions(9_578_694);        // the seed report's 2020 total
 * total.format(MoneyUnit.MILLION, 0, Language.VI);  // "9.578.694 triệu đồng"
 * total.format(MoneyUnit.BILLION, 1, Language.EN);  // "9,578.7 billion VND"
 * }</pre>
 *
 * <p>JSON: a whole number of đồng, {@code 36000000}. Arithmetic is exact and fails on overflow.
 * Immutable and thread-safe.
 */
public final class Money implements Comparable<Money> {

  /** No money. */
  public static final Money ZERO = new Money(0);

  private final long dong;

  private Money(long dong) {
    this.dong = dong;
  }

  /** An amount in đồng (may be negative, e.g. a discrepancy between a total and its parts). */
  public static Money ofDong(long dong) {
    return dong == 0 ? ZERO : new Money(dong);
  }

  /**
   * Reads a JSON number of đồng.
   *
   * @throws IllegalArgumentException unless it is a whole number of đồng within the range of {@code
   *     long}
   */
  @JsonCreator
  static Money fromJson(BigDecimal dong) {
    try {
      return ofDong(dong.longValueExact());
    } catch (ArithmeticException e) {
      throw new IllegalArgumentException(
          "an amount is a whole number of đồng up to 9223372036854775807, was " + dong, e);
    }
  }

  /**
   * An amount in million đồng, the unit of provincial reports.
   *
   * @throws ArithmeticException on overflow
   */
  public static Money ofMillions(long millions) {
    return ofDong(Math.multiplyExact(millions, 1_000_000L));
  }

  /**
   * An amount given in a unit, e.g. {@code of(new BigDecimal("36.5"), MILLION)}.
   *
   * @throws ArithmeticException if it is not a whole number of đồng or overflows
   */
  public static Money of(BigDecimal amount, MoneyUnit unit) {
    return ofDong(amount.scaleByPowerOfTen(unit.powerOfTen()).longValueExact());
  }

  /** The amount in đồng. */
  @JsonValue
  public long dong() {
    return dong;
  }

  /** The exact amount in a unit: 9,578,694,000,000 đồng is {@code 9578694} million. */
  public BigDecimal in(MoneyUnit unit) {
    BigDecimal v =
        BigDecimal.valueOf(dong).scaleByPowerOfTen(-unit.powerOfTen()).stripTrailingZeros();
    return v.scale() < 0 ? v.setScale(0) : v;
  }

  /** The sum; throws {@link ArithmeticException} on overflow. */
  public Money plus(Money other) {
    return ofDong(Math.addExact(dong, other.dong));
  }

  /** The difference; throws {@link ArithmeticException} on overflow. */
  public Money minus(Money other) {
    return ofDong(Math.subtractExact(dong, other.dong));
  }

  /** Whether the amount is below zero. */
  public boolean isNegative() {
    return dong < 0;
  }

  /**
   * Prints the amount in a unit, rounded half-up to {@code decimals} places, with the unit's name:
   * {@code "35 triệu đồng"}, {@code "1,4 triệu đồng"}, {@code "9,578.7 billion VND"}.
   */
  public String format(MoneyUnit unit, int decimals, Language language) {
    BigDecimal value = BigDecimal.valueOf(dong).scaleByPowerOfTen(-unit.powerOfTen());
    return Formatting.format(
            value.setScale(Formatting.checkDecimals(decimals), RoundingMode.HALF_UP), language)
        + " "
        + unit.label().get(language);
  }

  @Override
  public int compareTo(Money other) {
    return Long.compare(dong, other.dong);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Money && ((Money) o).dong == dong;
  }

  @Override
  public int hashCode() {
    return Long.hashCode(dong);
  }

  @Override
  public String toString() {
    return dong + " VND";
  }
}
