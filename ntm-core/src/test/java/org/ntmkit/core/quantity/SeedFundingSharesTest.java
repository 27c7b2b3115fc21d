package org.ntmkit.core.quantity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.ntmkit.core.Language;

/**
 * The seed report (Hà Tĩnh, December 2020, §5 of the digest): capital mobilised in 2020, million
 * VND, and the shares it prints.
 */
class SeedFundingSharesTest {

  /** State budget, integrated capital, credit, enterprises, community, other. */
  private static final List<BigDecimal> SOURCES =
      Stream.of(1_695_462L, 1_040_924L, 5_525_307L, 170_251L, 988_261L, 158_489L)
          .map(BigDecimal::valueOf)
          .toList();

  @Test
  void largestRemainderReproducesThePrintedTopLevelShares() {
    List<BigDecimal> shares = ShareRounding.LARGEST_REMAINDER.shares(SOURCES, 1);

    String printed =
        shares.stream()
            .map(s -> Formatting.format(s, Language.VI))
            .collect(Collectors.joining(" / "));

    assertEquals("17,7 / 10,9 / 57,7 / 1,8 / 10,3 / 1,6", printed);
    assertEquals(new BigDecimal("100.0"), shares.stream().reduce(BigDecimal.ZERO, BigDecimal::add));
  }

  @Test
  void halfUpAloneWouldPrintOnePointSevenAndSumTo100Point1() {
    // 158,489 / 9,578,694 = 1.6546…% rounds half-up to 1.7: the report's 1,6 is the largest
    // remainder choice that makes the column sum to 100.0.
    List<BigDecimal> shares = ShareRounding.HALF_UP.shares(SOURCES, 1);
    assertEquals(new BigDecimal("1.7"), shares.get(5));
    assertEquals(new BigDecimal("100.1"), shares.stream().reduce(BigDecimal.ZERO, BigDecimal::add));
  }

  @Test
  void partsSumToThePrintedTotal() {
    Money total =
        SOURCES.stream()
            .map(b -> Money.ofMillions(b.longValueExact()))
            .reduce(Money.ZERO, Money::plus);
    assertEquals(Money.ofMillions(9_578_694), total);
    assertEquals("9.578.694 triệu đồng", total.format(MoneyUnit.MILLION, 0, Language.VI));
    assertEquals("9,578,694 million VND", total.format(MoneyUnit.MILLION, 0, Language.EN));
    assertEquals("9.578,7 tỷ đồng", total.format(MoneyUnit.BILLION, 1, Language.VI));
  }

  @Test
  void centralAndLocalBudgetSubSharesOfTheTotal() {
    // Printed as 7,6 and 10,1 in the seed (shares of the total, half-up to one decimal).
    BigDecimal total = BigDecimal.valueOf(9_578_694);
    assertEquals("7,6", Formatting.halfUp(pct(724_690, total), 1, Language.VI));
    assertEquals("10,1", Formatting.halfUp(pct(970_772, total), 1, Language.VI));
  }

  @Test
  void shareOf171Of182Is94Point0NotThePrinted93Point9() {
    // Seed §1: 171/182 = 93.956…%, which rounds to 94,0%; the hand-made report printed 93,9%.
    assertEquals("94,0", Formatting.halfUp(Ratio.of(171, 182).percentHalfUp(3), 1, Language.VI));
    assertEquals(new BigDecimal("94.0"), Ratio.of(171, 182).percentHalfUp(1));
  }

  private static BigDecimal pct(long part, BigDecimal total) {
    return BigDecimal.valueOf(part)
        .multiply(BigDecimal.valueOf(100))
        .divide(total, 10, java.math.RoundingMode.HALF_UP);
  }
}
