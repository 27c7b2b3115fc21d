package org.ntmkit.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.ntmkit.core.Language;
import org.ntmkit.rules.NtmRules;

/**
 * The HTML page shows everything the text report shows, and its charts are drawn to scale: bars as
 * a share of their whole (communes, products), the funding bar as the seed's shares of 9,578,694
 * million VND (§5: 17,7 / 10,9 / 57,7 / 1,8 / 10,3 / 1,6%). Layout: labels in a 330-pixel column,
 * bars of at most 300 pixels, rows of 20; a 600-pixel funding bar.
 */
class HtmlReportTest {

  private static final ProvinceDataset PROVINCE = ReportFixtures.province();
  private static final ProvinceReport REPORT =
      ProvinceReport.of(ReportInputs.of(NtmRules.bundled(), ReportFixtures.COMMUNES, PROVINCE));

  private static String page(Language lang) {
    return HtmlReport.render(REPORT, PROVINCE, ReportFixtures.COMMUNES, lang);
  }

  @ParameterizedTest
  @EnumSource(Language.class)
  void everySectionOfTheTextReportIsOnThePage(Language lang) {
    String page = page(lang);
    for (ReportSection s : ReportRenderer.sections(REPORT, lang)) {
      assertTrue(
          page.contains("<h2>" + HtmlReport.esc(s.getHeading()) + "</h2>\n<table>"),
          s.getHeading());
      for (String h : s.getHeader()) {
        assertTrue(page.contains("<th>" + HtmlReport.esc(h) + "</th>"), h);
      }
      for (var row : s.getRows()) {
        assertTrue(page.contains(">" + HtmlReport.esc(row.get(0)) + "</td>"), row.get(0));
        for (String cell : row.subList(1, row.size())) {
          assertTrue(page.contains(">" + HtmlReport.esc(cell) + "</td>"), cell);
        }
      }
      for (String n : s.getNotes()) {
        assertTrue(page.contains("<p class=\"note\">" + HtmlReport.esc(n) + "</p>"), n);
      }
    }
    assertTrue(page.contains(HtmlReport.esc(ReportRenderer.footnote(lang))));
    assertTrue(page.contains("<p class=\"note\">Báo cáo mẫu (minh họa)</p>"), "the source");
    assertTrue(page.endsWith("</body>\n</html>\n"));
  }

  @ParameterizedTest
  @EnumSource(Language.class)
  void numbersAreRightAlignedAndTextIsNot(Language lang) {
    String page = page(lang);
    assertTrue(page.contains("<tr><td>" + (lang == Language.VI ? "Huyện" : "Rural district")));
    assertTrue(page.contains("<td class=\"n\">2</td>"));
  }

  @org.junit.jupiter.api.Test
  void theTitlesByDistrictCountEachDistrictsCommunesAndItsOwnTitle() {
    String vi = page(Language.VI);
    // Lộc Hà: 2 communes, 1 NTM (by decision), none advanced or model; 6 of its 9 criteria met.
    assertTrue(
        vi.contains(
            "<tr><td>Huyện Lộc Hà</td><td class=\"n\">2</td><td class=\"n\">1</td>"
                + "<td class=\"n\">0</td><td class=\"n\">0</td><td>Chưa đạt: 6/9 tiêu chí</td></tr>"),
        vi);
    // Hồng Lĩnh: recognised as having completed the task; no commune of it in the data.
    assertTrue(
        vi.contains(
            "<tr><td>Thị xã Hồng Lĩnh</td><td class=\"n\">0</td><td class=\"n\">0</td>"
                + "<td class=\"n\">0</td><td class=\"n\">0</td><td>Đạt chuẩn / hoàn thành</td></tr>"),
        vi);
    // Kỳ Anh: no measurements, no decision.
    assertTrue(vi.contains("<tr><td>Huyện Kỳ Anh</td><td class=\"n\">0</td>"), vi);
    assertTrue(
        vi.contains("<td class=\"n\">0</td><td class=\"n\">—</td></tr>"),
        "dashes align as numbers");
  }

  @org.junit.jupiter.api.Test
  void barsAreDrawnAsAShareOfTheirWhole() {
    String vi = page(Language.VI);
    String criteria = svg(vi, "Số xã đạt từng tiêu chí");
    // 19 criteria in rows of 20 (+10), a 330 label column, 300 for the bars, 50 for the numbers.
    assertTrue(
        criteria.startsWith(
            "<svg role=\"img\" xmlns=\"http://www.w3.org/2000/svg\" width=\"680\" height=\"390\""),
        criteria);
    long rows = Pattern.compile("<rect class=\"bar\"").matcher(criteria).results().count();
    assertEquals(19, rows);
    // Criterion 1 (planning) is met by both communes: the full 300 pixels, "2" after the bar.
    assertTrue(
        criteria.contains(
            "<text x=\"324\" y=\"18\" text-anchor=\"end\">1. Quy hoạch</text>"
                + "<rect class=\"bar\" x=\"330\" y=\"5\" width=\"300\" height=\"16\" fill=\"#1b7837\"/>"
                + "<text x=\"634\" y=\"18\">2</text>"),
        criteria);
    // The second row starts 20 pixels lower.
    assertTrue(criteria.contains("y=\"25\" width=\""), criteria);
    String ocop = svg(vi, "Sản phẩm OCOP");
    // One 3-star and one 4-star product of 2: half the bar each.
    assertTrue(
        ocop.contains("width=\"150\" height=\"16\" fill=\"#1b7837\"/><text x=\"484\""), ocop);
  }

  @org.junit.jupiter.api.Test
  void theFundingBarIsTheSeedsSharesOf600Pixels() {
    String funding = svg(page(Language.VI), "Cơ cấu vốn");
    // 17,7% of 600 = 106,2; then 10,9% = 65,4 from x = 106,2; 57,7% = 346,2 from 171,6; …
    assertTrue(funding.contains("<rect x=\"0\" y=\"10\" width=\"106.2\" height=\"24\""), funding);
    assertTrue(funding.contains("<rect x=\"106.2\" y=\"10\" width=\"65.4\""), funding);
    assertTrue(funding.contains("<rect x=\"171.6\" y=\"10\" width=\"346.2\""), funding);
    assertTrue(funding.contains("<rect x=\"517.8\" y=\"10\" width=\"10.8\""), funding);
    assertTrue(funding.contains("<rect x=\"528.6\" y=\"10\" width=\"61.8\""), funding);
    assertTrue(funding.contains("<rect x=\"590.4\" y=\"10\" width=\"9.6\""), funding);
    // The legend: a row of 18 pixels per source under the bar, six sources.
    assertTrue(
        funding.startsWith(
            "<svg role=\"img\" xmlns=\"http://www.w3.org/2000/svg\" width=\"600\" height=\"168\""),
        funding);
    assertTrue(
        funding.contains(
            "<rect x=\"0\" y=\"68\" width=\"12\" height=\"12\" fill=\"#5aae61\"/><text x=\"18\" y=\"78\">"),
        funding);
  }

  /** The SVG element whose label is given. */
  private static String svg(String page, String label) {
    Matcher m =
        Pattern.compile(
                "<svg[^>]*aria-label=\"" + Pattern.quote(label) + "\">.*?</svg>", Pattern.DOTALL)
            .matcher(page);
    assertTrue(m.find(), label);
    return m.group();
  }
}
