package org.ntmkit.core;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

/** Kleene's strong three-valued logic (architecture principle 4). */
class OutcomeProperties {

  @Property
  void andOrAreCommutativeAndAssociative(@ForAll Outcome a, @ForAll Outcome b, @ForAll Outcome c) {
    assertEquals(a.and(b), b.and(a));
    assertEquals(a.or(b), b.or(a));
    assertEquals(a.and(b).and(c), a.and(b.and(c)));
    assertEquals(a.or(b).or(c), a.or(b.or(c)));
  }

  @Property
  void deMorganAndDoubleNegation(@ForAll Outcome a, @ForAll Outcome b) {
    assertEquals(a.and(b).not(), a.not().or(b.not()));
    assertEquals(a.or(b).not(), a.not().and(b.not()));
    assertEquals(a, a.not().not());
  }

  @Property
  void identitiesDominationAbsorptionAndIdempotence(@ForAll Outcome a, @ForAll Outcome b) {
    assertEquals(a, a.and(Outcome.MET));
    assertEquals(a, a.or(Outcome.NOT_MET));
    assertEquals(Outcome.NOT_MET, a.and(Outcome.NOT_MET));
    assertEquals(Outcome.MET, a.or(Outcome.MET));
    assertEquals(a, a.and(a.or(b)));
    assertEquals(a, a.or(a.and(b)));
    assertEquals(a, a.and(a));
  }

  @Property
  void agreesWithBooleanLogicOnKnownValues(@ForAll boolean x, @ForAll boolean y) {
    assertEquals(Outcome.of(x && y), Outcome.of(x).and(Outcome.of(y)));
    assertEquals(Outcome.of(x || y), Outcome.of(x).or(Outcome.of(y)));
    assertEquals(Outcome.of(!x), Outcome.of(x).not());
  }

  @Property
  void allOfIsNotMetIfAnyPartIsElseUndeterminedIfAnyPartIs(@ForAll List<Outcome> parts) {
    Outcome expected =
        parts.contains(Outcome.NOT_MET)
            ? Outcome.NOT_MET
            : parts.contains(Outcome.UNDETERMINED) ? Outcome.UNDETERMINED : Outcome.MET;
    assertEquals(expected, Outcome.allOf(parts));
    Outcome expectedAny =
        parts.contains(Outcome.MET)
            ? Outcome.MET
            : parts.contains(Outcome.UNDETERMINED) ? Outcome.UNDETERMINED : Outcome.NOT_MET;
    assertEquals(expectedAny, Outcome.anyOf(parts));
  }

  @Property
  void allOfDoesNotDependOnOrder(@ForAll List<Outcome> parts) {
    List<Outcome> reversed = new ArrayList<>(parts);
    java.util.Collections.reverse(reversed);
    assertEquals(Outcome.allOf(parts), Outcome.allOf(reversed));
    assertEquals(Outcome.anyOf(parts), Outcome.anyOf(reversed));
  }
}
