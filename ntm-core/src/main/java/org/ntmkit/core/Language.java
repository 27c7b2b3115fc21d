package org.ntmkit.core;

/**
 * The two languages every message of the SDK is written in.
 *
 * <p>Used instead of {@link java.util.Locale} so that output never depends on the JVM's default
 * locale: Vietnamese prints {@code 17,7} with a decimal comma and {@code 9.578.694} with dots
 * between thousands; English prints {@code 17.7} and {@code 9,578,694}.
 */
public enum Language {
  /** Tiếng Việt. */
  VI('.', ','),
  /** English. */
  EN(',', '.');

  private final char groupingSeparator;
  private final char decimalSeparator;

  Language(char groupingSeparator, char decimalSeparator) {
    this.groupingSeparator = groupingSeparator;
    this.decimalSeparator = decimalSeparator;
  }

  /** The thousands separator: {@code '.'} in Vietnamese, {@code ','} in English. */
  public char groupingSeparator() {
    return groupingSeparator;
  }

  /** The decimal separator: {@code ','} in Vietnamese, {@code '.'} in English. */
  public char decimalSeparator() {
    return decimalSeparator;
  }

  /** Of a Vietnamese and an English text, the one in this language. */
  public String text(String vi, String en) {
    return this == VI ? vi : en;
  }

  /**
   * A date as readers of this language write it: {@code 31/12/2020} (VI), {@code 2020-12-31} (EN).
   */
  public String date(java.time.LocalDate date) {
    return this == VI
        ? String.format(
            java.util.Locale.ROOT,
            "%02d/%02d/%04d",
            date.getDayOfMonth(),
            date.getMonthValue(),
            date.getYear())
        : date.toString();
  }
}
