/**
 * NTM SDK report: the province's year-end report on NTM and OCOP — counts and shares per criterion,
 * titles, plans and targets, OCOP stars, funding — computed from evaluated communes and districts,
 * and rendered as text, Markdown or tables ({@link org.ntmkit.report.ProvinceReport}, {@link
 * org.ntmkit.report.ReportRenderer}).
 */
module org.ntmkit.report {
  requires transitive org.ntmkit.rules;
  requires transitive org.ntmkit.ocop;
  requires static org.immutables.value;
  requires static org.jspecify;
  requires static com.google.errorprone.annotations;

  exports org.ntmkit.report;

  opens org.ntmkit.report to
      com.fasterxml.jackson.databind,
      org.hibernate.validator;
}
