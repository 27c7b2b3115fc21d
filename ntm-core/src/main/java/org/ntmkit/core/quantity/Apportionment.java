package org.ntmkit.core.quantity;

import com.google.common.collect.ImmutableList;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Largest-remainder (Hamilton) apportionment: divides a whole number of units among parts in
 * proportion to weights, exactly, so that the parts sum to the whole.
 *
 * <p>Each part first gets the whole-number floor of its exact quota {@code total·wᵢ/Σw}; the units
 * left over go one each to the parts with the largest remainders (ties to the earlier part). Every
 * part therefore differs from its exact quota by less than one unit. It is used both for printed
 * shares that must sum to exactly 100.0 ({@link ShareRounding#LARGEST_REMAINDER}) and for splitting
 * a budget to the đồng.
 *
 * <pre>{@code
 * Apportionment.largestRemainder(BigInteger.TEN, List.of(BigDecimal.ONE, BigDecimal.ONE, BigDecimal.ONE));
 * // [4, 3, 3]
 * }</pre>
 */
public final class Apportionment {

  private Apportionment() {}

  /**
   * Apportions {@code total} units by {@code weights}.
   *
   * @param total units to divide, not negative
   * @param weights one weight per part, none negative, at least one positive
   * @return one whole number per part, summing to {@code total}
   * @throws IllegalArgumentException if the arguments break the rules above
   */
  public static ImmutableList<BigInteger> largestRemainder(
      BigInteger total, List<BigDecimal> weights) {
    if (total.signum() < 0) {
      throw new IllegalArgumentException("total must not be negative, was " + total);
    }
    BigDecimal sum = BigDecimal.ZERO;
    for (BigDecimal w : weights) {
      if (w.signum() < 0) {
        throw new IllegalArgumentException("weights must not be negative, was " + w);
      }
      sum = sum.add(w);
    }
    if (sum.signum() == 0) {
      throw new IllegalArgumentException("at least one weight must be positive");
    }
    BigDecimal whole = new BigDecimal(total);
    int n = weights.size();
    BigInteger[] floors = new BigInteger[n];
    BigDecimal[] remainders = new BigDecimal[n];
    BigInteger assigned = BigInteger.ZERO;
    for (int i = 0; i < n; i++) {
      // quota = total * w / sum; floor and remainder (scaled by sum) are exact in BigDecimal.
      BigDecimal[] qr = whole.multiply(weights.get(i)).divideAndRemainder(sum);
      floors[i] = qr[0].toBigIntegerExact();
      remainders[i] = qr[1];
      assigned = assigned.add(floors[i]);
    }
    List<Integer> order = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      order.add(i);
    }
    order.sort(
        Comparator.comparing((Integer i) -> remainders[i])
            .reversed()
            .thenComparing(Comparator.naturalOrder()));
    BigInteger left = total.subtract(assigned);
    for (int k = 0; left.signum() > 0; k++, left = left.subtract(BigInteger.ONE)) {
      int i = order.get(k);
      floors[i] = floors[i].add(BigInteger.ONE);
    }
    return ImmutableList.copyOf(floors);
  }
}
