package org.ntmkit.core.law;

import org.ntmkit.core.LocalizedText;

/** The kind of a legal instrument or document that a value is taken from. */
public enum InstrumentKind {
  /** Luật — a law of the National Assembly. */
  LAW(LocalizedText.of("Luật", "Law")),
  /** Nghị quyết — a resolution (National Assembly, Government or provincial council). */
  RESOLUTION(LocalizedText.of("Nghị quyết", "Resolution")),
  /** Nghị định — a government decree. */
  DECREE(LocalizedText.of("Nghị định", "Decree")),
  /** Quyết định — a decision (Prime Minister, minister or provincial People's Committee). */
  DECISION(LocalizedText.of("Quyết định", "Decision")),
  /** Thông tư — a ministerial circular. */
  CIRCULAR(LocalizedText.of("Thông tư", "Circular")),
  /** Công văn — an official letter or guidance. */
  OFFICIAL_LETTER(LocalizedText.of("Công văn", "Official letter")),
  /** Báo cáo — a report, such as a province's year-end report. */
  REPORT(LocalizedText.of("Báo cáo", "Report")),
  /** Any other document (news article, handbook, …). */
  OTHER(LocalizedText.of("Tài liệu khác", "Other document"));

  private final LocalizedText label;

  InstrumentKind(LocalizedText label) {
    this.label = label;
  }

  /** The name in Vietnamese and English. */
  public LocalizedText label() {
    return label;
  }
}
