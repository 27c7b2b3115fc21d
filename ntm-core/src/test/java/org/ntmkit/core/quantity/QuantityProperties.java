package org.ntmkit.core.quantity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.Size;

class QuantityProperties {

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  @Property
  void ratioDecidesAtLeastExactlyForAllNumeratorsAndDenominators(
      @ForAll @IntRange(min = 1, max = 1000) int denominator,
      @ForAll @IntRange(min = 0, max = 1000) int numerator,
      @ForAll @IntRange(min = 0, max = 1000) int tenthsOfPercent) {
    Assume.that(numerator <= denominator);
    Percentage p = Percentage.of(BigDecimal.valueOf(tenthsOfPercent, 1));
    // Integer cross-multiplication: 1000·n ≥ tenths·d  ⇔  n/d ≥ tenths/1000.
    boolean expected = 1000L * numerator >= (long) tenthsOfPercent * denominator;
    assertEquals(expected, Ratio.of(numerator, denominator).isAtLeast(p));
    assertEquals(
        1000L * numerator <= (long) tenthsOfPercent * denominator,
        Ratio.of(numerator, denominator).isAtMost(p));
  }

  @Property
  void minimumCountIsTheBoundaryOfAtLeast(
      @ForAll @IntRange(min = 1, max = 5000) int total,
      @ForAll @IntRange(min = 0, max = 100) int percent) {
    Percentage p = Percentage.of(percent);
    long k = p.minimumCountOf(total);
    assertTrue(Ratio.of(k, total).isAtLeast(p), "k meets the threshold exactly");
    if (k > 0) {
      assertTrue(!Ratio.of(k - 1, total).isAtLeast(p), "one fewer does not");
    }
  }

  @Property
  void shortfallReachesTheThresholdExactly(
      @ForAll @IntRange(min = 1, max = 1000) int denominator,
      @ForAll @IntRange(min = 0, max = 1000) int numerator,
      @ForAll @IntRange(min = 0, max = 100) int percent) {
    Assume.that(numerator <= denominator);
    Percentage p = Percentage.of(percent);
    Ratio r = Ratio.of(numerator, denominator);
    BigDecimal raised = r.getNumerator().add(r.shortfall(p));
    assertTrue(Ratio.of(raised, r.getDenominator()).isAtLeast(p));
    assertEquals(r.isAtLeast(p), r.shortfall(p).signum() == 0);
  }

  @Property
  void largestRemainderSharesSumToExactly100AndStayWithinOneUnit(
      @ForAll @Size(min = 1, max = 12)
          List<@LongRange(min = 0, max = 10_000_000_000L) Long> amounts,
      @ForAll @IntRange(min = 0, max = 3) int decimals) {
    Assume.that(amounts.stream().anyMatch(a -> a > 0));
    List<BigDecimal> parts = amounts.stream().map(BigDecimal::valueOf).toList();
    List<BigDecimal> shares = ShareRounding.LARGEST_REMAINDER.shares(parts, decimals);

    BigDecimal sum = shares.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    assertEquals(0, sum.compareTo(HUNDRED), "sum " + sum);
    BigDecimal total = parts.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    BigDecimal unit = BigDecimal.ONE.movePointLeft(decimals);
    for (int i = 0; i < parts.size(); i++) {
      // |share − exact| < one unit of the last decimal  ⇔  |share·total − 100·part| < unit·total
      BigDecimal diff =
          shares.get(i).multiply(total).subtract(parts.get(i).multiply(HUNDRED)).abs();
      assertTrue(diff.compareTo(unit.multiply(total)) < 0, "share " + i + " within one unit");
      assertEquals(decimals, shares.get(i).scale());
    }
  }

  @Property
  void apportionmentSumsToTheTotalAndIsMonotoneInWeights(
      @ForAll @LongRange(min = 0, max = 1_000_000_000_000L) long total,
      @ForAll @Size(min = 1, max = 10) List<@IntRange(min = 0, max = 50) Integer> weights) {
    Assume.that(weights.stream().anyMatch(w -> w > 0));
    List<BigDecimal> w = weights.stream().map(BigDecimal::valueOf).toList();
    List<BigInteger> parts = Apportionment.largestRemainder(BigInteger.valueOf(total), w);
    assertEquals(
        BigInteger.valueOf(total), parts.stream().reduce(BigInteger.ZERO, BigInteger::add));
    for (int i = 0; i < parts.size(); i++) {
      for (int j = 0; j < parts.size(); j++) {
        if (weights.get(i) > weights.get(j)) {
          assertTrue(parts.get(i).compareTo(parts.get(j)) >= 0, "a larger weight never gets less");
        }
      }
    }
  }
}
