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

  /** The unit's name or symbol in Vietnamese and English. */
  public LocalizedText label() {
    return label;
  }
}
