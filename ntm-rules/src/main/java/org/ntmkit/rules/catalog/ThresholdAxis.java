package org.ntmkit.rules.catalog;

/** Along which axis a set's thresholds differ. */
public enum ThresholdAxis {
  /** The seven socio-economic regions (QĐ 1980/QĐ-TTg, QĐ 318/QĐ-TTg). */
  REGION,
  /** The three commune groups (QĐ 51/2025/QĐ-TTg). */
  GROUP
}
