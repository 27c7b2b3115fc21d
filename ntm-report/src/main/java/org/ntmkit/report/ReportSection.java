package org.ntmkit.report;

import com.google.common.collect.ImmutableList;
import org.immutables.value.Value;
import org.ntmkit.core.NtmStyle;

/**
 * One section of a province report as it is printed, in one language: a heading, a table and the
 * notes under it. {@link ReportRenderer#sections} gives them in order; the text and Markdown
 * renderers print them, and a renderer of one's own (HTML, a spreadsheet) can do the same and add
 * what it likes after the section of a given {@link Kind}.
 *
 * <pre>{@code
 * for (ReportSection s : ReportRenderer.sections(report, Language.VI)) {
 *   sheet.addTable(s.getHeading(), s.getHeader(), s.getRows());
 * }
 * }</pre>
 */
@Value.Immutable
@NtmStyle
public interface ReportSection {

  /** What a section shows. */
  enum Kind {
    CRITERIA,
    TITLES,
    NOT_YET_NTM,
    /** Communes whose assessment cannot tell, with what is undetermined. */
    CANNOT_TELL_YET,
    DISTRICTS,
    VILLAGES,
    OCOP,
    FUNDING,
    TARGETS
  }

  /** What the section shows. */
  Kind getKind();

  /** The heading, numbered as the province prints it ("1. Số xã đạt từng tiêu chí …"). */
  String getHeading();

  /** The table's column headings. */
  ImmutableList<String> getHeader();

  /** The table's rows, one cell per column, formatted for the language. */
  ImmutableList<ImmutableList<String>> getRows();

  /** Lines printed under the table. */
  ImmutableList<String> getNotes();
}
