package org.ntmkit.core.quantity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.ntmkit.core.Language;
import org.ntmkit.core.io.InvalidInputException;
import org.ntmkit.core.io.NtmJson;

class MoneyAndPercentageTest {

  @Test
  void moneyInUnitsAndOrder() {
    Money m = Money.of(new BigDecimal("36.5"), MoneyUnit.MILLION);
    assertEquals(Money.ofDong(36_500_000), m);
    assertEquals(new BigDecimal("36500"), m.in(MoneyUnit.THOUSAND));
    assertEquals(new BigDecimal("0.0365"), m.in(MoneyUnit.BILLION));
    assertTrue(m.compareTo(Money.ofMillions(36)) > 0);
    assertEquals(Money.ofDong(500_000), m.minus(Money.ofMillions(36)));
    assertEquals("36500000 VND", m.toString());
    assertEquals(Money.ofDong(1).hashCode(), Money.ofDong(1).hashCode());
    assertNotEquals(Money.ofDong(1), Money.ofDong(2));
    assertEquals(new BigDecimal("1000000"), MoneyUnit.MILLION.inDong());
    assertEquals("triệu đồng", MoneyUnit.MILLION.label().get(Language.VI));
    assertThrows(
        ArithmeticException.class, () -> Money.of(new BigDecimal("0.0000001"), MoneyUnit.MILLION));
    assertThrows(
        ArithmeticException.class, () -> Money.ofDong(Long.MIN_VALUE).minus(Money.ofDong(1)));
  }

  @Test
  void moneyReadsWholeDongOnly() {
    assertEquals(Money.ofDong(42), NtmJson.defaults().read("42", Money.class));
    assertThrows(InvalidInputException.class, () -> NtmJson.defaults().read("42.5", Money.class));
  }

  @Test
  void percentageForms() {
    Percentage p = Percentage.parse("72.50");
    assertEquals(new BigDecimal("0.725"), p.fraction());
    assertEquals("72.5%", p.toString());
    assertTrue(p.compareTo(Percentage.of(70)) > 0);
    assertThrows(IllegalArgumentException.class, () -> Percentage.of(70).minimumCountOf(-1));
    assertThrows(
        InvalidInputException.class, () -> NtmJson.defaults().read("150", Percentage.class));
    assertEquals(Percentage.of(70), NtmJson.defaults().read("70.0", Percentage.class));
  }

  @Test
  void roundingArgumentsAreChecked() {
    assertThrows(
        IllegalArgumentException.class, () -> Formatting.halfUp(BigDecimal.ONE, 11, Language.EN));
    assertThrows(
        IllegalArgumentException.class,
        () -> ShareRounding.HALF_UP.shares(java.util.List.of(BigDecimal.ZERO), 1));
    assertThrows(
        IllegalArgumentException.class,
        () ->
            ShareRounding.LARGEST_REMAINDER.shares(
                java.util.List.of(new BigDecimal("-1"), BigDecimal.TEN), 1));
    assertThrows(
        IllegalArgumentException.class,
        () ->
            Apportionment.largestRemainder(
                java.math.BigInteger.valueOf(-1), java.util.List.of(BigDecimal.ONE)));
    assertThrows(
        IllegalArgumentException.class,
        () ->
            Apportionment.largestRemainder(
                java.math.BigInteger.TEN, java.util.List.of(new BigDecimal("-1"), BigDecimal.TEN)));
    assertEquals("%", MeasureUnit.PERCENT.label().getEn());
  }
}
