package org.ntmkit.rules.testing;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.ntmkit.core.io.InputProblem;
import org.ntmkit.core.io.InvalidInputException;

/**
 * One mutation of a valid JSON document, for fuzzing every document type the SDK reads: delete a
 * property or element, duplicate one, replace one by an extreme value (huge, negative, zero, empty,
 * {@code "NaN"}, null, the wrong type), or cut the text. Published in the {@code ntm-rules} tests
 * jar.
 *
 * <pre>{@code
 * byte[] bad = JsonMutations.mutate(document, kind, pick); // kind 0–3, any pick
 * JsonMutations.requireInputError(e);                      // a path on every problem
 * }</pre>
 */
public final class JsonMutations {
  private JsonMutations() {}

  private static final JsonMapper TREE = JsonMapper.builder().build();
  private static final JsonNode[] EXTREMES = {
    JsonNodeFactory.instance.numberNode(new java.math.BigDecimal("1e308")),
    JsonNodeFactory.instance.numberNode(-1),
    JsonNodeFactory.instance.numberNode(new java.math.BigInteger("99999999999999999999999")),
    JsonNodeFactory.instance.numberNode(new java.math.BigInteger("999999999999999999999999999999")),
    JsonNodeFactory.instance.numberNode(0),
    JsonNodeFactory.instance.numberNode(new java.math.BigDecimal("0.5")),
    JsonNodeFactory.instance.numberNode(150),
    JsonNodeFactory.instance.textNode(""),
    JsonNodeFactory.instance.textNode("NaN"),
    JsonNodeFactory.instance.textNode("2020-12-31T10:00"),
    JsonNodeFactory.instance.nullNode(),
    JsonNodeFactory.instance.booleanNode(true),
    JsonNodeFactory.instance.arrayNode(),
    JsonNodeFactory.instance.objectNode()
  };

  /** The number of mutation kinds: delete, duplicate, replace by an extreme, cut the text. */
  public static final int KINDS = 4;

  /** A document's tree, to mutate copies of. */
  public static JsonNode tree(String json) {
    try {
      return TREE.readTree(json);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException(e);
    }
  }

  /**
   * A mutated copy of the document, as bytes.
   *
   * @param kind 0 delete, 1 duplicate, 2 replace by an extreme value, 3 cut the text
   * @param pick which container, property, element and value (any non-negative number)
   */
  public static byte[] mutate(JsonNode document, int kind, int pick) {
    JsonNode doc = document.deepCopy();
    try {
      if (kind == 3) {
        String text = TREE.writeValueAsString(doc);
        int cut = pick % Math.max(1, text.length());
        return (text.substring(0, cut)
                + text.substring(Math.min(text.length(), cut + 1 + pick % 7)))
            .getBytes(StandardCharsets.UTF_8);
      }
      List<JsonNode> containers = new ArrayList<>();
      collect(doc, containers);
      // Deeper containers are picked as often as the root: spread the pick over all of them.
      mutateIn(containers.get(pick % containers.size()), kind, pick / containers.size());
      return TREE.writeValueAsBytes(doc);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * Fails unless the input error names where each problem is: a path from the document's root.
   *
   * @throws AssertionError if a problem has no path
   */
  public static void requireInputError(InvalidInputException e) {
    if (e.getProblems().isEmpty()) {
      throw new AssertionError("an input error without problems");
    }
    for (InputProblem p : e.getProblems()) {
      if (!p.getPath().startsWith("$")) {
        throw new AssertionError("a problem without a path: " + p);
      }
    }
  }

  private static void collect(JsonNode node, List<JsonNode> out) {
    if (node.isContainerNode()) {
      out.add(node);
      node.forEach(child -> collect(child, out));
    }
  }

  private static void mutateIn(JsonNode container, int kind, int pick) {
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
      if (a.isEmpty()) {
        a.add(EXTREMES[pick % EXTREMES.length]);
      } else if (kind == 1) {
        a.add(a.get(pick % a.size()).deepCopy()); // a repeated element
      } else if (kind == 0) {
        a.remove(pick % a.size());
      } else {
        a.set(pick % a.size(), EXTREMES[pick % EXTREMES.length]);
      }
    }
  }
}
