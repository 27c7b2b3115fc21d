package org.ntmkit.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;
import org.ntmkit.core.Outcome;
import org.ntmkit.core.explain.Comparison;
import org.ntmkit.core.io.NtmJson;
import org.ntmkit.rules.catalog.CatalogOverlay;
import org.ntmkit.rules.measurement.Member;
import org.ntmkit.rules.testing.SampleDistricts;

/**
 * Issue #15, classes 5 and 6: a share "≤ 50%" over 10 members of unknown status was MET, because
 * unknown members were completed as if every comparison were "at least"; and a share rounded before
 * it was compared took exactly 1/3 as "≤ 33.3333333333%". For every comparison and threshold, the
 * verdict over members of unknown status is the Kleene one — MET when every completion of the
 * unknowns meets it, NOT_MET when none does, UNDETERMINED otherwise — checked here against every
 * completion, with the share compared as an exact fraction.
 */
class MemberKleeneProperties {

  private static final NtmRules RULES = NtmRules.bundled();
  private static final List<String> PERCENTS = List.of("0", "25", "50", "100", "33.3333333333");
  private static final List<String> COUNTS = List.of("0", "1", "2", "3", "5");
  private static final Map<String, NtmRules> OVERLAID = new HashMap<>();

  /** The district set qd-558-2016 with one more indicator on criterion P: "x" of member NTM. */
  private static synchronized NtmRules rules(String kind, Comparison c, String value) {
    return OVERLAID.computeIfAbsent(
        kind + c + value,
        k ->
            RULES.withOverlay(
                NtmJson.defaults()
                    .read(
                        ("{'id': 'test', 'label': {'vi': 'thử', 'en': 'test'},"
                                + " 'parameters': {'name': 'test', 'overrides': [{'parameterId':"
                                + " 'test.x', 'unit': '"
                                + (kind.equals("MEMBER_SHARE") ? "PERCENT" : "COUNT")
                                + "', 'label': {'vi': 'x', 'en': 'x'}, 'values': [{'value': "
                                + value
                                + ", 'from': '2016-01-01', 'provenance': 'EXAMPLE', 'ref':"
                                + " {'instrument': 'thử', 'kind': 'DECISION'}}]}]},"
                                + " 'indicators': [{'setId': 'qd-558-2016', 'criterion': 'P',"
                                + " 'indicators': [{'id': 'P.x', 'name': {'vi': 'x', 'en': 'x'},"
                                + " 'kind': '"
                                + kind
                                + "', 'memberLevel': 'COMMUNE', 'memberTitle': 'NTM',"
                                + " 'parameter': 'test.x', 'comparison': '"
                                + c
                                + "'}]}]}")
                            .replace('\'', '"'),
                        CatalogOverlay.class)));
  }

  private static Outcome verdict(NtmRules rules, List<Outcome> statuses) {
    List<Member> members = new ArrayList<>();
    for (int i = 0; i < statuses.size(); i++) {
      members.add(
          SampleDistricts.commune(
              String.format(java.util.Locale.ROOT, "%05d", i), "Xã " + i, statuses.get(i), 15));
    }
    return rules
        .evaluate(SampleDistricts.locHa2020().withMembers(members), "qd-558-2016")
        .indicator("P.x")
        .orElseThrow()
        .getOutcome();
  }

  /** The comparison on the exact count, or on the exact share k/n against p%. */
  private static boolean holds(String kind, Comparison c, String value, long k, int n) {
    BigDecimal required = new BigDecimal(value);
    int cmp =
        kind.equals("MEMBER_SHARE")
            ? BigDecimal.valueOf(k * 100).compareTo(required.multiply(BigDecimal.valueOf(n)))
            : BigDecimal.valueOf(k).compareTo(required);
    return c.holds(cmp);
  }

  @Provide
  Arbitrary<String> kinds() {
    return Arbitraries.of("MEMBER_SHARE", "MEMBER_COUNT");
  }

  @Provide
  Arbitrary<Integer> valueIndex() {
    return Arbitraries.integers().between(0, 4);
  }

  @Property(tries = 400)
  void theVerdictIsTheKleeneVerdictOverEveryCompletionOfTheUnknowns(
      @ForAll("kinds") String kind,
      @ForAll Comparison c,
      @ForAll("valueIndex") int v,
      @ForAll @Size(min = 1, max = 8) List<Outcome> statuses) {
    String value = (kind.equals("MEMBER_SHARE") ? PERCENTS : COUNTS).get(v);
    long met = statuses.stream().filter(s -> s == Outcome.MET).count();
    long unknown = statuses.stream().filter(s -> s == Outcome.UNDETERMINED).count();
    boolean all = true;
    boolean any = false;
    for (long k = met; k <= met + unknown; k++) {
      boolean h = holds(kind, c, value, k, statuses.size());
      all &= h;
      any |= h;
    }
    Outcome expected = all ? Outcome.MET : any ? Outcome.UNDETERMINED : Outcome.NOT_MET;
    assertEquals(expected, verdict(rules(kind, c, value), statuses), kind + " " + c + " " + value);
  }

  /** The review's example: "≤ 50%" over 10 members of unknown status. */
  @Test
  void atMostHalfOverTenUnknownMembersIsUndeterminedNotMet() {
    assertEquals(
        Outcome.UNDETERMINED,
        verdict(
            rules("MEMBER_SHARE", Comparison.AT_MOST, "50"),
            java.util.Collections.nCopies(10, Outcome.UNDETERMINED)));
  }

  /** Exactly 1 of 3 is 33.333…%, more than 33.3333333333%: "≤" that is NOT_MET, exactly. */
  @Test
  void exactlyOneThirdIsAboveARoundedThirdAndCompared() {
    List<Outcome> oneOfThree = List.of(Outcome.MET, Outcome.NOT_MET, Outcome.NOT_MET);
    assertEquals(
        Outcome.NOT_MET,
        verdict(rules("MEMBER_SHARE", Comparison.AT_MOST, "33.3333333333"), oneOfThree));
    assertEquals(
        Outcome.MET,
        verdict(rules("MEMBER_SHARE", Comparison.MORE_THAN, "33.3333333333"), oneOfThree));
  }

  /**
   * A condition on a ratio is decided on the exact fraction: with 1 of 3 villages, "only if at most
   * 33.3333333333%" does not hold (1/3 is more), so the indicator is not considered — it was
   * considered, and failed, when the share was rounded to 10 decimals first.
   */
  @Test
  void aConditionOnARatioIsDecidedOnTheExactFraction() {
    NtmRules rules =
        RULES.withOverlay(
            NtmJson.defaults()
                .read(
                    ("{'id': 'test', 'label': {'vi': 'thử', 'en': 'test'}, 'indicators': [{'setId':"
                            + " 'qd-1980-2016', 'criterion': '8', 'indicators': [{'id': '8.x',"
                            + " 'name': {'vi': 'x', 'en': 'x'}, 'kind': 'FLAG', 'variable':"
                            + " 'ict.postalPoint', 'onlyIf': {'variable': 'villages.cultural',"
                            + " 'comparison': 'AT_MOST', 'value': 33.3333333333}}]}]}")
                        .replace('\'', '"'),
                    CatalogOverlay.class));
    var commune =
        org.ntmkit.rules.measurement.ImmutableCommuneMeasurements.copyOf(
                org.ntmkit.rules.testing.SampleCommunes.ncc2020())
            .withFlags(Map.of("ict.postalPoint", false));
    java.util.function.Function<org.ntmkit.core.quantity.Ratio, Outcome> at =
        villages ->
            rules
                .evaluate(commune.withRatios(Map.of("villages.cultural", villages)), "qd-1980-2016")
                .indicator("8.x")
                .orElseThrow()
                .getOutcome();
    Outcome oneThird = at.apply(org.ntmkit.core.quantity.Ratio.of(1, 3));
    Outcome oneQuarter = at.apply(org.ntmkit.core.quantity.Ratio.of(1, 4));
    assertEquals(Outcome.NOT_MET, oneQuarter, "1/4 ≤ 33.33…%: considered, and the flag is false");
    org.junit.jupiter.api.Assertions.assertNotEquals(
        Outcome.NOT_MET, oneThird, "1/3 > 33.3333333333%: not considered");
  }
}
