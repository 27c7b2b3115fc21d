package org.ntmkit.core.law;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Optional;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/**
 * The one period rule: from inclusive, to exclusive. QĐ 1980/QĐ-TTg applied from 01/12/2016 until
 * QĐ 318/QĐ-TTg took over on 08/03/2022 (commune-criteria notes); QĐ 51/2025/QĐ-TTg from
 * 15/02/2026.
 */
class ValidityTest {

  private static final LocalDate START_1980 = LocalDate.of(2016, 12, 1);
  private static final LocalDate START_318 = LocalDate.of(2022, 3, 8);
  private static final Validity QD_1980 = Validity.between(START_1980, START_318);
  private static final Validity QD_51 = Validity.from(LocalDate.of(2026, 2, 15));

  @Test
  void theFirstDayIsInAndTheLastIsOut() {
    assertTrue(QD_1980.contains(START_1980));
    assertFalse(QD_1980.contains(START_1980.minusDays(1)));
    assertTrue(QD_1980.contains(START_318.minusDays(1)));
    assertFalse(QD_1980.contains(START_318), "the day QĐ 318 took over");
    assertTrue(QD_51.contains(LocalDate.of(2030, 12, 31)), "no end while in force");
    assertFalse(QD_51.contains(LocalDate.of(2026, 2, 14)));
  }

  @Test
  void periodsThatOnlyTouchDoNotOverlap() {
    Validity qd318 = Validity.of(START_318, Optional.of(LocalDate.of(2026, 2, 15)));
    assertFalse(QD_1980.overlaps(qd318));
    assertFalse(qd318.overlaps(QD_1980));
    assertFalse(qd318.overlaps(QD_51));
    assertTrue(QD_1980.overlaps(Validity.from(LocalDate.of(2020, 1, 1))));
    assertTrue(Validity.from(LocalDate.of(2020, 1, 1)).overlaps(QD_1980));
    assertTrue(QD_51.overlaps(Validity.from(LocalDate.of(2027, 1, 1))));
    assertTrue(QD_1980.overlaps(QD_1980));
  }

  @Test
  void anEmptyOrReversedPeriodCannotBeMade() {
    assertThrows(IllegalArgumentException.class, () -> Validity.between(START_318, START_318));
    assertThrows(IllegalArgumentException.class, () -> Validity.between(START_318, START_1980));
    assertThrows(
        IllegalArgumentException.class, () -> Validity.of(START_318, Optional.of(START_1980)));
    assertTrue(Validity.isPeriod(START_1980, Optional.of(START_318)));
    assertFalse(Validity.isPeriod(START_1980, Optional.of(START_1980)));
    assertTrue(Validity.isPeriod(START_1980, Optional.empty()));
    assertTrue(Validity.isPeriod(null, Optional.of(START_1980)), "a missing 'from' is told apart");
  }

  @Test
  void itIsAValue() {
    assertEquals(QD_1980, Validity.of(START_1980, Optional.of(START_318)));
    assertEquals(QD_1980.hashCode(), Validity.between(START_1980, START_318).hashCode());
    assertNotEquals(QD_1980, Validity.from(START_1980));
    assertNotEquals(QD_1980, Validity.between(START_1980, START_318.plusDays(1)));
    assertNotEquals(QD_1980, Validity.between(START_1980.plusDays(1), START_318));
    assertNotEquals(QD_1980, (Object) "2016-12-01");
    assertEquals("[2016-12-01, 2022-03-08)", QD_1980.toString());
    assertEquals("[2026-02-15, …)", QD_51.toString());
    assertEquals(START_1980, QD_1980.from());
    assertEquals(Optional.of(START_318), QD_1980.to());
    assertEquals(Optional.empty(), QD_51.to());
  }

  /** Overlap is symmetric and means a shared day (checked day by day over a small range). */
  @Property(tries = 300)
  void overlapMeansASharedDay(
      @ForAll @IntRange(min = 0, max = 20) int a,
      @ForAll @IntRange(min = 1, max = 10) int aLength,
      @ForAll @IntRange(min = 0, max = 20) int b,
      @ForAll @IntRange(min = 1, max = 10) int bLength) {
    LocalDate day0 = LocalDate.of(2020, 1, 1);
    Validity x = Validity.between(day0.plusDays(a), day0.plusDays(a + aLength));
    Validity y = Validity.between(day0.plusDays(b), day0.plusDays(b + bLength));
    boolean shared = false;
    for (int d = 0; d < 40; d++) {
      shared |= x.contains(day0.plusDays(d)) && y.contains(day0.plusDays(d));
    }
    assertEquals(shared, x.overlaps(y));
    assertEquals(x.overlaps(y), y.overlaps(x));
  }
}
