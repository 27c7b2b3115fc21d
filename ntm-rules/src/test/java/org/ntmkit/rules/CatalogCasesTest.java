package org.ntmkit.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.ntmkit.core.Outcome;
import org.ntmkit.core.explain.Explanation;
import org.ntmkit.core.io.NtmJson;
import org.ntmkit.rules.measurement.CommuneMeasurements;

/**
 * Test cases as data ({@code src/test/resources/org/ntmkit/rules/cases/*.json}): each case is a
 * commune's data with the expected outcome of indicators or criteria, and names its legal source. A
 * province adds cases without writing Java.
 */
class CatalogCasesTest {

  private static final List<String> FILES = List.of("qd-1980-2016.json");

  @TestFactory
  Stream<DynamicTest> everyCaseGivesItsExpectedOutcomes() throws IOException {
    NtmRules rules = NtmRules.bundled();
    List<DynamicTest> tests = new ArrayList<>();
    for (String file : FILES) {
      JsonNode root;
      try (InputStream in = getClass().getResourceAsStream("/org/ntmkit/rules/cases/" + file)) {
        root = JsonMapper.builder().build().readTree(in);
      }
      assertTrue(root.get("cases").size() > 100, "cases in " + file);
      for (JsonNode c : root.get("cases")) {
        tests.add(
            DynamicTest.dynamicTest(
                c.get("name").asText() + " — " + c.get("source").asText(),
                () -> {
                  CommuneMeasurements data =
                      NtmJson.defaults().read(c.get("data").toString(), CommuneMeasurements.class);
                  Assessment a = rules.evaluate(data, c.get("set").asText());
                  for (Map.Entry<String, JsonNode> e : c.get("expect").properties()) {
                    Explanation node =
                        find(a.getExplanation(), e.getKey())
                            .orElseThrow(() -> new AssertionError("no node " + e.getKey()));
                    assertEquals(
                        Outcome.valueOf(e.getValue().asText()),
                        node.getOutcome(),
                        e.getKey() + ": " + node.getMessage().getEn());
                  }
                }));
      }
    }
    return tests.stream();
  }

  private static Optional<Explanation> find(Explanation e, String id) {
    for (Explanation c : e.getChildren()) {
      if (c.getSubject().equals(id)) {
        return Optional.of(c);
      }
      Optional<Explanation> f = find(c, id);
      if (f.isPresent()) {
        return f;
      }
    }
    return Optional.empty();
  }
}
