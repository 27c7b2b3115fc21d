/**
 * NTM SDK rules: criteria catalogs and evaluators for communes, districts, provinces and villages;
 * recognition; funding; province reports.
 */
module org.ntmkit.rules {
  requires transitive org.ntmkit.core;
  requires transitive org.ntmkit.ocop;
  requires static org.immutables.value;
  requires static org.jspecify;
  requires static com.google.errorprone.annotations;

  exports org.ntmkit.rules;
  exports org.ntmkit.rules.criteria;
  exports org.ntmkit.rules.funding;
  exports org.ntmkit.rules.plan;
  exports org.ntmkit.rules.report;

  opens org.ntmkit.rules to
      com.fasterxml.jackson.databind,
      org.hibernate.validator;
  opens org.ntmkit.rules.criteria to
      com.fasterxml.jackson.databind,
      org.hibernate.validator;
  opens org.ntmkit.rules.funding to
      com.fasterxml.jackson.databind,
      org.hibernate.validator;
  opens org.ntmkit.rules.plan to
      com.fasterxml.jackson.databind,
      org.hibernate.validator;
  opens org.ntmkit.rules.report to
      com.fasterxml.jackson.databind,
      org.hibernate.validator;
}
