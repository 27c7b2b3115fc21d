package org.ntmkit.ocop;

import java.time.LocalDate;
import java.util.Optional;
import org.ntmkit.core.LocalizedText;
import org.ntmkit.core.unit.District;

/**
 * The level of government whose council grades and whose authority certifies an OCOP star.
 *
 * <p>Who certifies which star (as read from secondary sources on the OCOP programme, not yet
 * checked against the decision's text):
 *
 * <ul>
 *   <li>QĐ 1048/QĐ-TTg (21/08/2019–23/02/2023): province 3★ and 4★, centre 5★;
 *   <li>QĐ 148/QĐ-TTg (24/02/2023–05/07/2025): district 3★ (to 30/06/2025, when districts ceased),
 *       province 4★, centre 5★;
 *   <li>QĐ 1489/QĐ-TTg (from 06/07/2025, district level abolished): province 3★ and 4★, centre 5★.
 * </ul>
 *
 * <pre>{@code
 * CertificationLevel.certifying(StarRating.THREE, LocalDate.of(2024, 1, 1)); // DISTRICT
 * }</pre>
 */
public enum CertificationLevel {
  /** Cấp huyện. */
  DISTRICT(LocalizedText.of("Cấp huyện", "District")),
  /** Cấp tỉnh. */
  PROVINCE(LocalizedText.of("Cấp tỉnh", "Province")),
  /** Cấp trung ương. */
  CENTRAL(LocalizedText.of("Cấp trung ương", "Central"));

  /** QĐ 1489/QĐ-TTg: from this day 3★ moves from the district to the province. */
  public static final LocalDate QD_1489_EFFECTIVE = LocalDate.of(2025, 7, 6);

  private final LocalizedText label;

  CertificationLevel(LocalizedText label) {
    this.label = label;
  }

  /** The level's name in Vietnamese and English. */
  public LocalizedText label() {
    return label;
  }

  /**
   * The level that certifies a star on a date; empty for 1★ and 2★ (never certified), before the
   * first OCOP criteria set, and for 3★ from 01/07 to 05/07/2025 — QĐ 148's district level had
   * ceased and QĐ 1489 was not yet in force: who certified 3★ in those days is NOT FOUND.
   */
  public static Optional<CertificationLevel> certifying(StarRating star, LocalDate date) {
    if (!star.isCertified() || OcopCriteriaSet.inForceOn(date).isEmpty()) {
      return Optional.empty();
    }
    if (star == StarRating.FIVE) {
      return Optional.of(CENTRAL);
    }
    boolean districtThreeStar =
        OcopCriteriaSet.inForceOn(date).get() == OcopCriteriaSet.QD_148_2023
            && date.isBefore(QD_1489_EFFECTIVE);
    if (star == StarRating.THREE && districtThreeStar) {
      return date.isBefore(District.ABOLISHED_ON) ? Optional.of(DISTRICT) : Optional.empty();
    }
    return Optional.of(PROVINCE);
  }
}
