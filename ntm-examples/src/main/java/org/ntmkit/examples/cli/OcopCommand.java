package org.ntmkit.examples.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import org.ntmkit.core.Language;
import org.ntmkit.core.LocalizedText;
import org.ntmkit.core.io.NtmJson;
import org.ntmkit.ocop.grading.CouncilEvaluation;
import org.ntmkit.ocop.grading.OcopGrade;
import org.ntmkit.ocop.grading.OcopGrader;
import org.ntmkit.ocop.sheet.ScoreSheet;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code ntm ocop FILE}: grades one product from a council's score-sheet answers. */
@Command(
    name = "ocop",
    mixinStandardHelpOptions = true,
    description = {
      "Chấm điểm, phân hạng sao một sản phẩm OCOP từ phiếu chấm của hội đồng (JSON).",
      "Grade an OCOP product from a council's score-sheet answers (JSON CouncilEvaluation)."
    })
final class OcopCommand implements Callable<Integer> {

  @Parameters(paramLabel = "FILE", description = "The council's evaluation (JSON).")
  Path file = Path.of("");

  @Option(
      names = "--sheet",
      paramLabel = "FILE",
      description = "An additional score sheet (JSON ScoreSheet) to grade with.")
  @Nullable Path sheet;

  @Mixin OutputOptions output = new OutputOptions();

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    OcopGrader grader = OcopGrader.bundled();
    if (sheet != null) {
      grader = grader.withSheet(InputFiles.readJson(sheet, ScoreSheet.class));
    }
    CouncilEvaluation e = InputFiles.readJson(file, CouncilEvaluation.class);
    OcopGrader g = grader;
    OcopGrade grade = InputFiles.inFile(file, () -> g.grade(e));
    String text =
        switch (output.format) {
          case JSON -> NtmJson.defaults().writePretty(grade) + "\n";
          case TEXT, MD -> text(grade, output.lang, output.format == Format.MD);
          case HTML -> throw Output.unsupported("--format", "html", "report");
        };
    return Output.print(spec, text);
  }

  static String text(OcopGrade g, Language lang, boolean md) {
    String bullet = md ? "- " : "  ";
    StringBuilder out = new StringBuilder();
    out.append(md ? "## " : "")
        .append(g.getProduct())
        .append('\n')
        .append(bullet)
        .append(lang.text("Tổng điểm các thành viên: ", "Sum of members' totals: "))
        .append(g.getSumOfTotals())
        .append(
            lang.text(
                " (" + g.getMemberScores().size() + " thành viên)",
                " (" + g.getMemberScores().size() + " members)"))
        .append('\n')
        .append(bullet)
        .append(lang.text("Điểm trung bình: ", "Average: "))
        .append(org.ntmkit.core.quantity.Formatting.format(g.getAverageForDisplay(), lang))
        .append('\n')
        .append(bullet)
        .append(lang.text("Hạng theo điểm: ", "Star by points: "))
        .append(g.getStarByPoints().map(s -> s.label().get(lang)).orElse("—"))
        .append('\n')
        .append(bullet)
        .append(lang.text("Hạng được công nhận: ", "Star: "))
        .append(g.getStar().map(s -> s.label().get(lang)).orElse("—"))
        .append(" (")
        .append(g.getOutcome().label().get(lang))
        .append(")\n")
        .append(bullet)
        .append(lang.text("Cấp công nhận: ", "Certifying level: "))
        .append(g.getCertifyingLevel().map(l -> l.label().get(lang)).orElse("—"))
        .append('\n');
    g.getProposedStar()
        .ifPresent(
            p ->
                out.append(bullet)
                    .append(
                        lang.text(
                            "Đề xuất lên cấp trên: tiềm năng ", "Proposed upwards: potential "))
                    .append(p.label().get(lang))
                    .append('\n'));
    for (var c : g.getExplanation().getChildren()) {
      out.append(bullet)
          .append(c.getLabel().get(lang))
          .append(": ")
          .append(
              c.getMessage().equals(c.getLabel())
                  ? c.getOutcome().label().get(lang)
                  : c.getMessage().get(lang))
          .append('\n');
    }
    if (!g.getCaveats().isEmpty()) {
      out.append(lang.text("Lưu ý:\n", "Caveats:\n"));
      for (LocalizedText c : g.getCaveats()) {
        out.append(bullet).append(c.get(lang)).append('\n');
      }
    }
    return out.toString();
  }
}
