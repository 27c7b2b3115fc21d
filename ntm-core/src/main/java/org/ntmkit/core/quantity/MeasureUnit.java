package org.ntmkit.core.quantity;

import org.ntmkit.core.LocalizedText;

/** The unit of a measured variable or of a parameter of the law. */
public enum MeasureUnit {
  /** Percent (0–100); ratio indicators compare against it. */
  PERCENT(LocalizedText.of("%", "%")),
  /** A count of units: villages, schools, products, households. */
  COUNT(LocalizedText.of("đơn vị", "units")),
  /** Đồng. */
  VND(LocalizedText.of("đồng", "VND")),
  /** Đồng per person per year (income per capita). */
  VND_PER_PERSON_YEAR(LocalizedText.of("đồng/người/năm", "VND per person per year")),
  /** Kilometres. */
  KILOMETRE(LocalizedText.of("km", "km")),
  /** An ordinal level ("mức độ 2"). */
  LEVEL(LocalizedText.of("mức", "level")),
  /** A multiplier of another value (1.5 × the income at recognition). */
  MULTIPLIER(LocalizedText.of("lần", "times")),
  /** Points of a score sheet (OCOP). */
  POINTS(LocalizedText.of("điểm", "points")),
  /** Square metres per person (public green land). */
  SQUARE_METRES_PER_PERSON(LocalizedText.of("m²/người", "m² per person")),
  /** A yes/no fact ("đạt"). */
  BOOLEAN(LocalizedText.of("có/không", "yes/no"));

  private final LocalizedText label;

  MeasureUnit(LocalizedText label) {
    this.label = label;
  }

  /**
   * Whether a value of the law can be given in this unit: a percentage from 0 to 100, a yes/no as 0
   * or 1, everything else 0 or more (no negative threshold, count or multiplier).
   */
  public boolean allows(java.math.BigDecimal value) {
    return switch (this) {
      case PERCENT ->
          value.signum() >= 0 && value.compareTo(java.math.BigDecimal.valueOf(100)) <= 0;
      default -> value.signum() >= 0;
    };
  }

  /** What {@link #allows} accepts, for messages. */
  public LocalizedText range() {
    return switch (this) {
      case PERCENT -> LocalizedText.of("từ 0 đến 100", "from 0 to 100");
      default -> LocalizedText.of("không âm (≥ 0)", "0 or more");
    };
  }

  /** The unit's name or symbol in Vietnamese and English. */
  public LocalizedText label() {
    return label;
  }
}
