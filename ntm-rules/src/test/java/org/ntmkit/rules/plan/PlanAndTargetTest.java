package org.ntmkit.rules.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.ntmkit.core.LocalizedText;
import org.ntmkit.core.Outcome;
import org.ntmkit.core.io.InvalidInputException;
import org.ntmkit.core.io.NtmJson;
import org.ntmkit.core.quantity.Percentage;

/** Plans and count targets as the seed report uses them (seed digest §6, §7). */
class PlanAndTargetTest {

  @Test
  void attainmentDividesByTheBoundTheActualLiesBeyond() {
    // OCOP 2020: 87 new products against a plan of 70–90 is 100% (inside the range).
    assertEquals(new BigDecimal("100"), Plan.range(70, 90).attainment(BigDecimal.valueOf(87), 0));
    // NTM communes 2020: 17 against 15 planned is 113%.
    assertEquals(new BigDecimal("113"), Plan.of(15).attainment(BigDecimal.valueOf(17), 0));
    // Below the range the lower bound is the basis: 60 of 70–90 is 85.7%.
    assertEquals(new BigDecimal("85.7"), Plan.range(70, 90).attainment(BigDecimal.valueOf(60), 1));
    assertEquals(BigDecimal.valueOf(90), Plan.range(70, 90).basisFor(BigDecimal.valueOf(95)));
  }

  @Test
  void aPlanNeedsPositiveOrderedBounds() {
    assertEquals(BigDecimal.ONE, Plan.range(1, 1).getUpper());
    assertThrows(IllegalArgumentException.class, () -> Plan.range(0, 5));
    assertThrows(IllegalArgumentException.class, () -> Plan.range(6, 5));
    NtmJson json = NtmJson.defaults();
    assertEquals(
        new BigDecimal("5"),
        json.read("{\"lower\": 5, \"upper\": 5}", Plan.class).getLower(),
        "equal bounds are a single-number plan");
    InvalidInputException e =
        assertThrows(
            InvalidInputException.class,
            () -> json.read("{\"lower\": 6, \"upper\": 5}", Plan.class));
    assertEquals(
        "the lower bound exceeds the upper bound", e.getProblems().get(0).getMessage().getEn());
  }

  @Test
  void tenPercentOf182CommunesIs19() {
    // Seed report, target for 2025: at least 10% model communes.
    CountTarget model =
        CountTarget.atLeastShareOf(
            Percentage.of(10), 182, LocalizedText.of("Xã NTM kiểu mẫu", "Model communes"));
    assertEquals(19, model.getRequired());
    assertEquals(Outcome.MET, model.outcome(19));
    assertEquals(Outcome.NOT_MET, model.outcome(18));
    assertEquals(0, model.stillNeeded(25));
    assertEquals(Outcome.MET, CountTarget.atLeast(3, model.getLabel()).outcome(3));
  }
}
