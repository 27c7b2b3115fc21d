package org.ntmkit.examples;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.ntmkit.core.Language;
import org.ntmkit.core.io.InvalidInputException;
import org.ntmkit.core.io.NtmJson;
import org.ntmkit.core.quantity.Formatting;
import org.ntmkit.core.quantity.Money;
import org.ntmkit.core.quantity.MoneyUnit;
import org.ntmkit.core.quantity.Ratio;
import org.ntmkit.core.quantity.ShareRounding;

/**
 * The main job: prints the Hà Tĩnh 2020 criteria-attainment table and funding breakdown from the
 * bundled data, in Vietnamese (default) or English ({@code --lang en}).
 *
 * <p>Placeholder until the commune evaluator lands: the per-criterion counts are read, not yet
 * computed from per-commune measurements; shares, rounding and formatting are the SDK's.
 */
public final class HaTinhReport {

  static final String DATA = "/org/ntmkit/examples/ha-tinh-2020-summary.json";

  /** Kept referenced so the level holds: Hibernate Validator's start-up banner is noise here. */
  private static final Logger VALIDATOR_LOG = Logger.getLogger("org.hibernate.validator");

  private HaTinhReport() {}

  /**
   * Runs the report.
   *
   * @param args {@code --lang vi} (default) or {@code --lang en}
   */
  public static void main(String[] args) {
    VALIDATOR_LOG.setLevel(Level.WARNING);
    Language language = Language.VI;
    for (int i = 0; i < args.length; i++) {
      if (args[i].equals("--lang") && i + 1 < args.length) {
        language = args[++i].equalsIgnoreCase("en") ? Language.EN : Language.VI;
      } else {
        System.err.println("usage: HaTinhReport [--lang vi|en]");
        System.exit(2);
      }
    }
    try {
      // UTF-8 whatever the platform's default: the report is in Vietnamese.
      PrintStream out =
          new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
      out.print(render(load(), language));
      out.flush();
    } catch (InvalidInputException e) {
      System.err.println(e.getMessage());
      System.exit(2);
    }
  }

  static ProvinceSummary load() {
    return NtmJson.defaults()
        .readResource(HaTinhReport.class.getResourceAsStream(DATA), DATA, ProvinceSummary.class);
  }

  static String render(ProvinceSummary s, Language lang) {
    StringBuilder out = new StringBuilder();
    boolean vi = lang == Language.VI;
    out.append(
            vi
                ? "BÁO CÁO NÔNG THÔN MỚI — tỉnh " + s.getProvince().getName() + ", năm 2020\n"
                : "NEW RURAL DEVELOPMENT REPORT — "
                    + s.getProvince().getName()
                    + " province, 2020\n")
        .append(vi ? "Nguồn số liệu: " : "Source: ")
        .append(s.getSource().cite())
        .append("\n\n");

    out.append(vi ? "1. Số xã đạt từng tiêu chí (trên " : "1. Communes meeting each criterion (of ")
        .append(s.getCommunes())
        .append(vi ? " xã)\n" : " communes)\n");
    out.append(
        String.format(
            "%4s  %-48s %6s %8s%n",
            "#", vi ? "Tiêu chí" : "Criterion", vi ? "Số xã" : "Count", vi ? "Tỷ lệ" : "Share"));
    for (ProvinceSummary.CriterionCount c : s.getCriteria()) {
      Ratio share = Ratio.of(c.getCommunesMeeting(), s.getCommunes());
      out.append(
          String.format(
              "%4d  %-48s %6d %8s%n",
              c.getNumber(),
              c.getName().get(lang),
              c.getCommunesMeeting(),
              Formatting.format(share.percentHalfUp(1), lang) + "%"));
    }

    List<BigDecimal> amounts =
        s.getFunding().stream().map(f -> BigDecimal.valueOf(f.getAmount().dong())).toList();
    List<BigDecimal> shares = ShareRounding.LARGEST_REMAINDER.shares(amounts, 1);
    Money total =
        s.getFunding().stream()
            .map(ProvinceSummary.FundingLine::getAmount)
            .reduce(Money.ZERO, Money::plus);
    out.append(
        vi
            ? "\n2. Vốn huy động năm 2020 (triệu đồng)\n"
            : "\n2. Capital mobilised in 2020 (million VND)\n");
    for (int i = 0; i < s.getFunding().size(); i++) {
      ProvinceSummary.FundingLine f = s.getFunding().get(i);
      out.append(
          String.format(
              "      %-48s %12s %8s%n",
              f.getName().get(lang),
              Formatting.format(f.getAmount().in(MoneyUnit.MILLION), lang),
              Formatting.format(shares.get(i), lang) + "%"));
    }
    out.append(
        String.format(
            "      %-48s %12s %8s%n",
            vi ? "Tổng cộng" : "Total",
            Formatting.format(total.in(MoneyUnit.MILLION), lang),
            Formatting.format(new BigDecimal("100.0"), lang) + "%"));
    out.append(
        vi
            ? "\nTỷ lệ làm tròn nửa lên một chữ số thập phân; cơ cấu vốn làm tròn theo phần dư lớn nhất (tổng đúng 100,0%).\n"
            : "\nShares rounded half-up to one decimal; funding shares by largest remainder (sum exactly 100.0%).\n");
    return out.toString();
  }

  /** For tests: the report as text. */
  static String renderBundled(Language lang) {
    return render(load(), lang);
  }
}
