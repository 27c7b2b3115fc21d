package org.ntmkit.rules;

import org.ntmkit.core.LocalizedText;

/**
 * The titles a commune can be recognised with, each requiring the one before it: NTM ⊂ NTM nâng cao
 * ⊂ NTM kiểu mẫu (QĐ 318/QĐ-TTg and QĐ 319/QĐ-TTg, 2022, for 2021–2025; QĐ 1980/QĐ-TTg and QĐ
 * 691/QĐ-TTg for 2016–2020).
 *
 * <pre>{@code
 * Title.MODEL.requires(); // ADVANCED
 * }</pre>
 */
public enum Title {
  /** Xã đạt chuẩn nông thôn mới. */
  NTM(LocalizedText.of("Xã đạt chuẩn nông thôn mới", "New rural commune (NTM)")),
  /** Xã đạt chuẩn nông thôn mới nâng cao. */
  ADVANCED(LocalizedText.of("Xã đạt chuẩn nông thôn mới nâng cao", "Advanced new rural commune")),
  /** Xã nông thôn mới kiểu mẫu. */
  MODEL(LocalizedText.of("Xã nông thôn mới kiểu mẫu", "Model new rural commune"));

  private final LocalizedText label;

  Title(LocalizedText label) {
    this.label = label;
  }

  /** The title's name in Vietnamese and English. */
  public LocalizedText label() {
    return label;
  }

  /** The title a commune must hold before this one; none for {@link #NTM}. */
  public java.util.Optional<Title> requires() {
    return this == NTM
        ? java.util.Optional.empty()
        : java.util.Optional.of(values()[ordinal() - 1]);
  }
}
