package org.ntmkit.core.quantity;

import java.math.BigDecimal;
import org.ntmkit.core.LocalizedText;

/** The units money is printed in: đồng, million đồng (triệu đồng), billion đồng (tỷ đồng). */
public enum MoneyUnit {
  /** Đồng. */
  DONG(0, LocalizedText.of("đồng", "VND")),
  /** Nghìn đồng — thousand đồng. */
  THOUSAND(3, LocalizedText.of("nghìn đồng", "thousand VND")),
  /** Triệu đồng — million đồng, the unit of the seed report's tables. */
  MILLION(6, LocalizedText.of("triệu đồng", "million VND")),
  /** Tỷ đồng — billion đồng. */
  BILLION(9, LocalizedText.of("tỷ đồng", "billion VND"));

  private final int powerOfTen;
  private final LocalizedText label;

  MoneyUnit(int powerOfTen, LocalizedText label) {
    this.powerOfTen = powerOfTen;
    this.label = label;
  }

  /** How many đồng one unit is, as a power of ten (6 for a million). */
  public int powerOfTen() {
    return powerOfTen;
  }

  /** The unit's name in Vietnamese and English. */
  public LocalizedText label() {
    return label;
  }

  /** One unit in đồng. */
  public BigDecimal inDong() {
    return BigDecimal.TEN.pow(powerOfTen);
  }
}
