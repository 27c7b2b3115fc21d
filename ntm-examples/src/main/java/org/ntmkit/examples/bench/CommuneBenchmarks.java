package org.ntmkit.examples.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.ntmkit.core.io.NtmJson;
import org.ntmkit.examples.NationalDataset;
import org.ntmkit.rules.Assessment;
import org.ntmkit.rules.NtmRules;
import org.ntmkit.rules.measurement.CommuneMeasurements;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Commune evaluation at national scale. Each operation handles one commune (the benchmark cycles
 * through the dataset), so the score is time per commune; run with {@code -prof gc} for allocation
 * per commune ({@code gc.alloc.rate.norm}).
 *
 * <ul>
 *   <li>{@code evaluate318BasicAndAdvanced}: evaluation under QĐ 318/QĐ-TTg basic and advanced with
 *       full explanations;
 *   <li>{@code endToEndFromJson}: read + validate + evaluate (basic and advanced) + write the JSON
 *       result, from the commune's JSON bytes;
 *   <li>{@code endToEndFromJsonWritingSummaries}: the same, writing {@code AssessmentSummary}
 *       (verdicts without explanations) as bulk output would;
 *   <li>{@code readAndValidate} and {@code writeAssessments}: the two halves of the end-to-end;
 *   <li>{@code bareJacksonParseToTree}: the baseline — Jackson parsing the same bytes into a tree.
 * </ul>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class CommuneBenchmarks {

  /** Communes in the dataset: before (10,000) or after (3,321) the 2025 merger. */
  @Param({"10000", "3321"})
  public int communes;

  private NtmRules rules;
  private NtmJson json;
  private JsonMapper bare;
  private List<CommuneMeasurements> data;
  private byte[][] documents;
  private int next;

  /** Generates the dataset (seed 42) and its JSON documents. */
  @Setup
  public void setUp() {
    rules = NtmRules.bundled();
    json = NtmJson.defaults();
    bare = JsonMapper.builder().build();
    data = NationalDataset.generate(communes, LocalDate.of(2023, 6, 30), 42);
    documents = new byte[data.size()][];
    for (int i = 0; i < data.size(); i++) {
      documents[i] = json.write(data.get(i)).getBytes(StandardCharsets.UTF_8);
    }
  }

  private int nextIndex() {
    int i = next;
    next = i + 1 == communes ? 0 : i + 1;
    return i;
  }

  /** Evaluation with explanations under the 2021–2025 basic and advanced sets. */
  @Benchmark
  public void evaluate318BasicAndAdvanced(Blackhole bh) {
    CommuneMeasurements m = data.get(nextIndex());
    bh.consume(rules.evaluate(m, "qd-318-2022-basic"));
    bh.consume(rules.evaluate(m, "qd-318-2022-advanced"));
  }

  /** From JSON bytes to a JSON result: read, validate, evaluate, write. */
  @Benchmark
  public void endToEndFromJson(Blackhole bh) {
    CommuneMeasurements m = json.read(documents[nextIndex()], CommuneMeasurements.class);
    Assessment basic = rules.evaluate(m, "qd-318-2022-basic");
    Assessment advanced = rules.evaluate(m, "qd-318-2022-advanced");
    bh.consume(json.write(basic));
    bh.consume(json.write(advanced));
  }

  /** From JSON bytes to a JSON summary (verdicts per criterion, no explanations). */
  @Benchmark
  public void endToEndFromJsonWritingSummaries(Blackhole bh) {
    CommuneMeasurements m = json.read(documents[nextIndex()], CommuneMeasurements.class);
    bh.consume(json.write(rules.evaluate(m, "qd-318-2022-basic").summary()));
    bh.consume(json.write(rules.evaluate(m, "qd-318-2022-advanced").summary()));
  }

  /** Part of the end-to-end: reading and validating the document only. */
  @Benchmark
  public CommuneMeasurements readAndValidate() {
    return json.read(documents[nextIndex()], CommuneMeasurements.class);
  }

  /** Part of the end-to-end: writing the two assessments as JSON only. */
  @Benchmark
  public void writeAssessments(Blackhole bh) {
    CommuneMeasurements m = data.get(nextIndex());
    bh.consume(json.write(rules.evaluate(m, "qd-318-2022-basic")));
    bh.consume(json.write(rules.evaluate(m, "qd-318-2022-advanced")));
  }

  /** Baseline: Jackson parses the same bytes into a tree. */
  @Benchmark
  public JsonNode bareJacksonParseToTree() throws java.io.IOException {
    return bare.readTree(documents[nextIndex()]);
  }
}
