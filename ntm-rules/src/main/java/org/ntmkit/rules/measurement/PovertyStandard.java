package org.ntmkit.rules.measurement;

import java.time.LocalDate;
import java.util.Optional;
import org.ntmkit.core.LocalizedText;

/**
 * The national multidimensional poverty standard (chuẩn nghèo đa chiều) a commune's poverty figures
 * were measured under. The same indicator name ("tỷ lệ hộ nghèo đa chiều") means a different count
 * under each standard, so data may say which one they used ({@link
 * CommuneMeasurements#getPovertyStandard()}), and data dated when another standard is in force are
 * rejected rather than compared with the wrong threshold.
 *
 * <pre>{@code
 * PovertyStandard.inForceOn(LocalDate.of(2026, 12, 31));  // Optional[MULTIDIMENSIONAL_2022_2025]
 * PovertyStandard.inForceOn(LocalDate.of(2027, 1, 1));    // Optional[MULTIDIMENSIONAL_2026_2030]
 * }</pre>
 *
 * <p>Legal basis (docs/legal/poverty-standards.md): the 2016–2020 standard (rural line 700,000 đồng
 * per person per month) [CC-S71]; the 2022–2025 standard, Nghị định 07/2021/NĐ-CP, extended to
 * 31/12/2026; the 2026–2030 standard from 01/01/2027 (rural line 2,200,000 đồng, urban 2,800,000)
 * [CC-S66], whose decree's number and date are NOT FOUND. That the 2016–2020 standard was used to
 * the end of 2021 is INFERRED (the 2022–2025 standard's name); the day each took effect is the
 * first of its first year, also INFERRED.
 */
public enum PovertyStandard {
  /** 2016–2020 (used to 31/12/2021, INFERRED). */
  MULTIDIMENSIONAL_2016_2020(
      LocalizedText.of(
          "Chuẩn nghèo đa chiều giai đoạn 2016–2020",
          "Multidimensional poverty standard 2016–2020"),
      LocalDate.of(2016, 1, 1),
      LocalDate.of(2022, 1, 1)),
  /** 2022–2025, Nghị định 07/2021/NĐ-CP, extended to 31/12/2026. */
  MULTIDIMENSIONAL_2022_2025(
      LocalizedText.of(
          "Chuẩn nghèo đa chiều giai đoạn 2022–2025 (Nghị định 07/2021/NĐ-CP, kéo dài đến"
              + " 31/12/2026)",
          "Multidimensional poverty standard 2022–2025 (Decree 07/2021/NĐ-CP, extended to"
              + " 31/12/2026)"),
      LocalDate.of(2022, 1, 1),
      LocalDate.of(2027, 1, 1)),
  /** 2026–2030, applied from 01/01/2027 (decree NOT FOUND). */
  MULTIDIMENSIONAL_2026_2030(
      LocalizedText.of(
          "Chuẩn nghèo đa chiều giai đoạn 2026–2030 (áp dụng từ 01/01/2027)",
          "Multidimensional poverty standard 2026–2030 (applied from 01/01/2027)"),
      LocalDate.of(2027, 1, 1),
      null);

  private final LocalizedText label;
  private final LocalDate from;
  private final @org.jspecify.annotations.Nullable LocalDate to;

  PovertyStandard(
      LocalizedText label, LocalDate from, @org.jspecify.annotations.Nullable LocalDate to) {
    this.label = label;
    this.from = from;
    this.to = to;
  }

  /** The standard's name in Vietnamese and English. */
  public LocalizedText label() {
    return label;
  }

  /** Whether poverty figures of this date are measured under this standard. */
  public boolean appliesOn(LocalDate date) {
    return !date.isBefore(from) && (to == null || date.isBefore(to));
  }

  /** The standard poverty figures of a date are measured under; empty before 2016. */
  public static Optional<PovertyStandard> inForceOn(LocalDate date) {
    for (PovertyStandard s : values()) {
      if (s.appliesOn(date)) {
        return Optional.of(s);
      }
    }
    return Optional.empty();
  }
}
