package org.ntmkit.examples.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.ntmkit.core.Language;
import org.ntmkit.core.io.InputProblem;
import org.ntmkit.core.io.InvalidInputException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code ntm} command-line tool: evaluate communes, print the province report, grade an OCOP
 * product, analyse a funding breakdown, browse the criteria catalogs.
 *
 * <pre>
 * java -jar ntm-examples/target/ntm.jar report --html ha-tinh-2020.html
 * java -jar ntm-examples/target/ntm.jar commune communes.json --format json
 * </pre>
 *
 * <p>Exit codes: 0 success (whatever the verdicts), 2 invalid input (every problem on stderr with
 * its path, nothing on stdout), 1 any other failure (one line on stderr).
 */
@Command(
    name = "ntm",
    mixinStandardHelpOptions = true,
    version = "ntm 0.1.0",
    description = {
      "Nông thôn mới & OCOP: đánh giá tiêu chí, báo cáo tỉnh, chấm điểm sản phẩm.",
      "New rural development & OCOP: criteria, province reports, product grading."
    },
    subcommands = {
      CommuneCommand.class,
      ReportCommand.class,
      OcopCommand.class,
      FundingCommand.class,
      CatalogCommand.class
    })
public final class Ntm implements Runnable {

  /** Exit code: success, whatever the verdicts. */
  public static final int OK = 0;

  /** Exit code: any failure other than invalid input. */
  public static final int FAILURE = 1;

  /** Exit code: invalid input or usage. */
  public static final int INVALID_INPUT = 2;

  /** Kept referenced so the level holds: Hibernate Validator's start-up banner is noise here. */
  private static final Logger VALIDATOR_LOG = Logger.getLogger("org.hibernate.validator");

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(
        spec.commandLine(), "a command is needed: commune, report, ocop, funding or catalog");
  }

  /**
   * Runs the tool and exits with its code.
   *
   * @param args the command line
   */
  public static void main(String[] args) {
    PrintStream out =
        new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
    PrintStream err =
        new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
    System.exit(run(args, out, err));
  }

  /**
   * Runs the tool with the given streams (for tests and embedding).
   *
   * @param args the command line
   * @param out standard output, written only on success
   * @param err standard error
   * @return the exit code
   */
  public static int run(String[] args, PrintStream out, PrintStream err) {
    VALIDATOR_LOG.setLevel(Level.WARNING);
    CommandLine cl = new CommandLine(new Ntm());
    // UTF-8 always: a PrintWriter over a stream would encode in the platform charset ("?" for
    // every Vietnamese letter under LANG=C).
    cl.setOut(new PrintWriter(new java.io.OutputStreamWriter(out, StandardCharsets.UTF_8), true));
    cl.setErr(new PrintWriter(new java.io.OutputStreamWriter(err, StandardCharsets.UTF_8), true));
    cl.setCaseInsensitiveEnumValuesAllowed(true);
    cl.setExecutionExceptionHandler(
        (e, commandLine, parseResult) -> {
          if (e instanceof InvalidInputException invalid) {
            Language lang = Output.languageOf(parseResult);
            for (InputProblem p : invalid.getProblems()) {
              err.println(
                  p.getPath()
                      + ": "
                      + p.getMessage().get(lang)
                      + " ["
                      + p.getCode()
                      + "]"
                      + p.getRejectedValue().map(v -> " (" + v + ")").orElse(""));
            }
            return INVALID_INPUT;
          }
          err.println("ntm: " + oneLine(e));
          return FAILURE;
        });
    cl.setParameterExceptionHandler(
        (e, args1) -> {
          err.println("ntm: " + e.getMessage());
          e.getCommandLine().usage(err);
          return INVALID_INPUT;
        });
    int code = cl.execute(args);
    if (code == OK && out.checkError()) {
      // The stream swallowed a write error (a full disk, a closed pipe): never a silent success.
      err.println(
          "ntm: cannot write the output (disk full or pipe closed?) / không ghi được kết quả");
      return FAILURE;
    }
    return code;
  }

  private static String oneLine(Exception e) {
    String m = e.getMessage();
    String text = m == null || m.isBlank() ? e.getClass().getSimpleName() : m;
    return text.lines().findFirst().orElse(text);
  }
}
