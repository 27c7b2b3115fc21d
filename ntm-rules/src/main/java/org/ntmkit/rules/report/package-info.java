/**
 * The province report: {@link org.ntmkit.rules.report.ProvinceReport} computed from a {@link
 * org.ntmkit.rules.report.ReportInput}, rendered by {@link org.ntmkit.rules.report.ReportRenderer}
 * as text, Markdown or JSON, in Vietnamese or English.
 */
@NullMarked
package org.ntmkit.rules.report;

import org.jspecify.annotations.NullMarked;
