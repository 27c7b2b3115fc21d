package org.ntmkit.core.unit;

import org.ntmkit.core.LocalizedText;

/**
 * The three commune groups (nhóm xã) of 2026–2030, which replace regions as the axis along which
 * thresholds differ (QĐ 51/2025/QĐ-TTg, Phụ lục I, in force 15/02/2026; definitions as reported by
 * secondary sources). Which group wins when a commune matches both group 1 and group 3 is not
 * known: the caller assigns the group.
 */
public enum CommuneGroup {
  /**
   * Nhóm 1: borders an urban area and is oriented to become urban, or agriculture is under 10% of
   * its economy, or it is oriented to become a new urban area.
   */
  GROUP_1(
      LocalizedText.of(
          "Xã nhóm 1 (ven đô, định hướng đô thị hoặc nông nghiệp dưới 10%)",
          "Group 1 (peri-urban, urbanising, or agriculture under 10%)")),
  /** Nhóm 2: neither group 1 nor group 3. */
  GROUP_2(LocalizedText.of("Xã nhóm 2 (còn lại)", "Group 2 (other communes)")),
  /** Nhóm 3: a region II or III commune of the ethnic-minority and mountainous area. */
  GROUP_3(
      LocalizedText.of(
          "Xã nhóm 3 (xã khu vực II, III vùng đồng bào dân tộc thiểu số và miền núi)",
          "Group 3 (region II or III commune of the ethnic-minority and mountainous area)"));

  private final LocalizedText label;

  CommuneGroup(LocalizedText label) {
    this.label = label;
  }

  /** The group's description in Vietnamese and English. */
  public LocalizedText label() {
    return label;
  }

  /** Its number as the law writes it: {@code "1"}, {@code "2"} or {@code "3"}. */
  public String code() {
    return String.valueOf(ordinal() + 1);
  }

  /**
   * The group for its number ({@code "2"}) or its name ({@code "GROUP_2"}), as a CSV column or a
   * command-line option gives it.
   *
   * @throws IllegalArgumentException for anything else
   */
  public static CommuneGroup fromCode(String code) {
    for (CommuneGroup g : values()) {
      if (g.code().equals(code.strip()) || g.name().equalsIgnoreCase(code.strip())) {
        return g;
      }
    }
    throw new IllegalArgumentException("unknown commune group: " + code);
  }
}
