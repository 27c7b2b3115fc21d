package org.ntmkit.core.unit;

import org.ntmkit.core.LocalizedText;

/**
 * The kind of a district-level unit. Rural districts "meet the NTM standard"; towns and provincial
 * cities "complete the NTM task" (QĐ 558/QĐ-TTg, 2016; QĐ 320/QĐ-TTg, 2022). District-level units
 * were abolished on 01/07/2025.
 */
public enum DistrictKind {
  /** Huyện. */
  RURAL_DISTRICT(LocalizedText.of("Huyện", "Rural district")),
  /** Thị xã. */
  TOWN(LocalizedText.of("Thị xã", "Town")),
  /** Thành phố thuộc tỉnh. */
  PROVINCIAL_CITY(LocalizedText.of("Thành phố thuộc tỉnh", "Provincial city"));

  private final LocalizedText label;

  DistrictKind(LocalizedText label) {
    this.label = label;
  }

  /** The kind's name in Vietnamese and English. */
  public LocalizedText label() {
    return label;
  }
}
