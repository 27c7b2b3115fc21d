package org.ntmkit.core.law;

import org.ntmkit.core.LocalizedText;

/**
 * What kind of publication a {@link Source} is, which bounds how far a value read in it can be
 * trusted: only {@link #OFFICIAL_TEXT} supports {@link Provenance#OFFICIAL_TEXT}.
 */
public enum SourceKind {
  /** The instrument itself, as published in the gazette or by the issuing body. */
  OFFICIAL_TEXT(LocalizedText.of("Văn bản chính thức", "Official text")),
  /** A government portal (national, provincial, district or commune) reporting or copying it. */
  OFFICIAL_PORTAL(LocalizedText.of("Cổng thông tin chính quyền", "Official portal")),
  /** A legal database's summary or Q&amp;A (Thư Viện Pháp Luật, LawNet …). */
  LEGAL_DATABASE(LocalizedText.of("Cơ sở dữ liệu pháp luật", "Legal database")),
  /** A newspaper or magazine article. */
  NEWSPAPER(LocalizedText.of("Báo chí", "Newspaper")),
  /** A province's own copy or application of a national instrument. */
  PROVINCIAL_COPY(LocalizedText.of("Bản của tỉnh", "Provincial copy")),
  /** A copy made by a third party: a mirror, a data dump, a transcription. */
  THIRD_PARTY_TRANSCRIPTION(
      LocalizedText.of("Bản chép của bên thứ ba", "Third-party transcription")),
  /** A report of an authority (a year-end report, a draft), not a rule-making instrument. */
  REPORT(LocalizedText.of("Báo cáo", "Report"));

  private final LocalizedText label;

  SourceKind(LocalizedText label) {
    this.label = label;
  }

  /** The name in Vietnamese and English. */
  public LocalizedText label() {
    return label;
  }
}
