package org.ntmkit.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.ntmkit.core.Outcome;
import org.ntmkit.rules.measurement.CommuneMeasurements;
import org.ntmkit.rules.testing.CommuneArbitraries;

/**
 * An incomplete set never gives a verdict it cannot justify, whatever the data: under QĐ
 * 51/2025/QĐ-TTg as bundled (indicators NOT FOUND) every criterion is undetermined; with the
 * EXAMPLE overlay a criterion it does not encode is never met, and the set is reported incomplete.
 */
class IncompleteSetProperties {

  private static final NtmRules RULES = NtmRules.bundled();
  private static final NtmRules WITH_EXAMPLE =
      RULES.withOverlay(Qd51AndOverlayTest.overlay(Qd51AndOverlayTest.EXAMPLE_OVERLAY));

  @Provide
  Arbitrary<CommuneMeasurements> in2026() {
    return CommuneArbitraries.measurements(
        WITH_EXAMPLE, LocalDate.of(2026, 2, 15), LocalDate.of(2026, 12, 31));
  }

  @Property(tries = 200)
  void theBundledQd51DecidesNothingAndReadsNothing(@ForAll("in2026") CommuneMeasurements data) {
    CommuneMeasurements national =
        org.ntmkit.rules.measurement.ImmutableCommuneMeasurements.copyOf(data)
            .withRatios(
                data.getRatios().entrySet().stream()
                    .filter(e -> !e.getKey().startsWith("example."))
                    .collect(
                        java.util.stream.Collectors.toMap(
                            java.util.Map.Entry::getKey, java.util.Map.Entry::getValue)));
    Assessment a = RULES.evaluate(national, "qd-51-2025");
    assertEquals(Outcome.UNDETERMINED, a.getOutcome());
    assertEquals(10, a.count(Outcome.UNDETERMINED));
    assertFalse(a.isSetComplete());
    // Every measurement is reported unread, but the commune-group facts (read by GroupDerivation).
    long given =
        java.util.stream.Stream.of(
                national.getNumbers().keySet(),
                national.getFlags().keySet(),
                national.getRatios().keySet())
            .flatMap(java.util.Set::stream)
            .filter(n -> !n.startsWith("group."))
            .count();
    List<String> unread = RULES.unreadMeasurements(national, List.of("qd-51-2025"));
    assertEquals(given, unread.size());
    assertTrue(unread.stream().noneMatch(n -> n.startsWith("group.")));
  }

  @Property(tries = 200)
  void withTheExampleOverlayOnlyItsCriteriaCanBeDecided(
      @ForAll("in2026") CommuneMeasurements data) {
    Assessment a = WITH_EXAMPLE.evaluate(data, "qd-51-2025");
    assertFalse(a.isSetComplete());
    for (CriterionResult c : a.criteria()) {
      if (!c.getNumber().equals("3") && !c.getNumber().equals("6")) {
        assertEquals(Outcome.UNDETERMINED, c.getOutcome(), c.getNumber());
      }
    }
    assertNotEquals(Outcome.MET, a.getOutcome());
    assertFalse(
        WITH_EXAMPLE.unreadMeasurements(data, List.of("qd-51-2025")).contains("income.perCapita"));
  }
}
