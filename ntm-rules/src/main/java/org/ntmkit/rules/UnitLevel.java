package org.ntmkit.rules;

import org.ntmkit.core.LocalizedText;
import org.ntmkit.core.unit.District;

/** The administrative level a criteria set is for. */
public enum UnitLevel {
  /** Xã. */
  COMMUNE(LocalizedText.of("Xã", "Commune")),
  /** Huyện (until 30/06/2025). */
  DISTRICT(LocalizedText.of("Huyện", "District")),
  /** Thị xã or thành phố thuộc tỉnh, which "complete the NTM task". */
  TOWN(LocalizedText.of("Thị xã, thành phố thuộc tỉnh", "Town or provincial city")),
  /** Huyện không có đơn vị hành chính cấp xã (QĐ 211/QĐ-TTg, 2024). */
  SPECIAL_DISTRICT(
      LocalizedText.of("Huyện không có đơn vị hành chính cấp xã", "District without communes")),
  /** Tỉnh, thành phố trực thuộc trung ương. */
  PROVINCE(LocalizedText.of("Tỉnh", "Province")),
  /** Thôn, khu dân cư (Hà Tĩnh's model residential area). */
  VILLAGE(LocalizedText.of("Khu dân cư", "Residential area")),
  /** Vườn hộ (Hà Tĩnh's model garden). */
  GARDEN(LocalizedText.of("Vườn", "Garden"));

  private final LocalizedText label;

  UnitLevel(LocalizedText label) {
    this.label = label;
  }

  /**
   * Whether this is a district-level unit (huyện, thị xã, thành phố thuộc tỉnh), a level that
   * ceased on 01/07/2025 ({@link District#ABOLISHED_ON}): rules that count such units cannot be
   * decided for a later date.
   */
  public boolean isDistrictLevel() {
    return this == DISTRICT || this == TOWN || this == SPECIAL_DISTRICT;
  }

  /** The level's name in Vietnamese and English. */
  public LocalizedText label() {
    return label;
  }
}
