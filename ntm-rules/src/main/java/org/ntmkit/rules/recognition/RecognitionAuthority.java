package org.ntmkit.rules.recognition;

import java.time.LocalDate;
import org.ntmkit.core.LocalizedText;
import org.ntmkit.core.unit.District;
import org.ntmkit.rules.UnitLevel;

/**
 * Who recognises a title at each level (docs/legal/qd-18-2022.md): the chairman of the provincial
 * People's Committee for communes; the Prime Minister for districts, towns, cities and provinces
 * (decisions "…/QĐ-TTg"); the province, under its own rules, for Hà Tĩnh's model residential areas
 * and gardens. District-level recognition ends with the districts on 01/07/2025.
 */
public final class RecognitionAuthority {

  /** The day district-level units ceased to exist: {@link District#ABOLISHED_ON}. */
  public static final LocalDate DISTRICTS_ABOLISHED = District.ABOLISHED_ON;

  private RecognitionAuthority() {}

  /**
   * The authority that recognises a unit of a level on a date.
   *
   * @throws IllegalArgumentException for a district-level unit on or after 01/07/2025
   */
  public static LocalizedText of(UnitLevel level, LocalDate date) {
    switch (level) {
      case COMMUNE:
        return LocalizedText.of(
            "Chủ tịch UBND tỉnh", "Chairman of the provincial People's Committee");
      case DISTRICT:
      case TOWN:
      case SPECIAL_DISTRICT:
        if (!date.isBefore(DISTRICTS_ABOLISHED)) {
          throw new IllegalArgumentException("district-level units no longer exist on " + date);
        }
        return LocalizedText.of("Thủ tướng Chính phủ", "Prime Minister");
      case PROVINCE:
        return LocalizedText.of("Thủ tướng Chính phủ", "Prime Minister");
      default:
        return LocalizedText.of(
            "UBND tỉnh (theo quy định của tỉnh)",
            "Provincial People's Committee (province's own rules)");
    }
  }
}
