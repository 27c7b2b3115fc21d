package org.ntmkit.core.quantity;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.ntmkit.core.Language;

/**
 * Named display rounding and locale-independent number formatting.
 *
 * <p>Rules never round; only printing does, and only here. {@link #halfUp} is the rounding the seed
 * report uses for shares ("95,6%"):
 *
 * <pre>{@code
 * Formatting.halfUp(new BigDecimal("93.956"), 1, Language.VI); // "94,0"
 * Formatting.halfUp(new BigDecimal("9578694"), 0, Language.EN); // "9,578,694"
 * }</pre>
 */
public final class Formatting {

  private Formatting() {}

  /**
   * Rounds half-up (0.05 → 0.1) to {@code decimals} places and prints with the language's
   * separators.
   *
   * @param value the exact value, not null
   * @param decimals number of decimal places, 0 to 10
   * @param language separators to use, not null
   * @return e.g. {@code "17,7"} (VI) or {@code "17.7"} (EN)
   */
  public static String halfUp(BigDecimal value, int decimals, Language language) {
    return format(value.setScale(checkDecimals(decimals), RoundingMode.HALF_UP), language);
  }

  /**
   * Prints a value that is already rounded, keeping its scale, with the language's separators.
   *
   * @param value the value, not null; its scale gives the number of decimals (negative scales print
   *     as whole numbers)
   * @param language separators to use, not null
   */
  public static String format(BigDecimal value, Language language) {
    BigDecimal v = value.scale() < 0 ? value.setScale(0, RoundingMode.UNNECESSARY) : value;
    String plain = v.abs().toPlainString();
    int dot = plain.indexOf('.');
    String whole = dot < 0 ? plain : plain.substring(0, dot);
    StringBuilder out = new StringBuilder();
    if (v.signum() < 0) {
      out.append('-');
    }
    int firstGroup = whole.length() % 3 == 0 ? 3 : whole.length() % 3;
    out.append(whole, 0, firstGroup);
    for (int i = firstGroup; i < whole.length(); i += 3) {
      out.append(language.groupingSeparator()).append(whole, i, i + 3);
    }
    if (dot >= 0) {
      out.append(language.decimalSeparator()).append(plain, dot + 1, plain.length());
    }
    return out.toString();
  }

  static int checkDecimals(int decimals) {
    if (decimals < 0 || decimals > 10) {
      throw new IllegalArgumentException("decimals must be 0 to 10, was " + decimals);
    }
    return decimals;
  }
}
