package org.ntmkit.ocop.certificate;

import java.time.LocalDate;
import java.util.Optional;
import org.ntmkit.core.parameter.ParameterQuery;
import org.ntmkit.core.parameter.ParameterSet;
import org.ntmkit.ocop.OcopCriteriaSet;
import org.ntmkit.ocop.grading.OcopGrader;

/**
 * The lifecycle of OCOP certificates: valid for {@code ocop.certificate.validityMonths} (36) months
 * from the decision; the holder is notified {@code ocop.certificate.noticeDays} (30) days before
 * expiry (QĐ 148/QĐ-TTg; no such rule was found for QĐ 1048/QĐ-TTg); re-evaluation uses the
 * criteria set in force at the time.
 *
 * <pre>{@code
 * CertificateRules rules = CertificateRules.bundled();
 * rules.expiresOn(cert);                          // decision date + 36 months
 * rules.status(cert, LocalDate.of(2023, 11, 1));  // VALID, EXPIRING_SOON, EXPIRED or REVOKED
 * }</pre>
 */
public final class CertificateRules {

  static final String VALIDITY = "ocop.certificate.validityMonths";
  static final String NOTICE = "ocop.certificate.noticeDays";

  private final ParameterSet parameters;

  private CertificateRules(ParameterSet parameters) {
    this.parameters = parameters;
  }

  /** The rules with the bundled parameters. */
  public static CertificateRules bundled() {
    return of(OcopGrader.bundled().parameters());
  }

  /** The rules with given parameters (e.g. after an overlay). */
  public static CertificateRules of(ParameterSet parameters) {
    return new CertificateRules(parameters);
  }

  /**
   * The first day the certificate is no longer valid: the decision date plus the validity in force
   * on that date; empty if the validity parameter is missing.
   */
  public Optional<LocalDate> expiresOn(OcopCertificate certificate) {
    return parameters
        .find(VALIDITY, ParameterQuery.builder().setDate(certificate.getDecisionDate()).build())
        .map(v -> certificate.getDecisionDate().plusMonths(v.getValue().longValueExact()));
  }

  /**
   * The day the issuing body must notify the holder at the latest, when a notice rule applies to
   * the certificate's expiry.
   */
  public Optional<LocalDate> noticeDue(OcopCertificate certificate) {
    return expiresOn(certificate)
        .flatMap(
            expiry ->
                parameters
                    .find(NOTICE, ParameterQuery.builder().setDate(expiry).build())
                    .map(v -> expiry.minusDays(v.getValue().longValueExact())));
  }

  /**
   * The certificate's status on a date.
   *
   * @return empty if the validity parameter is missing for the decision date
   */
  public Optional<CertificateStatus> status(OcopCertificate certificate, LocalDate date) {
    if (certificate.getRevokedOn().map(r -> !date.isBefore(r)).orElse(false)) {
      return Optional.of(CertificateStatus.REVOKED);
    }
    Optional<LocalDate> expiry = expiresOn(certificate);
    if (expiry.isEmpty()) {
      return Optional.empty();
    }
    if (!date.isBefore(expiry.get())) {
      return Optional.of(CertificateStatus.EXPIRED);
    }
    boolean inNotice = noticeDue(certificate).map(d -> !date.isBefore(d)).orElse(false);
    return Optional.of(inNotice ? CertificateStatus.EXPIRING_SOON : CertificateStatus.VALID);
  }

  /** The criteria set a re-evaluation on a date uses (scores do not carry over between sets). */
  public Optional<OcopCriteriaSet> reEvaluationSet(LocalDate date) {
    return OcopCriteriaSet.inForceOn(date);
  }
}
