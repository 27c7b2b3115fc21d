package org.ntmkit.ocop.certificate;

import org.ntmkit.core.LocalizedText;

/** The state of an OCOP certificate on a date. */
public enum CertificateStatus {
  /** Còn hiệu lực. */
  VALID(LocalizedText.of("Còn hiệu lực", "Valid")),
  /** Sắp hết hạn — within the notice period before expiry (QĐ 148/QĐ-TTg: 30 days). */
  EXPIRING_SOON(LocalizedText.of("Sắp hết hạn", "Expiring soon")),
  /** Hết hạn. */
  EXPIRED(LocalizedText.of("Hết hạn", "Expired")),
  /** Bị thu hồi. */
  REVOKED(LocalizedText.of("Bị thu hồi", "Revoked"));

  private final LocalizedText label;

  CertificateStatus(LocalizedText label) {
    this.label = label;
  }

  /** The status in Vietnamese and English. */
  public LocalizedText label() {
    return label;
  }
}
