/**
 * NTM SDK rules: criteria catalogs and evaluators for communes, districts, provinces and villages;
 * recognition and revocation; funding; plans.
 *
 * <p>Packages: {@link org.ntmkit.rules} (the entry point {@link org.ntmkit.rules.NtmRules} and its
 * results), {@link org.ntmkit.rules.catalog} (criteria sets, indicators, variables, overlays),
 * {@link org.ntmkit.rules.measurement} (a unit's measured data), {@link
 * org.ntmkit.rules.recognition} (recognition decisions and revocation), {@link
 * org.ntmkit.rules.funding}, {@link org.ntmkit.rules.plan}. The evaluation engine lives in an
 * unexported package.
 */
module org.ntmkit.rules {
  requires transitive org.ntmkit.core;
  requires static org.immutables.value;
  requires static org.jspecify;
  requires static com.google.errorprone.annotations;

  exports org.ntmkit.rules;
  exports org.ntmkit.rules.catalog;
  exports org.ntmkit.rules.measurement;
  exports org.ntmkit.rules.recognition;
  exports org.ntmkit.rules.funding;
  exports org.ntmkit.rules.plan;

  opens org.ntmkit.rules to
      com.fasterxml.jackson.databind,
      org.hibernate.validator;
  opens org.ntmkit.rules.catalog to
      com.fasterxml.jackson.databind,
      org.hibernate.validator;
  opens org.ntmkit.rules.measurement to
      com.fasterxml.jackson.databind,
      org.hibernate.validator;
  opens org.ntmkit.rules.recognition to
      com.fasterxml.jackson.databind,
      org.hibernate.validator;
  opens org.ntmkit.rules.funding to
      com.fasterxml.jackson.databind,
      org.hibernate.validator;
  opens org.ntmkit.rules.plan to
      com.fasterxml.jackson.databind,
      org.hibernate.validator;
}
