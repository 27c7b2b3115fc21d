package org.ntmkit.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.ntmkit.core.Outcome;
import org.ntmkit.core.explain.Comparison;
import org.ntmkit.core.quantity.MeasureUnit;
import org.ntmkit.rules.testing.SampleCommunes;
import org.ntmkit.rules.testing.SampleDistricts;

/**
 * Results as typed values, without walking the explanation tree by string: QĐ 1980/QĐ-TTg's income
 * indicator 10.1 in the North Central Coast in 2020 (36 million VND per person and year,
 * architecture.md and seed-digest.md), the composite 17.1 (hygienic and clean water), and QĐ
 * 558/QĐ-TTg's precondition for Lộc Hà (seed §2).
 */
class TypedResultsTest {

  private static final NtmRules RULES = NtmRules.bundled();

  private static Assessment shortOfIncome() {
    var m = SampleCommunes.ncc2020();
    var numbers = new java.util.LinkedHashMap<>(m.getNumbers());
    numbers.put("income.perCapita", new BigDecimal("34600000"));
    return RULES.evaluate(m.withNumbers(numbers), "qd-1980-2016");
  }

  @Test
  void anIndicatorsResultCarriesItsValuesGapAndLaw() {
    IndicatorResult income = shortOfIncome().indicator("10.1").orElseThrow();
    assertEquals(Outcome.NOT_MET, income.getOutcome());
    assertEquals(0, new BigDecimal("34600000").compareTo(income.getMeasured().orElseThrow()));
    assertEquals(0, new BigDecimal("36000000").compareTo(income.getRequired().orElseThrow()));
    assertEquals(0, new BigDecimal("1400000").compareTo(income.getGap().orElseThrow()));
    assertEquals(Optional.of(Comparison.AT_LEAST), income.getComparison());
    assertEquals(Optional.of(MeasureUnit.VND_PER_PERSON_YEAR), income.getUnit());
    assertEquals("short by 1.4 million VND", income.getMessage().getEn());
    assertEquals("1980/QĐ-TTg", income.getReferences().get(0).getInstrument());
    assertTrue(income.getProvenance().isPresent());
    assertEquals("10.1", income.getId());
    assertTrue(income.getParts().isEmpty());
    assertEquals(income.getExplanation().getLabel(), income.getLabel());
  }

  @Test
  void criteriaAreListedInTheSetsOrderWithTheirIndicators() {
    Assessment a = shortOfIncome();
    List<CriterionResult> criteria = a.criteria();
    assertEquals(19, criteria.size(), "QĐ 1980: 19 criteria");
    assertEquals("1", criteria.get(0).getNumber());
    CriterionResult income = a.criterion("10").orElseThrow();
    assertEquals(Outcome.NOT_MET, income.getOutcome());
    assertEquals(income, criteria.get(9));
    assertEquals(income.hashCode(), criteria.get(9).hashCode());
    assertFalse(income.isPrecondition());
    assertEquals("10.1", income.getIndicators().get(0).getId());
    assertEquals(income.getOutcome().label(), income.getMessage());
    assertTrue(income.toString().contains("10 NOT_MET"));
    assertEquals(Optional.empty(), a.criterion("20"));
  }

  @Test
  void partsOfACompositeAreFoundByTheirId() {
    Assessment a = shortOfIncome();
    IndicatorResult water = a.indicator("17.1").orElseThrow();
    assertEquals(
        List.of("17.1a", "17.1b"), water.getParts().stream().map(IndicatorResult::getId).toList());
    assertEquals(water.getParts().get(1), a.indicator("17.1b").orElseThrow());
    assertEquals(Optional.empty(), a.indicator("99.9"));
    assertTrue(water.toString().startsWith("IndicatorResult{17.1 "));
  }

  @Test
  void aPreconditionIsMarked() {
    Assessment d = RULES.evaluate(SampleDistricts.locHa2020(), "qd-558-2016");
    CriterionResult p = d.criterion("P").orElseThrow();
    assertTrue(p.isPrecondition());
    assertEquals(Outcome.MET, p.getOutcome(), "seed §2: every commune of Lộc Hà is NTM");
    assertEquals(1, d.criteria().stream().filter(CriterionResult::isPrecondition).count());
  }
}
