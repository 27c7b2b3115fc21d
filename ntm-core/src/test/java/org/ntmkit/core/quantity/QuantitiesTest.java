package org.ntmkit.core.quantity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.ntmkit.core.Language;

class QuantitiesTest {

  @Test
  void sevenOfTenVillagesMeetsAtLeastSeventyPercentExactly() {
    // QĐ 1980/QĐ-TTg criterion 16.1: ≥ 70% of villages are cultural villages.
    assertTrue(Ratio.of(7, 10).isAtLeast(Percentage.of(70)));
    assertFalse(Ratio.of(69, 100).isAtLeast(Percentage.of(70)));
    assertTrue(Ratio.of(7, 10).isAtMost(Percentage.of(70)));
  }

  @Test
  void shortfallIsCountedInTheNumeratorsUnit() {
    assertEquals(BigDecimal.ONE, Ratio.of(6, 10).shortfall(Percentage.of(70)));
    assertEquals(BigDecimal.ZERO, Ratio.of(8, 10).shortfall(Percentage.of(70)));
    // 3.2 km more paved road: 80% of 16 km is 12.8 km, 9.6 km are paved.
    assertEquals(
        new BigDecimal("3.2"),
        Ratio.of(new BigDecimal("9.6"), new BigDecimal("16")).shortfall(Percentage.of(80)));
  }

  @Test
  void tenPercentOf182CommunesNeeds19() {
    // Seed digest §8: "at least 10% of communes" with 182 communes is 18.2, so 19.
    assertEquals(19, Percentage.of(10).minimumCountOf(182));
    assertEquals(91, Percentage.of(50).minimumCountOf(182));
    assertEquals(0, Percentage.of(0).minimumCountOf(182));
  }

  @Test
  void invalidQuantitiesAreRefusedInCode() {
    assertThrows(IllegalArgumentException.class, () -> Ratio.of(11, 10));
    assertThrows(IllegalArgumentException.class, () -> Ratio.of(0, 0));
    assertThrows(IllegalArgumentException.class, () -> Ratio.of(-1, 10));
    assertThrows(IllegalArgumentException.class, () -> Percentage.of(101));
    assertThrows(IllegalArgumentException.class, () -> Percentage.of(-1));
    assertThrows(ArithmeticException.class, () -> Money.ofMillions(Long.MAX_VALUE));
    assertThrows(
        ArithmeticException.class, () -> Money.ofDong(Long.MAX_VALUE).plus(Money.ofDong(1)));
  }

  @Test
  void percentagesAreEqualRegardlessOfTrailingZeros() {
    assertEquals(Percentage.parse("70.0"), Percentage.of(70));
    assertEquals(Percentage.parse("70.0").hashCode(), Percentage.of(70).hashCode());
    assertEquals("72,5%", Percentage.parse("72.5").format(1, Language.VI));
  }

  @Test
  void moneyFormatsInBothLanguages() {
    Money income = Money.ofDong(36_000_000);
    assertEquals("36 triệu đồng", income.format(MoneyUnit.MILLION, 0, Language.VI));
    assertEquals("36.0 million VND", income.format(MoneyUnit.MILLION, 1, Language.EN));
    assertEquals(
        "1,4 triệu đồng", Money.ofDong(1_400_000).format(MoneyUnit.MILLION, 1, Language.VI));
    assertEquals(
        "-129,8 tỷ đồng",
        Money.of(new BigDecimal("-129.8"), MoneyUnit.BILLION)
            .format(MoneyUnit.BILLION, 1, Language.VI));
    assertEquals(new BigDecimal("36"), income.in(MoneyUnit.MILLION));
  }

  @Test
  void formattingGroupsThousandsAndRoundsHalfUp() {
    assertEquals("1.234.567,9", Formatting.halfUp(new BigDecimal("1234567.85"), 1, Language.VI));
    assertEquals("1,234,567.9", Formatting.halfUp(new BigDecimal("1234567.85"), 1, Language.EN));
    assertEquals("100", Formatting.halfUp(new BigDecimal("99.5"), 0, Language.EN));
    assertEquals("-0,1", Formatting.halfUp(new BigDecimal("-0.05"), 1, Language.VI));
    assertEquals("999", Formatting.format(new BigDecimal("999"), Language.VI));
    assertEquals("1.000", Formatting.format(new BigDecimal("1E+3"), Language.VI));
    assertEquals("0", Formatting.format(BigDecimal.ZERO, Language.VI));
    assertEquals("0", Formatting.halfUp(new BigDecimal("0.4"), 0, Language.EN));
    assertEquals(
        "0,3333333333", Formatting.halfUp(new BigDecimal("0.33333333333"), 10, Language.VI));
    assertThrows(
        IllegalArgumentException.class, () -> Formatting.halfUp(BigDecimal.ONE, 11, Language.VI));
    assertThrows(
        IllegalArgumentException.class, () -> Formatting.halfUp(BigDecimal.ONE, -1, Language.VI));
  }

  @Test
  void onlyAmountsBelowZeroAreNegative() {
    assertTrue(Money.ofDong(-1).isNegative());
    assertFalse(Money.ofDong(0).isNegative());
    assertFalse(Money.ofDong(1).isNegative());
  }

  @Test
  void apportionmentGivesLeftoverUnitsToLargestRemaindersThenEarlierParts() {
    assertEquals(
        List.of(BigInteger.valueOf(4), BigInteger.valueOf(3), BigInteger.valueOf(3)),
        Apportionment.largestRemainder(
            BigInteger.TEN, List.of(BigDecimal.ONE, BigDecimal.ONE, BigDecimal.ONE)));
    assertEquals(
        List.of(BigInteger.valueOf(5), BigInteger.ZERO, BigInteger.valueOf(5)),
        Apportionment.largestRemainder(
            BigInteger.TEN,
            List.of(new BigDecimal("5.0"), BigDecimal.ZERO, new BigDecimal("5.0"))));
    assertThrows(
        IllegalArgumentException.class,
        () -> Apportionment.largestRemainder(BigInteger.TEN, List.of(BigDecimal.ZERO)));
  }
}
