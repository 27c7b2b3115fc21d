package org.ntmkit.rules.measurement;

import org.ntmkit.core.LocalizedText;

/** Official designations of a commune that change which thresholds apply. */
public enum Designation {
  /** Xã đặc biệt khó khăn — an especially difficult commune. */
  EXTREMELY_DIFFICULT(LocalizedText.of("Xã đặc biệt khó khăn", "Especially difficult commune")),
  /** Xã an toàn khu — a wartime safe-zone commune. */
  SAFE_ZONE(LocalizedText.of("Xã an toàn khu", "Safe-zone commune"));

  private final LocalizedText label;

  Designation(LocalizedText label) {
    this.label = label;
  }

  /** The designation in Vietnamese and English. */
  public LocalizedText label() {
    return label;
  }
}
