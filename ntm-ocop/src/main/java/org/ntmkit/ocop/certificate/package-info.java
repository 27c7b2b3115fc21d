/**
 * OCOP certificates: {@link org.ntmkit.ocop.certificate.OcopCertificate} and its lifecycle by
 * {@link org.ntmkit.ocop.certificate.CertificateRules} (valid 36 months, notice 30 days before
 * expiry, revocation).
 */
@NullMarked
package org.ntmkit.ocop.certificate;

import org.jspecify.annotations.NullMarked;
