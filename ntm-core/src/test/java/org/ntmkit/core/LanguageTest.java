package org.ntmkit.core;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * Texts and dates as each language's readers write them, whatever the JVM's locale (the tests run
 * under hi_IN): the seed report's date "31/12/2020" in Vietnamese, ISO in English.
 */
class LanguageTest {

  @Test
  void eachLanguageChoosesItsOwnText() {
    assertEquals("đạt", Language.VI.text("đạt", "met"));
    assertEquals("met", Language.EN.text("đạt", "met"));
  }

  @Test
  void datesAreWrittenAsReadersOfTheLanguageWriteThem() {
    assertEquals("31/12/2020", Language.VI.date(LocalDate.of(2020, 12, 31)));
    assertEquals("01/07/2025", Language.VI.date(LocalDate.of(2025, 7, 1)));
    assertEquals("2020-12-31", Language.EN.date(LocalDate.of(2020, 12, 31)));
  }
}
