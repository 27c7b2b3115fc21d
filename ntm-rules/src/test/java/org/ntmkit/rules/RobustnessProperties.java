package org.ntmkit.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.ntmkit.core.io.InvalidInputException;
import org.ntmkit.core.io.NtmJson;
import org.ntmkit.rules.measurement.CommuneMeasurements;
import org.ntmkit.rules.testing.CommuneArbitraries;
import org.ntmkit.rules.testing.JsonMutations;

/**
 * Bad input never yields another exception: random mutations of valid commune documents (delete,
 * duplicate, retype, extreme values) either evaluate or give the input-error type. And evaluation
 * is safe to share between threads.
 */
class RobustnessProperties {

  private static final NtmRules RULES = NtmRules.bundled();
  private static final NtmJson JSON = NtmJson.defaults();

  @Property(tries = 10_000)
  void everyMutationEvaluatesOrIsAnInputError(
      @ForAll("documents") ObjectNode document,
      @ForAll @IntRange(min = 0, max = JsonMutations.KINDS - 1) int kind,
      @ForAll @IntRange(min = 0, max = 1_000_000) int pick) {
    byte[] bytes = JsonMutations.mutate(document, kind, pick);
    try {
      CommuneMeasurements m = JSON.read(bytes, CommuneMeasurements.class);
      RULES.titles(m);
    } catch (InvalidInputException expected) {
      JsonMutations.requireInputError(expected); // the single input-error type, with paths
    }
  }

  @Provide
  Arbitrary<ObjectNode> documents() {
    return CommuneArbitraries.measurements(RULES, LocalDate.of(2020, 12, 31))
        .map(m -> (ObjectNode) JsonMutations.tree(JSON.write(m)));
  }

  @Example
  void evaluatingFromEightThreadsGivesTheSingleThreadedResults() throws Exception {
    List<CommuneMeasurements> data =
        CommuneArbitraries.measurements(RULES, LocalDate.of(2023, 6, 30))
            .sampleStream()
            .limit(200)
            .toList();
    List<Assessment> single =
        data.stream().map(m -> RULES.evaluate(m, "qd-318-2022-basic")).toList();
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<List<Assessment>>> futures = new ArrayList<>();
      for (int t = 0; t < 8; t++) {
        futures.add(
            pool.submit(
                () -> data.stream().map(m -> RULES.evaluate(m, "qd-318-2022-basic")).toList()));
      }
      for (Future<List<Assessment>> f : futures) {
        assertEquals(single, f.get());
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Example
  void returnedCollectionsAreImmutable() {
    CommuneMeasurements m =
        CommuneArbitraries.measurements(RULES, LocalDate.of(2020, 12, 31)).sample();
    Assessment a = RULES.evaluate(m, "qd-1980-2016");
    assertThrows(
        UnsupportedOperationException.class,
        () -> ((java.util.Collection<?>) a.getExplanation().getChildren()).clear());
    assertThrows(
        UnsupportedOperationException.class, () -> ((java.util.Map<?, ?>) m.getNumbers()).clear());
    assertThrows(
        UnsupportedOperationException.class, () -> ((java.util.Map<?, ?>) RULES.sets()).clear());
    assertThrows(
        UnsupportedOperationException.class,
        () -> ((java.util.Collection<?>) RULES.parameters().getParameters()).clear());
    assertThrows(
        UnsupportedOperationException.class,
        () -> ((java.util.Map<?, ?>) RULES.titles(m).getOutcomes()).clear());
    Iterator<?> it = a.getExplanation().getChildren().iterator();
    it.next();
    assertThrows(UnsupportedOperationException.class, it::remove);
  }
}
