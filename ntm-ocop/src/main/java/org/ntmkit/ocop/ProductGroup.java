package org.ntmkit.ocop;

import org.ntmkit.core.LocalizedText;

/**
 * The six OCOP product groups of QĐ 919/QĐ-TTg (2022) and QĐ 148/QĐ-TTg (2023), Art. 1.1.a. Under
 * QĐ 1048/QĐ-TTg the six {@link Sector sectors} applied instead.
 */
public enum ProductGroup {
  /** Thực phẩm. */
  FOOD(LocalizedText.of("Thực phẩm", "Food")),
  /** Đồ uống. */
  DRINKS(LocalizedText.of("Đồ uống", "Drinks")),
  /** Dược liệu và sản phẩm từ dược liệu. */
  HERBAL(
      LocalizedText.of(
          "Dược liệu và sản phẩm từ dược liệu", "Medicinal herbs and herbal products")),
  /** Hàng thủ công mỹ nghệ. */
  HANDICRAFTS(LocalizedText.of("Hàng thủ công mỹ nghệ", "Handicrafts")),
  /** Sinh vật cảnh. */
  ORNAMENTAL_ORGANISMS(LocalizedText.of("Sinh vật cảnh", "Ornamental plants and animals")),
  /** Dịch vụ du lịch cộng đồng, du lịch sinh thái và điểm du lịch. */
  COMMUNITY_TOURISM(
      LocalizedText.of(
          "Dịch vụ du lịch cộng đồng, du lịch sinh thái và điểm du lịch",
          "Community tourism, eco-tourism and tourist sites"));

  private final LocalizedText label;

  ProductGroup(LocalizedText label) {
    this.label = label;
  }

  /** The group's name in Vietnamese and English. */
  public LocalizedText label() {
    return label;
  }
}
