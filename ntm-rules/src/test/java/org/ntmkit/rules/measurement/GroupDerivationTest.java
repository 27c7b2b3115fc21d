package org.ntmkit.rules.measurement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.ntmkit.core.law.Provenance;
import org.ntmkit.core.unit.CommuneGroup;
import org.ntmkit.core.unit.ImmutableCommune;
import org.ntmkit.rules.testing.SampleCommunes;

/**
 * The commune groups of QĐ 51/2025/QĐ-TTg from their definitions (qd51 addendum §2.3): every one of
 * the 3⁴ = 81 combinations of the four facts (yes, no, unknown) against the definitions — group 3
 * only for a region II/III ethnic-minority commune meeting no group 1 definition, group 1 only for
 * one that is not such a commune, group 2 only when every fact is known and none holds; both
 * definitions met, or facts missing, give no group.
 */
class GroupDerivationTest {

  private static final String[] FACTS = {
    GroupDerivation.BORDERING_URBAN,
    GroupDerivation.AGRICULTURE_UNDER_10,
    GroupDerivation.NEW_URBAN_AREA,
    GroupDerivation.ETHNIC_MINORITY_REGION
  };

  @Test
  void everyCombinationOfFactsGivesTheGroupTheDefinitionsGiveOrNone() {
    int cases = 0;
    for (int code = 0; code < 81; code++) {
      List<Boolean> values = new ArrayList<>();
      Map<String, Boolean> flags = new java.util.HashMap<>();
      int c = code;
      for (String fact : FACTS) {
        int v = c % 3;
        c /= 3;
        values.add(v == 2 ? null : v == 1);
        if (v != 2) {
          flags.put(fact, v == 1);
        }
      }
      boolean anyG1 = values.subList(0, 3).contains(Boolean.TRUE);
      boolean allG1Known = !values.subList(0, 3).contains(null);
      Boolean g3 = values.get(3);
      Optional<CommuneGroup> expected;
      if (Boolean.TRUE.equals(g3) && allG1Known && !anyG1) {
        expected = Optional.of(CommuneGroup.GROUP_3);
      } else if (Boolean.FALSE.equals(g3) && anyG1) {
        expected = Optional.of(CommuneGroup.GROUP_1);
      } else if (Boolean.FALSE.equals(g3) && allG1Known) {
        expected = Optional.of(CommuneGroup.GROUP_2);
      } else {
        expected = Optional.empty();
      }
      GroupDerivation g = GroupDerivation.of(SampleCommunes.ncc2020().withFlags(flags));
      assertEquals(expected, g.getGroup(), values.toString());
      assertTrue(!g.getReason().getEn().isBlank() && !g.getReason().getVi().isBlank());
      cases++;
    }
    assertEquals(81, cases);
  }

  @Test
  void bothDefinitionsMetIsNotGuessedAndADerivedGroupIsAppliedOnlyWhereNoneIsGiven() {
    CommuneMeasurements both =
        SampleCommunes.ncc2020()
            .withFlags(
                Map.of(
                    GroupDerivation.AGRICULTURE_UNDER_10, true,
                    GroupDerivation.ETHNIC_MINORITY_REGION, true));
    GroupDerivation g = GroupDerivation.of(both);
    assertEquals(Optional.empty(), g.getGroup());
    assertTrue(g.getReason().getEn().contains("NOT FOUND"), g.getReason().getEn());
    assertEquals(Provenance.INFERRED, g.getProvenance());
    assertEquals("51/2025/QĐ-TTg", g.getRef().getInstrument());
    assertSame(both, g.applyTo(both));
    CommuneMeasurements urban =
        SampleCommunes.ncc2020()
            .withFlags(
                Map.of(
                    GroupDerivation.NEW_URBAN_AREA, true,
                    GroupDerivation.ETHNIC_MINORITY_REGION, false));
    GroupDerivation one = GroupDerivation.of(urban);
    assertEquals(Optional.of(CommuneGroup.GROUP_1), one.applyTo(urban).getCommune().getGroup());
    CommuneMeasurements given =
        ImmutableCommuneMeasurements.copyOf(urban)
            .withCommune(
                ImmutableCommune.copyOf(urban.getCommune()).withGroup(CommuneGroup.GROUP_2));
    assertSame(given, one.applyTo(given), "a group the caller gives is kept");
  }
}
