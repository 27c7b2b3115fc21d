package org.ntmkit.core.law;

import org.ntmkit.core.LocalizedText;

/**
 * How sure we are of a legal value: where it was read.
 *
 * <p>The constants are ordered from the strongest to the weakest, so a result that rests on several
 * values carries the {@linkplain #weakest(Provenance, Provenance) weakest} of them and a user sees
 * when a verdict rests on an inferred threshold.
 */
public enum Provenance {
  /** Read in the official text of the instrument (the gazette or the signed decision). */
  OFFICIAL_TEXT(LocalizedText.of("Văn bản chính thức", "Official text")),
  /** Quoted by a secondary source: a law portal's Q&amp;A, a ministry summary, a newspaper. */
  SECONDARY_SOURCE(LocalizedText.of("Nguồn thứ cấp", "Secondary source")),
  /** Derived by reasoning from sourced facts; unconfirmed. */
  INFERRED(LocalizedText.of("Suy luận", "Inferred")),
  /**
   * Invented to show how something works (a demonstration overlay): never law, whatever it looks
   * like. A verdict resting on it carries this label, so it cannot be taken for a legal one.
   */
  EXAMPLE(LocalizedText.of("Ví dụ minh họa — không phải luật", "Example — not law"));

  private final LocalizedText label;

  Provenance(LocalizedText label) {
    this.label = label;
  }

  /** The name in Vietnamese and English. */
  public LocalizedText label() {
    return label;
  }

  /** The weaker of two provenances ({@code INFERRED} is weaker than {@code OFFICIAL_TEXT}). */
  public static Provenance weakest(Provenance a, Provenance b) {
    return a.compareTo(b) >= 0 ? a : b;
  }
}
