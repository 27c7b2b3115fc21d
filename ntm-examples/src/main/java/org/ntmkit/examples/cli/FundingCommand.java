package org.ntmkit.examples.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.ntmkit.core.Language;
import org.ntmkit.core.io.NtmJson;
import org.ntmkit.core.quantity.Formatting;
import org.ntmkit.core.quantity.MoneyUnit;
import org.ntmkit.rules.funding.Discrepancy;
import org.ntmkit.rules.funding.FundingAnalysis;
import org.ntmkit.rules.funding.FundingBreakdown;
import org.ntmkit.rules.funding.SourceShare;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code ntm funding FILE}: checks that a funding breakdown adds up and prints each source's share
 * (largest remainder, so printed shares sum to exactly 100%).
 */
@Command(
    name = "funding",
    mixinStandardHelpOptions = true,
    description = {
      "Kiểm tra cơ cấu vốn (tổng các nguồn) và tính tỷ lệ từng nguồn.",
      "Check a funding breakdown (parts sum to totals) and print each source's share."
    })
final class FundingCommand implements Callable<Integer> {

  @Parameters(paramLabel = "FILE", description = "A funding breakdown (JSON FundingBreakdown).")
  Path file = Path.of("");

  @Option(
      names = "--decimals",
      paramLabel = "N",
      description = "Decimals of the printed shares (default: ${DEFAULT-VALUE}).",
      defaultValue = "1")
  int decimals = 1;

  @Option(
      names = "--strict",
      description = "Treat parts that do not add up as invalid input (exit code 2).")
  boolean strict;

  @Mixin OutputOptions output = new OutputOptions();

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    if (decimals < 0 || decimals > 4) {
      throw new picocli.CommandLine.ParameterException(
          spec.commandLine(), "--decimals must be between 0 and 4");
    }
    FundingBreakdown b = InputFiles.readJson(file, FundingBreakdown.class);
    if (strict) {
      InputFiles.inFile(file, () -> FundingAnalysis.requireConsistent(b));
    }
    List<Discrepancy> discrepancies = FundingAnalysis.discrepancies(b);
    List<SourceShare> shares = FundingAnalysis.shares(b, decimals);
    Language lang = output.lang;
    String text =
        switch (output.format) {
          case JSON -> json(b, shares, discrepancies, lang);
          case TEXT, MD -> text(b, shares, discrepancies, lang, output.format == Format.MD);
          case HTML -> throw Output.unsupported("--format", "html", "report");
        };
    return Output.print(spec, text);
  }

  /** The stable JSON: each source's amount (đồng), share (number) and printed share. */
  static String json(
      FundingBreakdown b,
      List<SourceShare> shares,
      List<Discrepancy> discrepancies,
      Language lang) {
    Map<String, Object> doc = new LinkedHashMap<>();
    doc.put("unit", b.getUnit());
    doc.put("period", b.getPeriod());
    doc.put("total", b.getTotal());
    doc.put("sources", sources(shares, lang));
    List<Map<String, Object>> d = new ArrayList<>();
    for (Discrepancy x : discrepancies) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("path", x.getPath());
      m.put("stated", x.getStated());
      m.put("sumOfParts", x.getSumOfParts());
      d.add(m);
    }
    doc.put("discrepancies", d);
    return NtmJson.defaults().writePretty(doc) + "\n";
  }

  private static List<Map<String, Object>> sources(List<SourceShare> shares, Language lang) {
    List<Map<String, Object>> out = new ArrayList<>();
    for (SourceShare s : shares) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("source", s.getSource());
      m.put("name", s.getName().get(lang));
      m.put("amount", s.getAmount());
      m.put("share", s.getShare());
      m.put("printed", Formatting.format(s.getShare(), lang) + "%");
      if (!s.getChildren().isEmpty()) {
        m.put("children", sources(s.getChildren(), lang));
      }
      out.add(m);
    }
    return out;
  }

  static String text(
      FundingBreakdown b,
      List<SourceShare> shares,
      List<Discrepancy> discrepancies,
      Language lang,
      boolean md) {
    StringBuilder out = new StringBuilder();
    out.append(md ? "## " : "")
        .append(b.getUnit())
        .append(", ")
        .append(b.getPeriod())
        .append(lang.text(" — triệu đồng\n", " — million VND\n"));
    if (md) {
      out.append(lang.text("| Nguồn | Số tiền | Tỷ lệ |\n", "| Source | Amount | Share |\n"))
          .append("|---|---:|---:|\n");
    }
    rows(out, shares, "", lang, md);
    if (shares.isEmpty()) {
      out.append(
          lang.text(
              "(mọi nguồn đều bằng 0: không có tỷ lệ)\n", "(every source is zero: no shares)\n"));
    }
    String total = Formatting.format(b.getTotal().in(MoneyUnit.MILLION), lang);
    out.append(
        md
            ? "| **" + lang.text("Tổng cộng", "Total") + "** | **" + total + "** | |\n"
            : String.format(
                java.util.Locale.ROOT, "%-50s %14s%n", lang.text("Tổng cộng", "Total"), total));
    for (Discrepancy d : discrepancies) {
      out.append(lang.text("Chênh lệch ", "Discrepancy "))
          .append(d.getPath())
          .append(": ")
          .append(lang.text("ghi ", "stated "))
          .append(Formatting.format(d.getStated().in(MoneyUnit.MILLION), lang))
          .append(lang.text(", tổng các phần ", ", parts sum to "))
          .append(Formatting.format(d.getSumOfParts().in(MoneyUnit.MILLION), lang))
          .append('\n');
    }
    return out.toString();
  }

  private static void rows(
      StringBuilder out, List<SourceShare> shares, String indent, Language lang, boolean md) {
    for (SourceShare s : shares) {
      String name = indent + s.getName().get(lang);
      String amount = Formatting.format(s.getAmount().in(MoneyUnit.MILLION), lang);
      String share = Formatting.format(s.getShare(), lang) + "%";
      out.append(
          md
              ? "| " + name + " | " + amount + " | " + share + " |\n"
              : String.format(java.util.Locale.ROOT, "%-50s %14s %8s%n", name, amount, share));
      rows(out, s.getChildren(), indent + "– ", lang, md);
    }
  }
}
