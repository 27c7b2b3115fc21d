package org.ntmkit.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.ntmkit.core.io.InputProblem;
import org.ntmkit.core.io.InvalidInputException;
import org.ntmkit.core.io.NtmJson;
import org.ntmkit.core.io.ProblemCode;
import org.ntmkit.core.quantity.MeasureUnit;
import org.ntmkit.rules.catalog.CatalogOverlay;
import org.ntmkit.rules.testing.SampleCommunes;

/**
 * Issue #15, class 7: overlays that were accepted but meant something else. A threshold in the
 * wrong unit for its indicator, a negative threshold or multiplier, a percentage above 100, one
 * parameter in two entries (the later silently cut the earlier), are rejected with their paths; a
 * value without a region replaces the regional base values it covers (QĐ 1980/QĐ-TTg criterion 10.1
 * has one income per region), as the README promises.
 */
class OverlayMeaningTest {

  private static final NtmRules RULES = NtmRules.bundled();

  private static String value(Object v, String extra) {
    return "{'value': "
        + v
        + ", 'from': '2020-01-01', 'to': '2021-01-01',"
        + extra
        + " 'provenance': 'EXAMPLE', 'ref': {'instrument': 'thử', 'kind': 'DECISION'}}";
  }

  private static String override(String id, String unit, String values) {
    return "{'parameterId': '"
        + id
        + "'"
        + (unit == null ? "" : ", 'unit': '" + unit + "', 'label': {'vi': 'x', 'en': 'x'}")
        + ", 'values': ["
        + values
        + "]}";
  }

  private static CatalogOverlay overlay(String overrides, String indicators) {
    return NtmJson.defaults()
        .read(
            ("{'id': 'test', 'label': {'vi': 'thử', 'en': 'test'}, 'parameters': {'name': 'test',"
                    + " 'overrides': ["
                    + overrides
                    + "]}"
                    + (indicators.isEmpty() ? "" : ", 'indicators': [" + indicators + "]")
                    + "}")
                .replace('\'', '"'),
            CatalogOverlay.class);
  }

  private static InputProblem rejected(CatalogOverlay o) {
    InvalidInputException e = assertThrows(InvalidInputException.class, () -> RULES.withOverlay(o));
    return e.getProblems().get(0);
  }

  /** The review's example: a VND income compared with "70" in PERCENT gave MET. */
  @Test
  void aThresholdInAUnitThatDoesNotFitItsIndicatorIsRejected() {
    InputProblem p =
        rejected(
            overlay(
                override("test.income", "PERCENT", value(70, "")),
                "{'setId': 'qd-1980-2016', 'criterion': '10', 'indicators': [{'id': '10.x', 'name':"
                    + " {'vi': 'x', 'en': 'x'}, 'kind': 'NUMBER', 'variable': 'income.perCapita',"
                    + " 'parameter': 'test.income'}]}"));
    assertTrue(p.getPath().endsWith(".parameter"), p.toString());
    assertEquals(ProblemCode.INCONSISTENT, p.getCode());
  }

  @Provide
  Arbitrary<MeasureUnit> units() {
    return Arbitraries.of(MeasureUnit.class);
  }

  /** Every unit: a value outside its range is rejected at its path, one inside accepted. */
  @Property(tries = 100)
  void aValueOutsideItsUnitsRangeIsRejectedAtItsPath(
      @ForAll("units") MeasureUnit unit, @ForAll("amounts") BigDecimal v) {
    CatalogOverlay o = overlay(override("test.new", unit.name(), value(v, "")), "");
    if (unit.allows(v)) {
      RULES.withOverlay(o);
    } else {
      InputProblem p = rejected(o);
      assertEquals("$.parameters.overrides[0].values[0].value", p.getPath());
      assertEquals(ProblemCode.OUT_OF_RANGE, p.getCode());
    }
  }

  @Provide
  Arbitrary<BigDecimal> amounts() {
    return Arbitraries.of("-1", "-0.5", "0", "1", "70", "100", "100.01", "150", "1.5")
        .map(BigDecimal::new);
  }

  @Test
  void anExistingParameterGivenANegativeThresholdIsRejected() {
    InputProblem p = rejected(overlay(override("qd1980.10.1", null, value(-1, "")), ""));
    assertEquals("$.parameters.overrides[0].values[0].value", p.getPath());
  }

  @Test
  void oneParameterInTwoEntriesIsRejectedNamingTheFirst() {
    InputProblem p =
        rejected(
            overlay(
                override("qd1980.16.1", null, value(60, ""))
                    + ","
                    + override("qd1980.16.1", null, value(80, "")),
                ""));
    assertEquals("$.parameters.overrides[1].parameterId", p.getPath());
    assertEquals(ProblemCode.DUPLICATE, p.getCode());
    assertTrue(p.getMessage().getEn().contains("overrides[0]"), p.toString());
  }

  /**
   * QĐ 1980's 2020 income threshold is regional (37.5 million in the North Central Coast, seed §1).
   * An overlay value of 40 million without a region replaces it there too — before, the more
   * specific regional base value won and the overlay had no effect.
   */
  @Test
  void aValueWithoutARegionReplacesTheRegionalBaseValues() {
    NtmRules rules =
        RULES.withOverlay(overlay(override("qd1980.10.1", null, value(40000000, "")), ""));
    IndicatorResult before =
        RULES.evaluate(SampleCommunes.ncc2020(), "qd-1980-2016").indicator("10.1").orElseThrow();
    IndicatorResult after =
        rules.evaluate(SampleCommunes.ncc2020(), "qd-1980-2016").indicator("10.1").orElseThrow();
    assertTrue(before.getRequired().orElseThrow().compareTo(new BigDecimal("40000000")) != 0);
    assertEquals(0, after.getRequired().orElseThrow().compareTo(new BigDecimal("40000000")));
  }
}
