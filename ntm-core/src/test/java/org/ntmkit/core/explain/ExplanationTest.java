package org.ntmkit.core.explain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.ntmkit.core.LocalizedText;
import org.ntmkit.core.Outcome;
import org.ntmkit.core.law.Provenance;

class ExplanationTest {

  private static Explanation node(String subject, Provenance p) {
    var b =
        Explanation.builder()
            .setSubject(subject)
            .setLabel(LocalizedText.of("x", "x"))
            .setOutcome(Outcome.MET)
            .setMessage(LocalizedText.of("x", "x"));
    if (p != null) {
      b.setProvenance(p);
    }
    return b.build();
  }

  @Test
  void weakestProvenanceLooksThroughTheWholeTree() {
    Explanation leafInferred = node("a", Provenance.INFERRED);
    Explanation leafOfficial = node("b", Provenance.OFFICIAL_TEXT);
    Explanation root =
        ImmutableExplanation.copyOf(node("root", Provenance.SECONDARY_SOURCE))
            .withChildren(leafOfficial, leafInferred);
    assertEquals(Optional.of(Provenance.INFERRED), root.weakestProvenance());
    assertEquals(Optional.empty(), node("none", null).weakestProvenance());
    assertEquals(
        Optional.of(Provenance.OFFICIAL_TEXT),
        ImmutableExplanation.copyOf(node("r", null))
            .withChildren(leafOfficial)
            .weakestProvenance());
  }

  @Test
  void comparisonsDecideExactly() {
    BigDecimal seventy = new BigDecimal("70");
    BigDecimal seventyPoint0 = new BigDecimal("70.0");
    assertTrue(Comparison.AT_LEAST.test(seventyPoint0, seventy));
    assertTrue(Comparison.AT_MOST.test(seventyPoint0, seventy));
    assertTrue(Comparison.EQUAL.test(seventyPoint0, seventy));
    assertFalse(Comparison.MORE_THAN.test(seventyPoint0, seventy));
    assertFalse(Comparison.LESS_THAN.test(seventyPoint0, seventy));
    assertTrue(Comparison.MORE_THAN.test(new BigDecimal("70.01"), seventy));
    assertTrue(Comparison.LESS_THAN.test(new BigDecimal("69.99"), seventy));
    // One step either side of the threshold decides the other way.
    assertFalse(Comparison.AT_LEAST.test(new BigDecimal("69.99"), seventy));
    assertFalse(Comparison.AT_MOST.test(new BigDecimal("70.01"), seventy));
    assertFalse(Comparison.EQUAL.test(new BigDecimal("70.01"), seventy));
    assertFalse(Comparison.MORE_THAN.test(new BigDecimal("69.99"), seventy));
    assertFalse(Comparison.LESS_THAN.test(new BigDecimal("70.01"), seventy));
    assertEquals("≥", Comparison.AT_LEAST.symbol());
    assertEquals("<", Comparison.LESS_THAN.symbol());
    assertTrue(Comparison.AT_MOST.holds(-1));
    assertFalse(Comparison.MORE_THAN.holds(0));
  }

  @Test
  void provenanceOrderAndLabels() {
    assertEquals(
        Provenance.INFERRED, Provenance.weakest(Provenance.INFERRED, Provenance.OFFICIAL_TEXT));
    assertEquals(
        Provenance.SECONDARY_SOURCE,
        Provenance.weakest(Provenance.OFFICIAL_TEXT, Provenance.SECONDARY_SOURCE));
    assertEquals("Suy luận", Provenance.INFERRED.label().getVi());
    // An invented (demonstration) value is weaker than anything sourced or inferred.
    assertEquals(Provenance.EXAMPLE, Provenance.weakest(Provenance.INFERRED, Provenance.EXAMPLE));
    assertEquals(
        Provenance.EXAMPLE, Provenance.weakest(Provenance.EXAMPLE, Provenance.OFFICIAL_TEXT));
    assertEquals("Example — not law", Provenance.EXAMPLE.label().getEn());
  }
}
