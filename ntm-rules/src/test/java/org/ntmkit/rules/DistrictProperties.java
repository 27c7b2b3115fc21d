package org.ntmkit.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.ntmkit.core.Outcome;
import org.ntmkit.rules.measurement.ImmutableUnitMeasurements;
import org.ntmkit.rules.measurement.Member;
import org.ntmkit.rules.testing.SampleDistricts;

class DistrictProperties {

  private static final NtmRules RULES = NtmRules.bundled();

  private static List<Member> members(List<Outcome> ntm) {
    List<Member> out = new ArrayList<>();
    for (int i = 0; i < ntm.size(); i++) {
      out.add(
          SampleDistricts.commune(
              String.format(java.util.Locale.ROOT, "%05d", i), "Xã " + i, ntm.get(i), 15));
    }
    return out;
  }

  private static Outcome precondition(List<Member> members) {
    return RULES
        .evaluate(SampleDistricts.locHa2020().withMembers(members), "qd-558-2016")
        .criterion("P")
        .orElseThrow()
        .getExplanation()
        .getOutcome();
  }

  @Property(tries = 300)
  void addingAQualifyingMemberNeverLowersTheOutcome(@ForAll @Size(max = 25) List<Outcome> ntm) {
    List<Member> before = members(ntm);
    List<Member> after = new ArrayList<>(before);
    after.add(SampleDistricts.commune("99999", "Xã mới", Outcome.MET, 19));
    Outcome b = precondition(before);
    Outcome a = precondition(after);
    if (b == Outcome.MET) {
      assertEquals(Outcome.MET, a);
    }
    if (b == Outcome.UNDETERMINED) {
      assertNotEquals(Outcome.NOT_MET, a);
    }
  }

  @Property(tries = 300)
  void outcomesDoNotDependOnMemberOrder(
      @ForAll @Size(max = 25) List<Outcome> ntm, @ForAll @IntRange(min = 0, max = 1000) int seed) {
    List<Member> members = members(ntm);
    List<Member> shuffled = new ArrayList<>(members);
    Collections.shuffle(shuffled, new java.util.Random(seed));
    ImmutableUnitMeasurements d = SampleDistricts.locHa2020();
    assertEquals(
        RULES.evaluate(d.withMembers(members), "qd-558-2016").getOutcome(),
        RULES.evaluate(d.withMembers(shuffled), "qd-558-2016").getOutcome());
    assertEquals(
        RULES.titles(d.withMembers(members)).getOutcomes(),
        RULES.titles(d.withMembers(shuffled)).getOutcomes());
  }

  @Property(tries = 200)
  void theShareRuleMatchesCountingByHand(@ForAll @Size(min = 1, max = 40) List<Boolean> ntm) {
    List<Outcome> outcomes = ntm.stream().map(Outcome::of).toList();
    boolean all = ntm.stream().allMatch(b -> b);
    assertEquals(Outcome.of(all), precondition(members(outcomes)));
  }
}
