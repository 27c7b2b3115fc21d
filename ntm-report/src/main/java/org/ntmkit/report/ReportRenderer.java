package org.ntmkit.report;

import com.google.common.collect.ImmutableList;
import java.math.BigDecimal;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.ntmkit.core.Language;
import org.ntmkit.core.io.NtmJson;
import org.ntmkit.core.quantity.Formatting;
import org.ntmkit.core.quantity.MoneyUnit;
import org.ntmkit.ocop.StarRating;
import org.ntmkit.rules.funding.SourceShare;

/**
 * Renders a {@link ProvinceReport} as a plain-text table, Markdown or JSON, in Vietnamese (decimal
 * comma) or English; {@link #sections} gives the formatted tables to renderers of one's own. Output
 * never depends on the JVM's locale.
 *
 * <pre>{@code
 * String vi = ReportRenderer.text(report, Language.VI);
 * String md = ReportRenderer.markdown(report, Language.EN);
 * String json = ReportRenderer.json(report);
 * }</pre>
 */
public final class ReportRenderer {

  private ReportRenderer() {}

  /** The report as JSON (language-neutral: both texts of every label). */
  public static String json(ProvinceReport r) {
    return NtmJson.defaults().writePretty(r);
  }

  /** The report as aligned plain text. */
  public static String text(ProvinceReport r, Language lang) {
    return render(r, lang, false);
  }

  /** The report as Markdown with tables. */
  public static String markdown(ProvinceReport r, Language lang) {
    return render(r, lang, true);
  }

  /** A share as printed: "17,7%" / "17.7%". */
  static String pct(BigDecimal v, Language lang) {
    return Formatting.format(v, lang) + "%";
  }

  /** The report's title line, e.g. "BÁO CÁO KẾT QUẢ XÂY DỰNG NÔNG THÔN MỚI — tỉnh Hà Tĩnh, …". */
  public static String title(ProvinceReport r, Language lang) {
    return lang.text(
            "BÁO CÁO KẾT QUẢ XÂY DỰNG NÔNG THÔN MỚI — tỉnh ", "NEW RURAL DEVELOPMENT REPORT — ")
        + r.getProvince()
        + lang.text(", ngày ", ", ")
        + r.getDate();
  }

  /**
   * What the reader must know before any number, one line each: the sets applied that are
   * incomplete (their criteria at best undetermined — "cannot tell yet", not "not met"), and
   * verdicts that rest on EXAMPLE values. Empty for a report on complete sets of law.
   */
  public static ImmutableList<String> warnings(ProvinceReport r, Language lang) {
    ImmutableList.Builder<String> out = ImmutableList.builder();
    r.getIncompleteSets()
        .forEach(
            (set, criteria) ->
                out.add(
                    lang.text(
                        "⚠ CHƯA ĐẦY ĐỦ: bộ tiêu chí "
                            + set
                            + " chưa có (đủ) chỉ tiêu cho tiêu chí "
                            + String.join(", ", criteria)
                            + " (KHÔNG TÌM THẤY trong nguồn công khai). Các tiêu chí này nhiều nhất"
                            + " là CHƯA XÁC ĐỊNH — không có nghĩa là chưa đạt. Tỉnh có văn bản"
                            + " chính thức bổ sung bằng lớp phủ (--overlay).",
                        "⚠ INCOMPLETE: set "
                            + set
                            + " lacks (some) indicators of criteria "
                            + String.join(", ", criteria)
                            + " (NOT FOUND in public sources). Those criteria are at best"
                            + " UNDETERMINED — which does not mean not met. A province holding the"
                            + " official text completes it with an overlay (--overlay).")));
    if (!r.getCriteriaOnExamples().isEmpty()) {
      String criteria = String.join(", ", r.getCriteriaOnExamples());
      out.add(
          lang.text(
              "⚠ VÍ DỤ, KHÔNG PHẢI LUẬT: kết quả tiêu chí "
                  + criteria
                  + " dựa trên giá trị minh họa (nguồn EXAMPLE) của một lớp phủ ví dụ.",
              "⚠ EXAMPLE, NOT LAW: the verdicts of criteria "
                  + criteria
                  + " rest on demonstration values (provenance EXAMPLE) of an example overlay."));
    }
    for (org.ntmkit.rules.funding.Discrepancy d : r.getFundingDiscrepancies()) {
      String stated = Formatting.format(d.getStated().in(MoneyUnit.MILLION), lang);
      String parts = Formatting.format(d.getSumOfParts().in(MoneyUnit.MILLION), lang);
      out.add(
          lang.text(
              "⚠ VỐN KHÔNG KHỚP ở "
                  + d.getPath()
                  + ": ghi "
                  + stated
                  + " triệu đồng, tổng các phần là "
                  + parts
                  + " triệu đồng. Tỷ lệ tính trên tổng các nguồn.",
              "⚠ FUNDING DOES NOT ADD UP at "
                  + d.getPath()
                  + ": stated "
                  + stated
                  + " million VND, the parts add up to "
                  + parts
                  + " million VND. Shares are of the sum of the sources."));
    }
    return out.build();
  }

  /**
   * Text made literal for Markdown (CommonMark and GitHub tables), for names and labels that come
   * from data, in a table cell or after a heading's {@code #}: every character that Markdown or
   * HTML would read there ({@code \ ` * _ [ ] | < > ~}) is backslash-escaped, and a line break
   * becomes a space, so a commune named {@code "<script>"} or {@code "A | B\nC"} stays one cell of
   * one row.
   *
   * <pre>{@code
   * ReportRenderer.escapeMarkdown("Xã *A* | B"); // "Xã \*A\* \| B"
   * }</pre>
   */
  public static String escapeMarkdown(String text) {
    StringBuilder out = new StringBuilder(text.length() + 8);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\r' || c == '\n') {
        if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
          i++;
        }
        out.append(' ');
      } else {
        if ("\\`*_[]|<>~".indexOf(c) >= 0) {
          out.append('\\');
        }
        out.append(c);
      }
    }
    return out.toString();
  }

  /** The closing note on rounding, printed under the last section. */
  public static String footnote(Language lang) {
    return lang.text(
        "Tỷ lệ làm tròn nửa lên một chữ số thập phân; cơ cấu vốn theo phần dư lớn nhất (mỗi cấp cộng đúng 100,0%).",
        "Shares rounded half-up to one decimal; funding shares by largest remainder (each level sums to exactly 100.0%).");
  }

  /**
   * The report's sections in the order the province prints them, formatted for a language; the
   * parts the report leaves out (no districts, no OCOP portfolio …) have no section.
   */
  public static ImmutableList<ReportSection> sections(ProvinceReport r, Language lang) {
    ImmutableList.Builder<ReportSection> out = ImmutableList.builder();
    out.add(
        section(
                ReportSection.Kind.CRITERIA,
                lang.text(
                    "1. Số xã đạt từng tiêu chí (trên " + r.getCommunes() + " xã)",
                    "1. Communes meeting each criterion (of " + r.getCommunes() + ")"),
                "#",
                lang.text("Tiêu chí", "Criterion"),
                lang.text("Đạt", "Met"),
                lang.text("Chưa đạt", "Not met"),
                lang.text("Chưa xác định", "Undetermined"),
                lang.text("Tỷ lệ", "Share"))
            .addAllRows(
                r.getCriteria().stream()
                    .map(
                        c ->
                            ImmutableList.of(
                                c.getNumber(),
                                c.getName().get(lang),
                                String.valueOf(c.getMet()),
                                String.valueOf(c.getNotMet()),
                                c.getUndetermined() == 0
                                    ? "0"
                                    : c.getUndetermined()
                                        + " ("
                                        + pct(c.getUndeterminedShare(), lang)
                                        + ")",
                                // Nothing decided: a 0% share would read as a failure.
                                c.getMet() + c.getNotMet() == 0 ? "—" : pct(c.getShare(), lang)))
                    .toList())
            .addAllNotes(byGroup(r, lang))
            .build());

    ImmutableReportSection.Builder titles =
        section(
            ReportSection.Kind.TITLES,
            lang.text(
                "2. Danh hiệu (theo quyết định công nhận)", "2. Titles (by recognition decision)"),
            lang.text("Danh hiệu", "Title"),
            lang.text("Đạt chuẩn", "Held"),
            lang.text("Mới trong năm", "New in year"),
            lang.text("Kế hoạch", "Plan"),
            lang.text("Đạt % KH", "% of plan"));
    for (ProvinceReport.TitleLine l : r.getTitles()) {
      titles.addRows(
          ImmutableList.of(
              l.getTitle().label().get(lang),
              String.valueOf(l.getHeld()),
              String.valueOf(l.getNewInYear()),
              l.getAgainstPlan()
                  .flatMap(PlannedCount::getPlan)
                  .map(p -> range(p, lang))
                  .orElse("—"),
              l.getAgainstPlan()
                  .flatMap(PlannedCount::attainmentPercent)
                  .map(v -> v.toPlainString() + "%")
                  .orElse("—")));
    }
    // Without decisions or plans (a user's commune file alone) the table would only print zeros.
    if (r.getTitles().stream().anyMatch(l -> l.getHeld() > 0 || l.getAgainstPlan().isPresent())) {
      out.add(titles.build());
    }

    out.add(
        section(
                ReportSection.Kind.NOT_YET_NTM,
                lang.text(
                    "3. Xã chưa đạt chuẩn NTM (xếp theo số tiêu chí đạt)",
                    "3. Communes not yet NTM (most criteria met first)"),
                lang.text("Xã", "Commune"),
                lang.text("Số tiêu chí đạt", "Criteria met"),
                lang.text("Tiêu chí chưa đạt", "Criteria not met"))
            .addAllRows(
                r.getNotYetNtm().stream()
                    .map(
                        c ->
                            ImmutableList.of(
                                c.getName(),
                                String.valueOf(c.getCriteriaMet()),
                                String.join(", ", c.getLacking())))
                    .toList())
            .addNotes(
                lang.text(
                        "Xã đã công nhận nhưng hiện chưa đạt đủ tiêu chí: ",
                        "Recognised communes that no longer meet every criterion: ")
                    + r.getLapsed().size())
            .addAllNotes(merged(r, lang))
            .build());

    if (!r.getCannotTellYet().isEmpty()) {
      out.add(
          section(
                  ReportSection.Kind.CANNOT_TELL_YET,
                  lang.text(
                      "3b. Xã chưa xác định được (thiếu số liệu, ngưỡng hoặc chỉ tiêu)",
                      "3b. Communes that cannot be told yet (data, thresholds or indicators"
                          + " missing)"),
                  lang.text("Xã", "Commune"),
                  lang.text("Số tiêu chí đạt", "Criteria met"),
                  lang.text("Tiêu chí chưa đạt", "Criteria not met"),
                  lang.text("Tiêu chí chưa xác định", "Criteria undetermined"))
              .addAllRows(
                  r.getCannotTellYet().stream()
                      .map(
                          c ->
                              ImmutableList.of(
                                  c.getName(),
                                  String.valueOf(c.getCriteriaMet()),
                                  c.getLacking().isEmpty()
                                      ? "—"
                                      : String.join(", ", c.getLacking()),
                                  String.join(", ", c.getUndetermined())))
                      .toList())
              .build());
    }

    if (!r.getDistricts().isEmpty()) {
      out.add(
          section(
                  ReportSection.Kind.DISTRICTS,
                  lang.text("4. Cấp huyện", "4. District level"),
                  lang.text("Đơn vị", "Unit"),
                  lang.text("Kết quả", "Outcome"),
                  lang.text("Tiêu chí đạt", "Criteria met"),
                  lang.text("Chưa đạt", "Not met"))
              .addAllRows(
                  r.getDistricts().stream()
                      .map(
                          d ->
                              ImmutableList.of(
                                  d.getName(),
                                  d.getOutcome().label().get(lang),
                                  d.getCriteriaMet() + "/" + d.getCriteriaTotal(),
                                  String.join(
                                      "; ",
                                      d.getFailing().stream().map(x -> x.get(lang)).toList())))
                      .toList())
              .build());
    }

    if (!r.getVillageCounts().isEmpty()) {
      out.add(
          section(
                  ReportSection.Kind.VILLAGES,
                  lang.text(
                      "5. Khu dân cư kiểu mẫu, vườn mẫu", "5. Model residential areas and gardens"),
                  "",
                  lang.text("Đạt trong năm", "Met in year"),
                  lang.text("Kế hoạch", "Plan"),
                  lang.text("Đạt % KH", "% of plan"),
                  lang.text("Lũy kế", "Cumulative"))
              .addAllRows(
                  r.getVillageCounts().stream()
                      .map(
                          c ->
                              ImmutableList.of(
                                  c.getLabel().get(lang),
                                  Formatting.format(BigDecimal.valueOf(c.getActual()), lang),
                                  c.getPlan().map(p -> range(p, lang)).orElse("—"),
                                  c.attainmentPercent()
                                      .map(v -> v.toPlainString() + "%")
                                      .orElse("—"),
                                  c.getCumulative()
                                      .map(v -> Formatting.format(BigDecimal.valueOf(v), lang))
                                      .orElse("—")))
                      .toList())
              .build());
    }

    if (!r.getOcopByStar().isEmpty()) {
      ImmutableReportSection.Builder ocop =
          section(
              ReportSection.Kind.OCOP,
              lang.text("6. Sản phẩm OCOP", "6. OCOP products"),
              lang.text("Hạng", "Rating"),
              lang.text("Lũy kế", "All"),
              lang.text("Mới trong năm", "New in year"));
      for (StarRating s : List.of(StarRating.THREE, StarRating.FOUR, StarRating.FIVE)) {
        ocop.addRows(
            ImmutableList.of(
                s.label().get(lang),
                String.valueOf(r.getOcopByStar().getOrDefault(s, 0L)),
                String.valueOf(r.getOcopNewByStar().getOrDefault(s, 0L))));
      }
      r.getOcopNew()
          .ifPresent(
              c ->
                  ocop.addNotes(
                      lang.text("Mới trong năm: ", "New in the year: ")
                          + c.getActual()
                          + lang.text(" sản phẩm, kế hoạch ", " products against a plan of ")
                          + c.getPlan().map(p -> range(p, lang)).orElse("—")
                          + " = "
                          + c.attainmentPercent().map(v -> v.toPlainString() + "%").orElse("—")));
      out.add(ocop.build());
    }

    if (!r.getFunding().isEmpty()) {
      ImmutableReportSection.Builder funding =
          section(
              ReportSection.Kind.FUNDING,
              lang.text("7. Vốn huy động (triệu đồng)", "7. Capital mobilised (million VND)"),
              lang.text("Nguồn", "Source"),
              lang.text("Số tiền", "Amount"),
              lang.text("Tỷ lệ", "Share"));
      funding(r.getFunding(), "", funding, lang);
      out.add(funding.build());
    }

    if (!r.getTargets().isEmpty()) {
      out.add(
          section(
                  ReportSection.Kind.TARGETS,
                  lang.text("8. Tiến độ thực hiện mục tiêu", "8. Progress on targets"),
                  lang.text("Mục tiêu", "Target"),
                  lang.text("Yêu cầu", "Required"),
                  lang.text("Đạt", "Reached"),
                  lang.text("Còn thiếu", "Still needed"))
              .addAllRows(
                  r.getTargets().stream()
                      .map(
                          l ->
                              ImmutableList.of(
                                  l.getLabel().get(lang),
                                  String.valueOf(l.getRequired()),
                                  String.valueOf(l.getActual()),
                                  String.valueOf(l.stillNeeded())))
                      .toList())
              .build());
    }
    return out.build();
  }

  /** What merged communes mean for the counts: no title inherited. */
  private static List<String> merged(ProvinceReport r, Language lang) {
    if (r.getMergedCommunes().isEmpty()) {
      return List.of();
    }
    return List.of(
        lang.text(
            r.getMergedCommunes().size()
                + " xã hình thành do sáp nhập: không kế thừa danh hiệu của các xã cũ, việc công"
                + " nhận được xét lại từ đầu; "
                + r.getDecisionsBeforeMerger()
                + " quyết định công nhận trước ngày sáp nhập không được tính.",
            r.getMergedCommunes().size()
                + " communes formed by merger: no title is inherited from their predecessors,"
                + " recognition is decided afresh; "
                + r.getDecisionsBeforeMerger()
                + " recognition decisions dated before their merger are not counted."));
  }

  /** "Communes by group: group 1: 2 · group 2: 3" where the set's thresholds differ by group. */
  private static List<String> byGroup(ProvinceReport r, Language lang) {
    if (r.getCommunesByGroup().isEmpty()) {
      return List.of();
    }
    List<String> parts = new java.util.ArrayList<>();
    r.getCommunesByGroup()
        .forEach((g, n) -> parts.add(lang.text("nhóm ", "group ") + g.code() + ": " + n));
    return List.of(
        lang.text(
                "Số xã theo nhóm (QĐ 51/2025/QĐ-TTg): ", "Communes by group (QĐ 51/2025/QĐ-TTg): ")
            + String.join(" · ", parts));
  }

  private static ImmutableReportSection.Builder section(
      ReportSection.Kind kind, String heading, String... header) {
    return ImmutableReportSection.builder().setKind(kind).setHeading(heading).addHeader(header);
  }

  private static String render(ProvinceReport r, Language lang, boolean md) {
    Table out = new Table(md);
    out.title(title(r, lang));
    warnings(r, lang).forEach(out::text);
    for (ReportSection s : sections(r, lang)) {
      out.heading(s.getHeading());
      out.header(s.getHeader());
      s.getRows().forEach(out::row);
      s.getNotes().forEach(out::text);
    }
    out.text(footnote(lang));
    return out.toString();
  }

  private static void funding(
      List<SourceShare> shares, String indent, ImmutableReportSection.Builder out, Language lang) {
    for (SourceShare s : shares) {
      out.addRows(
          ImmutableList.of(
              indent + s.getName().get(lang),
              Formatting.format(s.getAmount().in(MoneyUnit.MILLION), lang),
              pct(s.getShare(), lang)));
      funding(s.getChildren(), indent + "– ", out, lang);
    }
  }

  private static String range(org.ntmkit.rules.plan.Plan p, Language lang) {
    return p.getLower().compareTo(p.getUpper()) == 0
        ? Formatting.format(p.getLower(), lang)
        : Formatting.format(p.getLower(), lang) + "–" + Formatting.format(p.getUpper(), lang);
  }

  /** Text or Markdown table output. */
  private static final class Table {
    private final boolean md;
    private final StringBuilder sb = new StringBuilder();
    private @Nullable List<String> header;
    private final List<List<String>> rows = new java.util.ArrayList<>();

    Table(boolean md) {
      this.md = md;
    }

    void title(String s) {
      sb.append(md ? "# " + escapeMarkdown(s) : s).append("\n");
    }

    void heading(String s) {
      flush();
      sb.append("\n").append(md ? "## " + escapeMarkdown(s) : s).append("\n");
      if (md) {
        sb.append("\n");
      }
    }

    void text(String s) {
      flush();
      sb.append(md ? "\n" + escapeMarkdown(s) : s).append("\n");
    }

    void header(List<String> h) {
      flush();
      header = h;
    }

    void row(List<String> r) {
      rows.add(r);
    }

    private void flush() {
      List<String> header = this.header;
      if (header == null) {
        return;
      }
      if (md) {
        sb.append("| ")
            .append(
                String.join(" | ", header.stream().map(ReportRenderer::escapeMarkdown).toList()))
            .append(" |\n|");
        header.forEach(h -> sb.append("---|"));
        sb.append("\n");
        for (List<String> r : rows) {
          sb.append("| ")
              .append(String.join(" | ", r.stream().map(ReportRenderer::escapeMarkdown).toList()))
              .append(" |\n");
        }
      } else {
        int[] w = new int[header.size()];
        for (int i = 0; i < w.length; i++) {
          w[i] = header.get(i).length();
          for (List<String> r : rows) {
            w[i] = Math.max(w[i], r.get(i).length());
          }
        }
        line(header, w);
        for (List<String> r : rows) {
          line(r, w);
        }
      }
      this.header = null;
      rows.clear();
    }

    private void line(List<String> cells, int[] w) {
      StringBuilder l = new StringBuilder();
      for (int i = 0; i < cells.size(); i++) {
        String c = cells.get(i);
        boolean numeric =
            !c.isEmpty() && (Character.isDigit(c.charAt(0)) || c.equals("—")) && i > 0;
        String pad = " ".repeat(Math.max(0, w[i] - c.length()));
        l.append(i == 0 ? "" : "  ").append(numeric ? pad + c : c + pad);
      }
      sb.append(l.toString().stripTrailing()).append("\n");
    }

    @Override
    public String toString() {
      flush();
      return sb.toString();
    }
  }
}
