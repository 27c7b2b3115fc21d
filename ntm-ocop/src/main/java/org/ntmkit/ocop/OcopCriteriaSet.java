package org.ntmkit.ocop;

import java.time.LocalDate;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.ntmkit.core.LocalizedText;
import org.ntmkit.core.law.InstrumentKind;
import org.ntmkit.core.law.LegalReference;
import org.ntmkit.core.law.Validity;

/**
 * The OCOP criteria sets (bộ tiêu chí đánh giá, phân hạng sản phẩm OCOP), each in force over a
 * period. Scores are not convertible between sets: a product is re-evaluated under the set in force
 * at re-evaluation.
 *
 * <pre>{@code
 * OcopCriteriaSet.inForceOn(LocalDate.of(2020, 12, 31)); // QD_1048_2019
 * OcopCriteriaSet.inForceOn(LocalDate.of(2023, 2, 24));  // QD_148_2023
 * }</pre>
 */
public enum OcopCriteriaSet {
  /**
   * QĐ 1048/QĐ-TTg (21/08/2019), amended by QĐ 781/QĐ-TTg (08/06/2020): parts A 35 / B 25 / C 40.
   */
  QD_1048_2019(
      LocalizedText.of("Bộ tiêu chí OCOP theo QĐ 1048/QĐ-TTg", "OCOP criteria of QĐ 1048/QĐ-TTg"),
      LocalDate.of(2019, 8, 21),
      LocalDate.of(2023, 2, 24),
      LegalReference.builder()
          .setInstrument("1048/QĐ-TTg")
          .setKind(InstrumentKind.DECISION)
          .setIssued(LocalDate.of(2019, 8, 21))
          .setTitle("Bộ tiêu chí đánh giá, phân hạng sản phẩm Chương trình Mỗi xã một sản phẩm")
          .build()),
  /**
   * QĐ 148/QĐ-TTg (24/02/2023, in force on signing), replacing 1048 and 781: A 40 / B 25 / C 35.
   */
  QD_148_2023(
      LocalizedText.of("Bộ tiêu chí OCOP theo QĐ 148/QĐ-TTg", "OCOP criteria of QĐ 148/QĐ-TTg"),
      LocalDate.of(2023, 2, 24),
      null,
      LegalReference.builder()
          .setInstrument("148/QĐ-TTg")
          .setKind(InstrumentKind.DECISION)
          .setIssued(LocalDate.of(2023, 2, 24))
          .setEffective(LocalDate.of(2023, 2, 24))
          .setTitle("Bộ tiêu chí và quy trình đánh giá, phân hạng sản phẩm OCOP")
          .build());

  private final LocalizedText label;
  private final Validity validity;
  private final LegalReference reference;

  OcopCriteriaSet(
      LocalizedText label, LocalDate from, @Nullable LocalDate until, LegalReference reference) {
    this.label = label;
    this.validity = until == null ? Validity.from(from) : Validity.between(from, until);
    this.reference = reference;
  }

  /** The set's name in Vietnamese and English. */
  public LocalizedText label() {
    return label;
  }

  /** When the set applies: QĐ 1048 from 21/08/2019 until QĐ 148 replaced it on 24/02/2023. */
  public Validity validity() {
    return validity;
  }

  /** The decision that issued it. */
  public LegalReference reference() {
    return reference;
  }

  /** Whether the set applies on a date. */
  public boolean appliesOn(LocalDate date) {
    return validity.contains(date);
  }

  /** The set in force on a date; empty before 21/08/2019. */
  public static Optional<OcopCriteriaSet> inForceOn(LocalDate date) {
    for (OcopCriteriaSet s : values()) {
      if (s.appliesOn(date)) {
        return Optional.of(s);
      }
    }
    return Optional.empty();
  }
}
