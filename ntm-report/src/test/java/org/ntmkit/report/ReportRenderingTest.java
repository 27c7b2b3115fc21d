package org.ntmkit.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.ntmkit.core.Language;

/**
 * Every section of the rendered province report carries the seed report's figures (Hà Tĩnh 2020,
 * seed digest §1–§7), in Markdown and in aligned text, in both languages. The input is {@link
 * ProvinceReportTest#input()}: 182 communes, 171 NTM (17 in 2020, plan 15), 11 advanced (plan 5),
 * 250 model residential areas (plan 200, 678 cumulative), 2,000 model gardens (plan 1,500), OCOP
 * 152 3★ + 7 4★ with 83 + 4 new against a plan of 70–90, target ≥ 10% model communes.
 */
class ReportRenderingTest {

  private static final ProvinceReport REPORT = ProvinceReport.of(ProvinceReportTest.input());

  private static void assertLine(String expected, String document) {
    assertTrue(document.lines().anyMatch(expected::equals), expected + "\n---\n" + document);
  }

  @Test
  void markdownSectionsCarryTheSeedFigures() {
    String md = ReportRenderer.markdown(REPORT, Language.EN);
    assertEquals(
        "# NEW RURAL DEVELOPMENT REPORT — Hà Tĩnh, 2020-12-31", md.lines().findFirst().get());
    assertLine("## 1. Communes meeting each criterion (of 182)", md);
    assertLine("| # | Criterion | Met | Not met | Undetermined | Share |", md);
    assertLine("|---|---|---|---|---|---|", md);
    // Titles: 171 held, 17 new against 15 planned = 113%; advanced 11 against 5 = 220%.
    assertLine("| New rural commune (NTM) | 171 | 17 | 15 | 113% |", md);
    assertLine("| Advanced new rural commune | 11 | 11 | 5 | 220% |", md);
    // The 11 communes not yet NTM (codes 00171–00181) meet one criterion (income, 36.5 million
    // đồng against the 2020 threshold) and lack criterion 16 (culture).
    assertEquals(
        11,
        md.lines().filter(l -> l.matches("\\| 001(7[1-9]|8[01]) \\| 1 \\| 16 \\|")).count(),
        md);
    assertLine("Recognised communes that no longer meet every criterion: 0", md);
    // Villages and gardens: 125% and 133% of plan.
    assertLine("| Model residential areas | 250 | 200 | 125% | 678 |", md);
    assertLine("| Model gardens | 2,000 | 1,500 | 133% | — |", md);
    // OCOP: 152 three-star and 7 four-star products, 83 + 4 new; 87 in 70–90 is 100%.
    assertLine("| 3-star | 152 | 83 |", md);
    assertLine("| 4-star | 7 | 4 |", md);
    assertLine("| 5-star | 0 | 0 |", md);
    assertLine("New in the year: 87 products against a plan of 70–90 = 100%", md);
    // Targets: ≥ 10% of 182 communes is 19 model communes; 2 reached, 17 still needed.
    assertLine("| Model communes (≥ 10%) | 19 | 2 | 17 |", md);
    assertTrue(md.contains("## 7. Capital mobilised (million VND)"), md);
    assertTrue(md.lines().anyMatch(l -> l.startsWith("| – ") && l.endsWith("| 7.6% |")), md);
    assertTrue(!md.contains("## 4. District level"), "no district rows, no district section");
  }

  @Test
  void textIsAlignedWithNumbersOnTheRight() {
    String vi = ReportRenderer.text(REPORT, Language.VI);
    assertEquals(
        "BÁO CÁO KẾT QUẢ XÂY DỰNG NÔNG THÔN MỚI — tỉnh Hà Tĩnh, ngày 2020-12-31",
        vi.lines().findFirst().get());
    assertTrue(vi.lines().anyMatch(l -> l.matches("Vườn mẫu +2\\.000 +1\\.500 +133% +—")), vi);
    assertTrue(
        vi.lines().anyMatch(l -> l.matches("Khu dân cư NTM kiểu mẫu +250 +200 +125% +678")), vi);
    assertLine("Mới trong năm: 87 sản phẩm, kế hoạch 70–90 = 100%", vi);
    // In each table the numeric columns are right-aligned: rows of the OCOP table end together.
    List<String> ocop = vi.lines().filter(l -> l.matches("(Hạng|[345] sao) .*")).toList();
    assertEquals(4, ocop.size(), vi);
    assertEquals(1, ocop.stream().map(String::length).distinct().count(), ocop.toString());
    assertTrue(ocop.get(1).matches("3 sao +152 +83"), ocop.toString());
    assertTrue(vi.lines().noneMatch(l -> l.startsWith("|") || l.startsWith("## ")), "plain text");
    assertTrue(vi.endsWith("(mỗi cấp cộng đúng 100,0%).\n"), vi);
  }
}
