package org.ntmkit.ocop;

import org.ntmkit.core.LocalizedText;

/** The six OCOP sectors (ngành hàng) of QĐ 1048/QĐ-TTg (2019), Annex I. */
public enum Sector {
  /** Thực phẩm. */
  FOOD(LocalizedText.of("Thực phẩm", "Food")),
  /** Đồ uống. */
  DRINKS(LocalizedText.of("Đồ uống", "Drinks")),
  /** Thảo dược. */
  HERBAL(LocalizedText.of("Thảo dược", "Herbal products")),
  /** Vải và may mặc. */
  TEXTILES(LocalizedText.of("Vải và may mặc", "Textiles and garments")),
  /** Lưu niệm – nội thất – trang trí. */
  SOUVENIRS_FURNITURE_DECORATION(
      LocalizedText.of("Lưu niệm - nội thất - trang trí", "Souvenirs, furniture and decoration")),
  /** Dịch vụ du lịch nông thôn, bán hàng (renamed by QĐ 781/QĐ-TTg). */
  RURAL_TOURISM(
      LocalizedText.of("Dịch vụ du lịch nông thôn, bán hàng", "Rural tourism services and sales"));

  private final LocalizedText label;

  Sector(LocalizedText label) {
    this.label = label;
  }

  /** The sector's name in Vietnamese and English. */
  public LocalizedText label() {
    return label;
  }
}
