package org.ntmkit.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Issue #15 (output): Markdown escaped only {@code |} in the report and nothing in {@code ntm
 * commune --format md} — raw {@code <script>} in titles, a newline in a name broke the row, {@code
 * \|} split a cell. For any text, the escaped form is one line, every Markdown-active character in
 * it is escaped, and a table row of escaped cells splits back into exactly those cells.
 */
class MarkdownEscapeProperties {

  @Provide
  Arbitrary<String> hostile() {
    return Arbitraries.strings()
        .withChars("ab \\`*_[]#|<>~!\r\nXã")
        .withCharRange('a', 'c')
        .ofMaxLength(30);
  }

  @Property(tries = 2000)
  void escapedTextIsOneLiteralLineAndCellsSplitBack(
      @ForAll("hostile") String a, @ForAll("hostile") String b) {
    String ea = ReportRenderer.escapeMarkdown(a);
    assertFalse(ea.contains("\n") || ea.contains("\r"), ea);
    // Every active character is preceded by an odd run of backslashes (i.e. escaped).
    for (int i = 0; i < ea.length(); i++) {
      char c = ea.charAt(i);
      if ("`*_[]|<>~".indexOf(c) >= 0) {
        int run = 0;
        for (int j = i - 1; j >= 0 && ea.charAt(j) == '\\'; j--) {
          run++;
        }
        assertEquals(1, run % 2, "unescaped '" + c + "' in " + ea);
      }
    }
    String row = "| " + ea + " | " + ReportRenderer.escapeMarkdown(b) + " |";
    assertEquals(List.of(unescape(ea), unescape(ReportRenderer.escapeMarkdown(b))), cells(row));
    assertEquals(
        a.replace("\r\n", " ").replace('\r', ' ').replace('\n', ' ').strip(), unescape(ea));
  }

  /** Splits a GFM table row on unescaped pipes, unescaping each cell. */
  private static List<String> cells(String row) {
    List<String> out = new ArrayList<>();
    StringBuilder cell = new StringBuilder();
    String inner = row.substring(2, row.length() - 2);
    for (int i = 0; i < inner.length(); i++) {
      char c = inner.charAt(i);
      if (c == '\\' && i + 1 < inner.length()) {
        cell.append(inner.charAt(++i));
      } else if (c == '|') {
        out.add(cell.toString().strip());
        cell.setLength(0);
      } else {
        cell.append(c);
      }
    }
    out.add(cell.toString().strip());
    return out;
  }

  private static String unescape(String s) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      out.append(c == '\\' && i + 1 < s.length() ? s.charAt(++i) : c);
    }
    return out.toString().strip();
  }
}
