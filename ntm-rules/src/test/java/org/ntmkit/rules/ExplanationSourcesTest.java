package org.ntmkit.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.ntmkit.core.explain.Explanation;
import org.ntmkit.core.law.Bibliography;
import org.ntmkit.core.parameter.Parameter;
import org.ntmkit.core.parameter.ParameterQuery;
import org.ntmkit.core.parameter.ParameterValue;
import org.ntmkit.core.quantity.MeasureUnit;
import org.ntmkit.rules.catalog.CriteriaSet;
import org.ntmkit.rules.testing.SampleCommunes;

/**
 * Every bundled value names its source, and explanation nodes carry the keys (issue #16:
 * "explanation nodes and the JSON output carry it").
 */
class ExplanationSourcesTest {

  private static final NtmRules RULES = NtmRules.bundled();
  private static final Bibliography BIB = Bibliography.bundled();

  @Test
  void everyBundledValueCitesASourceOfTheBibliography() {
    TreeMap<String, String> bad = new TreeMap<>();
    for (CriteriaSet set : RULES.sets().values()) {
      for (Parameter p : set.getParameters()) {
        for (ParameterValue v : p.getValues()) {
          var keys = Bibliography.citedKeys(v.getNote().orElse(""));
          if (keys.isEmpty() || !keys.stream().allMatch(k -> BIB.find(k).isPresent())) {
            bad.put(p.getId() + " from " + v.getFrom(), v.getNote().orElse("(no note)"));
          }
        }
      }
    }
    assertEquals(new TreeMap<String, String>(), bad);
  }

  @Test
  void theIncomeNodeCarriesTheSourcesOfItsThreshold() {
    // QĐ 1980, criterion 10.1 (income), North Central Coast, 2020: the node's sources are those
    // the catalog value's note cites, read here from the catalog, not from the evaluator.
    Assessment a = RULES.evaluate(SampleCommunes.ncc2020(), "qd-1980-2016");
    Explanation income = a.criterion("10").orElseThrow().getExplanation().getChildren().get(0);
    assertEquals("10.1", income.getSubject());
    ParameterValue value =
        RULES
            .parameters()
            .find(
                "qd1980.10.1",
                ParameterQuery.builder()
                    .setDate(SampleCommunes.ncc2020().getDate())
                    .setRegion(SampleCommunes.ncc2020().getCommune().getRegion())
                    .build())
            .orElseThrow();
    List<String> expected = Bibliography.citedKeys(value.getNote().orElseThrow()).asList();
    assertTrue(!expected.isEmpty());
    assertEquals(expected, income.getSources());
    assertTrue(a.getExplanation().allSources().containsAll(expected));
  }

  @Test
  void everyNodeWithAThresholdNamesItsSourcesAndEachResolves() {
    for (String set : List.of("qd-1980-2016", "qd-318-2022-basic", "qd-318-2022-advanced")) {
      var data =
          set.equals("qd-1980-2016")
              ? SampleCommunes.ncc2020()
              : SampleCommunes.ncc2020().withDate(java.time.LocalDate.of(2024, 6, 30));
      Explanation tree = RULES.evaluate(data, set).getExplanation();
      List<String> unsourced = new ArrayList<>();
      walk(tree, unsourced);
      assertEquals(List.of(), unsourced, set + ": nodes with a required value and no source");
      for (String key : tree.allSources()) {
        assertTrue(BIB.find(key).isPresent(), key);
      }
    }
  }

  private static void walk(Explanation node, List<String> unsourced) {
    // A threshold is a required number; a yes/no indicator's "required" is its expected answer and
    // its sources are those its wording cites, where it cites any.
    boolean threshold =
        node.getRequired().isPresent()
            && node.getUnit().filter(u -> u != MeasureUnit.BOOLEAN).isPresent();
    if (threshold && node.getSources().isEmpty()) {
      unsourced.add(node.getSubject());
    }
    node.getChildren().forEach(c -> walk(c, unsourced));
  }
}
