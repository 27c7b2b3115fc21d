package org.ntmkit.ocop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.ntmkit.core.io.InvalidInputException;
import org.ntmkit.core.io.NtmJson;
import org.ntmkit.ocop.certificate.CertificateRules;
import org.ntmkit.ocop.certificate.CertificateStatus;
import org.ntmkit.ocop.certificate.OcopCertificate;

/** Certificates: valid 36 months from the decision; 30 days' notice under QĐ 148 (§A.7). */
class CertificateTest {

  private static final CertificateRules RULES = CertificateRules.bundled();

  private static OcopCertificate issued(LocalDate on) {
    return OcopCertificate.builder()
        .setProduct("Kẹo cu đơ")
        .setStar(StarRating.THREE)
        .setDecisionDate(on)
        .setIssuer(CertificationLevel.PROVINCE)
        .build();
  }

  @Test
  void validThirtySixMonthsFromTheDecision() {
    OcopCertificate c = issued(LocalDate.of(2020, 11, 20));
    assertEquals(Optional.of(LocalDate.of(2023, 11, 20)), RULES.expiresOn(c));
    assertEquals(Optional.of(CertificateStatus.VALID), RULES.status(c, LocalDate.of(2020, 11, 20)));
    assertEquals(Optional.of(CertificateStatus.VALID), RULES.status(c, LocalDate.of(2023, 10, 20)));
    assertEquals(
        Optional.of(CertificateStatus.EXPIRING_SOON), RULES.status(c, LocalDate.of(2023, 10, 21)));
    assertEquals(
        Optional.of(CertificateStatus.EXPIRING_SOON), RULES.status(c, LocalDate.of(2023, 11, 19)));
    assertEquals(
        Optional.of(CertificateStatus.EXPIRED), RULES.status(c, LocalDate.of(2023, 11, 20)));
    assertEquals(Optional.of(LocalDate.of(2023, 10, 21)), RULES.noticeDue(c));
  }

  @Test
  void noNoticeRuleBeforeQd148() {
    // Expiring on 01/09/2022, before QĐ 148/QĐ-TTg: no 30-day notice rule was found for 1048.
    OcopCertificate c = issued(LocalDate.of(2019, 9, 1));
    assertEquals(Optional.empty(), RULES.noticeDue(c));
    assertEquals(Optional.of(CertificateStatus.VALID), RULES.status(c, LocalDate.of(2022, 8, 31)));
    assertEquals(Optional.of(CertificateStatus.EXPIRED), RULES.status(c, LocalDate.of(2022, 9, 1)));
  }

  @Test
  void revokedFromTheRevocationDate() {
    OcopCertificate c =
        org.ntmkit.ocop.certificate.ImmutableOcopCertificate.copyOf(
                issued(LocalDate.of(2021, 3, 1)))
            .withRevokedOn(LocalDate.of(2022, 2, 21));
    assertEquals(Optional.of(CertificateStatus.VALID), RULES.status(c, LocalDate.of(2022, 2, 20)));
    assertEquals(
        Optional.of(CertificateStatus.REVOKED), RULES.status(c, LocalDate.of(2022, 2, 21)));
  }

  @Test
  void reEvaluationUsesTheSetInForceAtTheTime() {
    OcopCertificate c = issued(LocalDate.of(2020, 11, 20));
    assertEquals(Optional.of(OcopCriteriaSet.QD_1048_2019), c.gradedUnder());
    assertEquals(
        Optional.of(OcopCriteriaSet.QD_148_2023),
        RULES.reEvaluationSet(RULES.expiresOn(c).orElseThrow()));
  }

  @Test
  void twoStarCertificateIsRejected() {
    String json =
        "{\"product\": \"x\", \"star\": \"TWO\", \"decisionDate\": \"2021-01-01\", \"issuer\": \"PROVINCE\"}";
    InvalidInputException e =
        assertThrows(
            InvalidInputException.class,
            () -> NtmJson.defaults().read(json, OcopCertificate.class));
    assertEquals("$", e.getProblems().get(0).getPath());
  }
}
