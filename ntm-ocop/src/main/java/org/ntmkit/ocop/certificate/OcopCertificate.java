package org.ntmkit.ocop.certificate;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;
import org.ntmkit.core.NtmStyle;
import org.ntmkit.ocop.CertificationLevel;
import org.ntmkit.ocop.OcopCriteriaSet;
import org.ntmkit.ocop.StarRating;

/**
 * An OCOP certificate (giấy chứng nhận sản phẩm OCOP) issued by a decision for a 3★–5★ product.
 *
 * <p>Its lifecycle — valid, expiring soon, expired, revoked — is computed by {@link
 * CertificateRules} from parameters (36 months' validity; 30 days' notice under QĐ 148/QĐ-TTg).
 *
 * <p>JSON: {@code {"product": "Mật ong Vũ Quang", "star": "THREE", "decisionDate": "2020-11-20",
 * "issuer": "PROVINCE", "decisionNumber": "…", "revokedOn": null}}.
 */
@Value.Immutable
@NtmStyle
@JsonSerialize(as = ImmutableOcopCertificate.class)
@JsonDeserialize(as = ImmutableOcopCertificate.class)
public interface OcopCertificate {

  /** The product certified. */
  @NotBlank
  String getProduct();

  /** The star certified, 3★ to 5★. */
  @NotNull
  StarRating getStar();

  /** The date of the decision that issued it; validity runs from here. */
  @NotNull
  LocalDate getDecisionDate();

  /** The level that issued it. */
  @NotNull
  CertificationLevel getIssuer();

  /** The decision's number, if known. */
  Optional<String> getDecisionNumber();

  /** The day it was revoked, if it was. */
  Optional<LocalDate> getRevokedOn();

  /** Validation: only 3★–5★ products are certified. */
  @JsonIgnore
  @AssertTrue(
      message =
          "chỉ sản phẩm 3–5 sao được cấp giấy chứng nhận || only 3★–5★ products are certified")
  default boolean isCertifiedStar() {
    return getStar() == null || getStar().isCertified();
  }

  /** Validation: it cannot be revoked before it was issued. */
  @JsonIgnore
  @AssertTrue(message = "ngày thu hồi trước ngày cấp || revoked before it was issued")
  default boolean isRevokedAfterIssue() {
    return getDecisionDate() == null
        || getRevokedOn().map(r -> !r.isBefore(getDecisionDate())).orElse(true);
  }

  /** The criteria set it was graded under (the one in force on the decision date). */
  default Optional<OcopCriteriaSet> gradedUnder() {
    return OcopCriteriaSet.inForceOn(getDecisionDate());
  }

  /** A new builder. */
  static ImmutableOcopCertificate.Builder builder() {
    return ImmutableOcopCertificate.builder();
  }
}
