package org.ntmkit.examples.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import org.ntmkit.core.LocalizedText;
import org.ntmkit.core.io.InputProblem;
import org.ntmkit.core.io.InvalidInputException;
import org.ntmkit.core.io.NtmJson;
import org.ntmkit.core.io.ProblemCode;
import org.ntmkit.core.law.InstrumentKind;
import org.ntmkit.core.law.LegalReference;
import org.ntmkit.core.unit.Province;
import org.ntmkit.examples.data.HaTinhDataset;
import org.ntmkit.report.HtmlReport;
import org.ntmkit.report.ImmutableProvinceDataset;
import org.ntmkit.report.ProvinceDataset;
import org.ntmkit.report.ProvinceReport;
import org.ntmkit.report.ReportInputs;
import org.ntmkit.report.ReportRenderer;
import org.ntmkit.rules.NtmRules;
import org.ntmkit.rules.Title;
import org.ntmkit.rules.measurement.CommuneMeasurements;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code ntm report}: the province report computed from a commune file (and optionally a province
 * file), printed and optionally written as HTML. The bundled Hà Tĩnh 2020 sample is used only on
 * request ({@code --sample}) and never mixed with a user's data: without a province file, the
 * province, date and set come from the communes, and the report has only the sections the data give
 * (no plans, districts, OCOP or funding).
 */
@Command(
    name = "report",
    mixinStandardHelpOptions = true,
    description = {
      "Báo cáo tỉnh tính từ số liệu từng xã (--sample: mẫu Hà Tĩnh 2020 kèm theo).",
      "The province report computed from commune data (--sample: the bundled Hà Tĩnh 2020 sample)."
    })
final class ReportCommand implements Callable<Integer> {

  @Option(
      names = "--sample",
      description =
          "The bundled Hà Tĩnh 2020 sample (synthetic per-commune data reproducing the seed"
              + " report); not with --communes or --province.")
  boolean sample;

  @Option(names = "--communes", paramLabel = "FILE", description = "Communes (JSON array or CSV).")
  @Nullable Path communes;

  @Option(
      names = "--province",
      paramLabel = "FILE",
      description =
          "Province data (JSON ProvinceDataset: plans, recognitions, districts before 01/07/2025,"
              + " OCOP, funding); default: only what the communes give.")
  @Nullable Path province;

  @Option(
      names = "--province-name",
      paramLabel = "NAME",
      description = "The province's name in the title when there is no --province file.")
  @Nullable String provinceName;

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
    List<CommuneMeasurements> data;
    ProvinceDataset p;
    if (sample) {
      if (communes != null || province != null) {
        throw usage(
            "--sample",
            "--sample là dữ liệu mẫu, không dùng cùng --communes hoặc --province",
            "--sample is the bundled sample; it is not mixed with --communes or --province");
      }
      data = HaTinhDataset.bundledCommunes();
      p = HaTinhDataset.bundledProvince();
    } else {
      if (communes == null) {
        throw usage(
            "--communes",
            "cần --communes TỆP (hoặc --sample cho dữ liệu mẫu Hà Tĩnh 2020)",
            "--communes FILE is needed (or --sample for the bundled Hà Tĩnh 2020 sample)");
      }
      data = CommuneCommand.read(communes, rules);
      p =
          province == null
              ? fromCommunes(rules, data, communes)
              : NtmJson.defaults().validate(InputFiles.readJson(province, ProvinceDataset.class));
    }
    if (rulesOptions.set().isPresent()) {
      p =
          ImmutableProvinceDataset.copyOf(p)
              .withCommuneSet(CommuneCommand.requireSet(rules, rulesOptions.set().get()).getId());
    }
    if (rulesOptions.date().isPresent()) {
      LocalDate d = rulesOptions.date().get();
      data =
          data.stream()
              .map(m -> (CommuneMeasurements) NtmJson.defaults().validate(m.withDate(d)))
              .toList();
      p = p.withDate(d);
    }
    List<CommuneMeasurements> communeData = data;
    ProvinceDataset provinceData = p;
    ProvinceReport report =
        ProvinceReport.of(
            communes == null
                ? ReportInputs.of(rules, communeData, provinceData)
                : InputFiles.inFile(
                    communes, () -> ReportInputs.of(rules, communeData, provinceData)));
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

  /**
   * The province data the communes alone give: their province (one), their date (one, or {@code
   * --date}), the NTM set in force on it (or {@code --set}); nothing else.
   */
  private ProvinceDataset fromCommunes(NtmRules rules, List<CommuneMeasurements> data, Path file) {
    if (data.isEmpty()) {
      throw usage("--communes", "tệp không có xã nào", "the file has no commune");
    }
    TreeSet<String> provinces = new TreeSet<>();
    TreeSet<LocalDate> dates = new TreeSet<>();
    data.forEach(
        m -> {
          provinces.add(m.getCommune().getProvinceCode());
          dates.add(m.getDate());
        });
    if (provinces.size() > 1) {
      throw usage(
          "--communes",
          "các xã thuộc nhiều tỉnh " + provinces + ": mỗi báo cáo một tỉnh",
          "the communes belong to several provinces " + provinces + ": one report per province");
    }
    LocalDate date =
        rulesOptions
            .date()
            .orElseGet(
                () -> {
                  if (dates.size() > 1) {
                    throw usage(
                        "--date",
                        "số liệu các xã có nhiều ngày " + dates + ": chọn ngày báo cáo bằng --date",
                        "the communes' data have several dates "
                            + dates
                            + ": choose the report's date with --date");
                  }
                  return dates.first();
                });
    String set =
        rulesOptions
            .set()
            .orElseGet(
                () ->
                    rules
                        .setInForce(Title.NTM, date)
                        .orElseThrow(
                            () ->
                                usage(
                                    "--date",
                                    "không có bộ tiêu chí xã NTM áp dụng vào ngày " + date,
                                    "no commune NTM set is in force on " + date))
                        .getId());
    String code = provinces.first();
    return ProvinceDataset.builder()
        .setProvince(
            Province.builder()
                .setCode(code)
                .setName(provinceName != null ? provinceName : "mã " + code)
                .setRegion(data.get(0).getCommune().getRegion())
                .build())
        .setDate(date)
        .setCommuneSet(set)
        .setSource(
            LegalReference.builder()
                .setInstrument(String.valueOf(file.getFileName()))
                .setKind(InstrumentKind.OTHER)
                .setTitle("Số liệu xã do người dùng cung cấp / commune data supplied by the user")
                .build())
        .build();
  }

  private static InvalidInputException usage(String option, String vi, String en) {
    return new InvalidInputException(
        List.of(InputProblem.of(option, ProblemCode.MISSING, LocalizedText.of(vi, en))));
  }
}
