package org.ntmkit.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
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

/**
 * Bad input never yields another exception: random mutations of valid commune documents (delete,
 * duplicate, retype, extreme values) either evaluate or give the input-error type. And evaluation
 * is safe to share between threads.
 */
class RobustnessProperties {

  private static final NtmRules RULES = NtmRules.bundled();
  private static final NtmJson JSON = NtmJson.defaults();
  private static final JsonMapper TREE = JsonMapper.builder().build();
  private static final JsonNode[] EXTREMES = {
    JsonNodeFactory.instance.numberNode(new java.math.BigDecimal("1e308")),
    JsonNodeFactory.instance.numberNode(-1),
    JsonNodeFactory.instance.numberNode(new java.math.BigInteger("99999999999999999999999")),
    JsonNodeFactory.instance.numberNode(0),
    JsonNodeFactory.instance.textNode(""),
    JsonNodeFactory.instance.textNode("NaN"),
    JsonNodeFactory.instance.nullNode(),
    JsonNodeFactory.instance.booleanNode(true),
    JsonNodeFactory.instance.arrayNode(),
    JsonNodeFactory.instance.objectNode()
  };

  @Property(tries = 10_000)
  void everyMutationEvaluatesOrIsAnInputError(
      @ForAll("documents") ObjectNode document,
      @ForAll @IntRange(min = 0, max = 3) int kind,
      @ForAll @IntRange(min = 0, max = 1_000_000) int pick)
      throws Exception {
    ObjectNode doc = document.deepCopy();
    List<JsonNode> containers = new ArrayList<>();
    collect(doc, containers);
    JsonNode target = containers.get(pick % containers.size());
    byte[] bytes;
    if (kind == 3) {
      String text = TREE.writeValueAsString(doc);
      int cut = pick % Math.max(1, text.length());
      bytes =
          (text.substring(0, cut) + text.substring(Math.min(text.length(), cut + 1 + pick % 7)))
              .getBytes(StandardCharsets.UTF_8);
    } else {
      mutate(target, kind, pick);
      bytes = TREE.writeValueAsBytes(doc);
    }
    try {
      CommuneMeasurements m = JSON.read(bytes, CommuneMeasurements.class);
      RULES.titles(m);
    } catch (InvalidInputException expected) {
      // the single input-error type: fine
    }
  }

  private static void collect(JsonNode node, List<JsonNode> out) {
    if (node.isContainerNode()) {
      out.add(node);
      node.forEach(child -> collect(child, out));
    }
  }

  private static void mutate(JsonNode container, int kind, int pick) {
    if (container instanceof ObjectNode o) {
      List<String> names = new ArrayList<>();
      o.fieldNames().forEachRemaining(names::add);
      if (names.isEmpty()) {
        o.put("unexpected", pick);
        return;
      }
      String name = names.get(pick % names.size());
      switch (kind) {
        case 0 -> o.remove(name);
        case 1 -> o.set(name + "Copy", o.get(name).deepCopy());
        default -> o.set(name, EXTREMES[pick % EXTREMES.length]);
      }
    } else if (container instanceof ArrayNode a) {
      if (a.isEmpty() || kind == 1) {
        a.add(EXTREMES[pick % EXTREMES.length]);
      } else if (kind == 0) {
        a.remove(pick % a.size());
      } else {
        a.set(pick % a.size(), EXTREMES[pick % EXTREMES.length]);
      }
    }
  }

  @Provide
  Arbitrary<ObjectNode> documents() {
    return CommuneArbitraries.measurements(RULES, LocalDate.of(2020, 12, 31))
        .map(m -> (ObjectNode) readTree(JSON.write(m)));
  }

  private static JsonNode readTree(String text) {
    try {
      return TREE.readTree(text);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
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
