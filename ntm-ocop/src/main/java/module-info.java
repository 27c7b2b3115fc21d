/**
 * NTM SDK OCOP: the One Commune One Product programme (Chương trình Mỗi xã một sản phẩm) — product
 * classification, score sheets, star grading, certificates and portfolios.
 */
module org.ntmkit.ocop {
  requires transitive org.ntmkit.core;
  requires static org.immutables.value;
  requires static org.jspecify;
  requires static com.google.errorprone.annotations;

  exports org.ntmkit.ocop;
  exports org.ntmkit.ocop.sheet;
  exports org.ntmkit.ocop.grading;
  exports org.ntmkit.ocop.certificate;
  exports org.ntmkit.ocop.portfolio;

  opens org.ntmkit.ocop to
      com.fasterxml.jackson.databind,
      org.hibernate.validator;
  opens org.ntmkit.ocop.sheet to
      com.fasterxml.jackson.databind,
      org.hibernate.validator;
  opens org.ntmkit.ocop.grading to
      com.fasterxml.jackson.databind,
      org.hibernate.validator;
  opens org.ntmkit.ocop.certificate to
      com.fasterxml.jackson.databind,
      org.hibernate.validator;
  opens org.ntmkit.ocop.portfolio to
      com.fasterxml.jackson.databind,
      org.hibernate.validator;
}
