package org.ntmkit.core.unit;

import org.ntmkit.core.LocalizedText;

/**
 * The seven socio-economic regions (vùng) whose columns hold the commune thresholds of QĐ
 * 1980/QĐ-TTg (2016–2020) and QĐ 318/QĐ-TTg (2021–2025).
 *
 * <p>A commune is assessed against its region's column; QĐ 318/QĐ-TTg makes especially difficult
 * and safe-zone communes use the {@link #NORTHERN_MIDLANDS_AND_MOUNTAINS} column wherever they lie.
 * From 15/02/2026 (QĐ 51/2025/QĐ-TTg) {@link CommuneGroup commune groups} replace regions.
 *
 * <pre>{@code
 * Region.NORTH_CENTRAL_COAST.code();       // "NCC" (Hà Tĩnh)
 * Region.fromCode("MD");                   // MEKONG_DELTA
 * }</pre>
 */
public enum Region {
  /** Trung du và miền núi phía Bắc. */
  NORTHERN_MIDLANDS_AND_MOUNTAINS(
      "NMM", LocalizedText.of("Trung du và miền núi phía Bắc", "Northern Midlands and Mountains")),
  /** Đồng bằng sông Hồng. */
  RED_RIVER_DELTA("RRD", LocalizedText.of("Đồng bằng sông Hồng", "Red River Delta")),
  /** Bắc Trung Bộ. */
  NORTH_CENTRAL_COAST("NCC", LocalizedText.of("Bắc Trung Bộ", "North Central Coast")),
  /** Duyên hải Nam Trung Bộ. */
  SOUTH_CENTRAL_COAST("SCC", LocalizedText.of("Duyên hải Nam Trung Bộ", "South Central Coast")),
  /** Tây Nguyên. */
  CENTRAL_HIGHLANDS("CH", LocalizedText.of("Tây Nguyên", "Central Highlands")),
  /** Đông Nam Bộ. */
  SOUTHEAST("SE", LocalizedText.of("Đông Nam Bộ", "Southeast")),
  /** Đồng bằng sông Cửu Long. */
  MEKONG_DELTA("MD", LocalizedText.of("Đồng bằng sông Cửu Long", "Mekong Delta"));

  private final String code;
  private final LocalizedText label;

  Region(String code, LocalizedText label) {
    this.code = code;
    this.label = label;
  }

  /** The short code used in the domain notes and catalogs: NMM, RRD, NCC, SCC, CH, SE, MD. */
  public String code() {
    return code;
  }

  /** The region's name in Vietnamese and English. */
  public LocalizedText label() {
    return label;
  }

  /**
   * The region with a short code.
   *
   * @throws IllegalArgumentException for an unknown code
   */
  public static Region fromCode(String code) {
    for (Region r : values()) {
      if (r.code.equals(code)) {
        return r;
      }
    }
    throw new IllegalArgumentException("unknown region code: " + code);
  }
}
