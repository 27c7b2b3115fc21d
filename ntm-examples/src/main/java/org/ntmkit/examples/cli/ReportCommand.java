package org.ntmkit.examples.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import org.ntmkit.core.io.NtmJson;
import org.ntmkit.examples.data.HaTinhDataset;
import org.ntmkit.report.HtmlReport;
import org.ntmkit.report.ImmutableProvinceDataset;
import org.ntmkit.report.ProvinceDataset;
import org.ntmkit.report.ProvinceReport;
import org.ntmkit.report.ReportInputs;
import org.ntmkit.report.ReportRenderer;
import org.ntmkit.rules.NtmRules;
import org.ntmkit.rules.measurement.CommuneMeasurements;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code ntm report}: the province report computed from a commune file and a province file (by
 * default the bundled Hà Tĩnh 2020 sample), printed and optionally written as HTML.
 */
@Command(
    name = "report",
    mixinStandardHelpOptions = true,
    description = {
      "Báo cáo tỉnh tính từ số liệu từng xã (mặc định: mẫu Hà Tĩnh 2020 kèm theo).",
      "The province report computed from commune data (default: the bundled Hà Tĩnh 2020 sample)."
    })
final class ReportCommand implements Callable<Integer> {

  @Option(
      names = "--communes",
      paramLabel = "FILE",
      description = "Communes (JSON array or CSV); default: the bundled sample.")
  @Nullable Path communes;

  @Option(
      names = "--province",
      paramLabel = "FILE",
      description = "Province data (JSON ProvinceDataset); default: the bundled sample.")
  @Nullable Path province;

  @Option(
      names = "--html",
      paramLabel = "FILE",
      description = "Also write the report as a self-contained HTML page.")
  @Nullable Path html;

  @Mixin OutputOptions output = new OutputOptions();

  @Mixin RulesOptions rulesOptions = new RulesOptions();

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    NtmRules rules = rulesOptions.rules();
    List<CommuneMeasurements> data =
        communes == null ? HaTinhDataset.bundledCommunes() : CommuneCommand.read(communes, rules);
    ProvinceDataset p =
        province == null
            ? HaTinhDataset.bundledProvince()
            : NtmJson.defaults().validate(InputFiles.readJson(province, ProvinceDataset.class));
    if (rulesOptions.set().isPresent()) {
      p =
          ImmutableProvinceDataset.copyOf(p)
              .withCommuneSet(CommuneCommand.requireSet(rules, rulesOptions.set().get()).getId());
    }
    if (rulesOptions.date().isPresent()) {
      java.time.LocalDate d = rulesOptions.date().get();
      data = data.stream().map(m -> (CommuneMeasurements) m.withDate(d)).toList();
      p = p.withDate(d);
    }
    ProvinceReport report = ProvinceReport.of(ReportInputs.of(rules, data, p));
    String page =
        html != null || output.format == Format.HTML
            ? HtmlReport.render(report, p, data, output.lang)
            : "";
    String text =
        switch (output.format) {
          case TEXT -> ReportRenderer.text(report, output.lang);
          case MD -> ReportRenderer.markdown(report, output.lang);
          case JSON -> ReportRenderer.json(report) + "\n";
          case HTML -> page;
        };
    if (html != null) {
      InputFiles.write(html, page);
    }
    return Output.print(spec, text);
  }
}
