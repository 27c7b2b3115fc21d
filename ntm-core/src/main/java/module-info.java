/**
 * NTM SDK core: the vocabulary every NTM and OCOP rule uses.
 *
 * <p>Administrative units and regions ({@link org.ntmkit.core.unit}), legal references and
 * provenance ({@link org.ntmkit.core.law}), dated parameters and overlays ({@link
 * org.ntmkit.core.parameter}), exact quantities ({@link org.ntmkit.core.quantity}), explanations
 * ({@link org.ntmkit.core.explain}), and one JSON entry point with validation ({@link
 * org.ntmkit.core.io}).
 */
module org.ntmkit.core {
  requires transitive com.fasterxml.jackson.databind;
  requires transitive com.fasterxml.jackson.annotation;
  requires transitive com.google.common;
  requires transitive jakarta.validation;
  requires com.fasterxml.jackson.datatype.guava;
  requires com.fasterxml.jackson.datatype.jdk8;
  requires com.fasterxml.jackson.datatype.jsr310;
  requires org.hibernate.validator;
  requires static org.immutables.value;
  requires static org.jspecify;
  requires static com.google.errorprone.annotations;

  exports org.ntmkit.core;
  exports org.ntmkit.core.unit;
  exports org.ntmkit.core.law;
  exports org.ntmkit.core.parameter;
  exports org.ntmkit.core.quantity;
  exports org.ntmkit.core.explain;
  exports org.ntmkit.core.io;

  opens org.ntmkit.core to
      com.fasterxml.jackson.databind,
      org.hibernate.validator;
  opens org.ntmkit.core.unit to
      com.fasterxml.jackson.databind,
      org.hibernate.validator;
  opens org.ntmkit.core.law to
      com.fasterxml.jackson.databind,
      org.hibernate.validator;
  opens org.ntmkit.core.parameter to
      com.fasterxml.jackson.databind,
      org.hibernate.validator;
  opens org.ntmkit.core.quantity to
      com.fasterxml.jackson.databind,
      org.hibernate.validator;
  opens org.ntmkit.core.explain to
      com.fasterxml.jackson.databind,
      org.hibernate.validator;
  opens org.ntmkit.core.io to
      com.fasterxml.jackson.databind,
      org.hibernate.validator;
}
