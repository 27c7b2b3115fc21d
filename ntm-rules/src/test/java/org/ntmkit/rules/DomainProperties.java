package org.ntmkit.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.ntmkit.core.io.InputProblem;
import org.ntmkit.core.io.InvalidInputException;
import org.ntmkit.core.io.ProblemCode;
import org.ntmkit.core.quantity.Ratio;
import org.ntmkit.rules.catalog.ValueDomain;
import org.ntmkit.rules.catalog.Variable;
import org.ntmkit.rules.catalog.VariableKind;
import org.ntmkit.rules.measurement.CommuneMeasurements;
import org.ntmkit.rules.measurement.ImmutableCommuneMeasurements;
import org.ntmkit.rules.testing.SampleCommunes;

/**
 * Issue #15, class 2: numbers had no domain, so −3 temporary houses passed "at most 0" (QĐ
 * 1980/QĐ-TTg criterion 9.1: no temporary or dilapidated houses) and the commune was NTM. Every
 * variable of the catalog has a domain; a value outside it, for any variable, is invalid input at
 * its path — never a verdict — and a value inside it is not refused.
 */
class DomainProperties {

  private static final NtmRules RULES = NtmRules.bundled();
  private static final List<Variable> MEASURED =
      RULES.variables().getVariables().stream()
          .filter(v -> v.getKind() != VariableKind.FLAG)
          .toList();

  @Provide
  Arbitrary<Variable> variables() {
    return Arbitraries.of(MEASURED);
  }

  @Provide
  Arbitrary<BigDecimal> values() {
    return Arbitraries.oneOf(
        Arbitraries.bigDecimals().between(new BigDecimal("-1E6"), new BigDecimal("1E6")).ofScale(2),
        Arbitraries.longs().between(-1000, 1_000_000).map(BigDecimal::valueOf),
        Arbitraries.of(new BigDecimal("-0.01"), new BigDecimal("0.5"), new BigDecimal("2.000")));
  }

  @Property(tries = 500)
  void aValueOutsideItsVariablesDomainIsInvalidInputAtItsPath(
      @ForAll("variables") Variable v, @ForAll("values") BigDecimal value) {
    ImmutableCommuneMeasurements base =
        ImmutableCommuneMeasurements.copyOf(SampleCommunes.ncc2020());
    String path;
    CommuneMeasurements m;
    if (v.getKind() == VariableKind.NUMBER) {
      java.util.Map<String, BigDecimal> numbers = new java.util.HashMap<>(base.getNumbers());
      numbers.put(v.getName(), value);
      m = base.withNumbers(numbers);
      path = "$.numbers." + v.getName();
    } else {
      if (value.signum() < 0) {
        return; // a ratio refuses a negative part itself (bad document 09)
      }
      java.util.Map<String, Ratio> ratios = new java.util.HashMap<>(base.getRatios());
      ratios.put(v.getName(), Ratio.of(value, value.add(BigDecimal.TEN)));
      m = base.withRatios(ratios);
      path = "$.ratios." + v.getName() + ".numerator";
    }
    boolean inside =
        v.getDomain().contains(value)
            && (v.getKind() == VariableKind.NUMBER
                || v.getDomain().contains(value.add(BigDecimal.TEN)));
    if (inside) {
      RULES.titles(m); // no exception
    } else {
      InvalidInputException e = assertThrows(InvalidInputException.class, () -> RULES.titles(m));
      InputProblem p = e.getProblems().get(0);
      assertEquals(path, p.getPath(), e.getProblems().toString());
      assertEquals(ProblemCode.OUT_OF_RANGE, p.getCode());
    }
  }

  @Test
  void everyCountAndLevelIsAWholeNumberAndNothingMeasuredIsNegative() {
    for (Variable v : MEASURED) {
      assertTrue(v.getDomain() != ValueDomain.ANY, v.getName());
      assertEquals(ValueDomain.forUnit(v.getUnit()), v.getDomain(), v.getName());
    }
  }

  /** The review's example: −3 temporary houses was MET under "at most 0". */
  @Test
  void negativeTemporaryHousesAreRefusedNotMet() {
    CommuneMeasurements m =
        ImmutableCommuneMeasurements.copyOf(SampleCommunes.ncc2020())
            .withNumbers(
                java.util.Map.of(
                    "housing.temporaryHouses", BigDecimal.valueOf(-3),
                    "income.perCapita", BigDecimal.valueOf(-5)));
    InvalidInputException e =
        assertThrows(InvalidInputException.class, () -> RULES.evaluate(m, "qd-1980-2016"));
    assertEquals(
        List.of("$.numbers.housing.temporaryHouses", "$.numbers.income.perCapita"),
        e.getProblems().stream().map(InputProblem::getPath).sorted().toList());
  }

  /**
   * Values built in code are held to the reader's limits: {@code 1E+999999999} passed {@code
   * validate} and then exhausted memory in {@code evaluate}.
   */
  @Test
  void aHugeExponentBuiltInCodeIsRefusedBeforeEvaluation() {
    CommuneMeasurements m =
        ImmutableCommuneMeasurements.copyOf(SampleCommunes.ncc2020())
            .withNumbers(java.util.Map.of("income.perCapita", new BigDecimal("1E+999999999")));
    InvalidInputException e =
        assertThrows(InvalidInputException.class, () -> RULES.evaluate(m, "qd-1980-2016"));
    assertEquals("$.numbers.income.perCapita", e.getProblems().get(0).getPath());
    assertEquals(ProblemCode.OUT_OF_RANGE, e.getProblems().get(0).getCode());
  }
}
