package org.ntmkit.rules.catalog;

import java.math.BigDecimal;
import org.ntmkit.core.LocalizedText;
import org.ntmkit.core.quantity.MeasureUnit;

/**
 * The values a variable's number (or a ratio's numerator and denominator) may take; data outside it
 * are invalid input with their path, never a verdict: a count of −3 temporary houses is not "at
 * most 0", and half a school is not a count.
 *
 * <p>Catalog JSON: {@code "domain": "WHOLE_NUMBER"}; when a variable leaves it out, its unit
 * decides ({@link #forUnit}): counts and levels are whole numbers, every other unit non-negative.
 *
 * <pre>{@code
 * ValueDomain.WHOLE_NUMBER.contains(new BigDecimal("2"));   // true
 * ValueDomain.WHOLE_NUMBER.contains(new BigDecimal("0.5")); // false
 * ValueDomain.NON_NEGATIVE.contains(new BigDecimal("-1"));  // false
 * }</pre>
 */
public enum ValueDomain {
  /** 0, 1, 2, …: counts and levels. */
  WHOLE_NUMBER(LocalizedText.of("số nguyên không âm (0, 1, 2, …)", "a whole number 0, 1, 2, …")),
  /** 0 or more, with decimals: money, kilometres, areas, multipliers. */
  NON_NEGATIVE(LocalizedText.of("số không âm (≥ 0)", "a number ≥ 0")),
  /** Any number, negative included (a change, a balance). */
  ANY(LocalizedText.of("số bất kỳ", "any number"));

  private final LocalizedText label;

  ValueDomain(LocalizedText label) {
    this.label = label;
  }

  /** What the domain allows, in both languages, for messages. */
  public LocalizedText label() {
    return label;
  }

  /** Whether the value lies in the domain, decided exactly. */
  public boolean contains(BigDecimal value) {
    return switch (this) {
      case ANY -> true;
      case NON_NEGATIVE -> value.signum() >= 0;
      case WHOLE_NUMBER ->
          value.signum() >= 0 && (value.scale() <= 0 || value.stripTrailingZeros().scale() <= 0);
    };
  }

  /** The domain a variable in this unit has when its catalog entry does not say. */
  public static ValueDomain forUnit(MeasureUnit unit) {
    return unit == MeasureUnit.COUNT || unit == MeasureUnit.LEVEL ? WHOLE_NUMBER : NON_NEGATIVE;
  }
}
