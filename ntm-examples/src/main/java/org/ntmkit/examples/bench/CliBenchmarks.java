package org.ntmkit.examples.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.ntmkit.examples.cli.Ntm;
import org.ntmkit.examples.data.HaTinhDataset;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Wall time of the {@code ntm} tool as a user runs it: a fresh JVM per invocation, on the 182
 * communes of the bundled sample (budget: under 1.5 s). The baseline, measured in the same run, is
 * a fresh JVM running an empty {@code main} on the same class path.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 10)
@Fork(1)
public class CliBenchmarks {

  private String java;
  private String classPath;
  private Path communes;

  /** Writes the 182 bundled communes to a temporary file. */
  @Setup
  public void setUp() throws IOException {
    java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    classPath = System.getProperty("java.class.path");
    communes = Files.createTempFile("ntm-182-", ".json");
    communes.toFile().deleteOnExit();
    Files.writeString(communes, HaTinhDataset.communesJson(HaTinhDataset.generate()));
  }

  /** The JVM flags of {@code ntm-examples/bin/ntm}. */
  private static final List<String> LAUNCHER =
      List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC");

  /** Baseline: a JVM that starts and exits. */
  @Benchmark
  public int jvmStartAndExit() throws Exception {
    return run(List.of(), EmptyMain.class.getName());
  }

  /**
   * {@code java -jar ntm.jar commune communes.json --format json}: 182 communes, titles in force.
   */
  @Benchmark
  public int cliCommune182() throws Exception {
    return run(List.of(), Ntm.class.getName(), "commune", communes.toString(), "--format", "json");
  }

  /** The same through {@code bin/ntm} (client compiler only, serial collector). */
  @Benchmark
  public int cliCommune182Launcher() throws Exception {
    return run(LAUNCHER, Ntm.class.getName(), "commune", communes.toString(), "--format", "json");
  }

  /** {@code bin/ntm report} on the bundled sample (182 communes, every section). */
  @Benchmark
  public int cliReport182Launcher() throws Exception {
    return run(LAUNCHER, Ntm.class.getName(), "report", "--sample");
  }

  private int run(List<String> flags, String main, String... args) throws Exception {
    List<String> command = new ArrayList<>(List.of(java));
    command.addAll(flags);
    command.addAll(List.of("-cp", classPath, main));
    command.addAll(List.of(args));
    Process p =
        new ProcessBuilder(command)
            .redirectOutput(ProcessBuilder.Redirect.DISCARD)
            .redirectError(ProcessBuilder.Redirect.DISCARD)
            .start();
    int exit = p.waitFor();
    if (exit != 0) {
      throw new IllegalStateException(main + " exited with " + exit);
    }
    return exit;
  }

  /** An empty program: what starting a JVM on this class path costs. */
  public static final class EmptyMain {
    private EmptyMain() {}

    /**
     * Does nothing.
     *
     * @param args ignored
     */
    public static void main(String[] args) {}
  }
}
