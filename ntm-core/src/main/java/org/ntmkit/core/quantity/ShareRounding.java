package org.ntmkit.core.quantity;

import com.google.common.collect.ImmutableList;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.List;

/**
 * The named roundings for printing the shares of a whole, in percent.
 *
 * <pre>{@code
 * // The seed report's 2020 funding sources, million VND (Hà Tĩnh, 2020):
 * List<BigDecimal> parts = Stream.of(1695462, 1040924, 5525307, 170251, 988261, 158489)
 *     .map(BigDecimal::valueOf).toList();
 * ShareRounding.LARGEST_REMAINDER.shares(parts, 1); // 17.7, 10.9, 57.7, 1.8, 10.3, 1.6 (sum 100.0)
 * ShareRounding.HALF_UP.shares(parts, 1);           // 17.7, 10.9, 57.7, 1.8, 10.3, 1.7 (sum 100.1)
 * }</pre>
 */
public enum ShareRounding {
  /** Each share rounded half-up on its own; the printed shares may not sum to 100. */
  HALF_UP,
  /**
   * Largest remainder: shares are apportioned in units of the last decimal so that they sum to
   * exactly 100; each share is within one unit of the last decimal of its exact value.
   */
  LARGEST_REMAINDER;

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  /**
   * The percentage share of each part in the sum of all parts, rounded to {@code decimals} places.
   *
   * @param parts the amounts, none negative, at least one positive
   * @param decimals decimal places of the printed shares, 0 to 10
   * @return one share per part, each with scale {@code decimals}
   */
  public ImmutableList<BigDecimal> shares(List<BigDecimal> parts, int decimals) {
    Formatting.checkDecimals(decimals);
    BigDecimal total = BigDecimal.ZERO;
    for (BigDecimal p : parts) {
      if (p.signum() < 0) {
        throw new IllegalArgumentException("parts must not be negative, was " + p);
      }
      total = total.add(p);
    }
    if (total.signum() == 0) {
      throw new IllegalArgumentException("at least one part must be positive");
    }
    if (this == HALF_UP) {
      ImmutableList.Builder<BigDecimal> out = ImmutableList.builder();
      for (BigDecimal p : parts) {
        out.add(p.multiply(HUNDRED).divide(total, decimals, RoundingMode.HALF_UP));
      }
      return out.build();
    }
    BigInteger units = BigInteger.TEN.pow(decimals).multiply(BigInteger.valueOf(100));
    ImmutableList.Builder<BigDecimal> out = ImmutableList.builder();
    for (BigInteger u : Apportionment.largestRemainder(units, parts)) {
      out.add(new BigDecimal(u, decimals));
    }
    return out.build();
  }
}
