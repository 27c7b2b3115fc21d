package org.ntmkit.examples.cli;

import java.util.List;
import org.ntmkit.core.Language;
import org.ntmkit.core.LocalizedText;
import org.ntmkit.core.Outcome;
import org.ntmkit.core.io.InputProblem;
import org.ntmkit.core.io.InvalidInputException;
import org.ntmkit.core.io.ProblemCode;
import picocli.CommandLine.ParseResult;

/** Small shared pieces of the commands' output. */
final class Output {

  /** An unknown region code, in a CSV cell or an option. */
  static final LocalizedText UNKNOWN_REGION =
      LocalizedText.of(
          "mã vùng không hợp lệ (NMM, RRD, NCC, SCC, CH, SE, MD)",
          "unknown region code (NMM, RRD, NCC, SCC, CH, SE, MD)");

  private Output() {}

  static String symbol(Outcome o) {
    return switch (o) {
      case MET -> "✓";
      case NOT_MET -> "✗";
      case UNDETERMINED -> "?";
    };
  }

  /** The {@code --lang} of the command that ran (Vietnamese if none). */
  static Language languageOf(ParseResult parsed) {
    ParseResult p = parsed;
    while (p.hasSubcommand()) {
      p = p.subcommand();
    }
    return p.matchedOptionValue("--lang", Language.VI);
  }

  /**
   * Prints a command's whole output at once (nothing is printed when it fails) and returns 0; a
   * write that fails is found by {@link Ntm#run} (exit 1).
   */
  static int print(picocli.CommandLine.Model.CommandSpec spec, String text) {
    spec.commandLine().getOut().print(text);
    spec.commandLine().getOut().flush();
    return Ntm.OK;
  }

  static InvalidInputException unsupported(String option, String value, String where) {
    return new InvalidInputException(
        List.of(
            InputProblem.of(
                option,
                ProblemCode.UNKNOWN_VALUE,
                LocalizedText.of(
                    value + " chỉ dùng với lệnh " + where, value + " is only for '" + where + "'"),
                value)));
  }
}
