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
}
