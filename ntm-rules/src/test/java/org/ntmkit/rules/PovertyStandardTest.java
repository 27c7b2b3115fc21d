package org.ntmkit.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.ntmkit.core.io.InputProblem;
import org.ntmkit.core.io.InvalidInputException;
import org.ntmkit.core.io.ProblemCode;
import org.ntmkit.rules.measurement.ImmutableCommuneMeasurements;
import org.ntmkit.rules.measurement.PovertyStandard;
import org.ntmkit.rules.testing.SampleCommunes;

/**
 * Which multidimensional poverty standard a rate was counted under
 * (docs/legal/poverty-standards.md; the 2022–2025 standard runs to 31/12/2026 and the 2026–2030 one
 * from 2027 [CC-S66]).
 */
class PovertyStandardTest {

  private static final NtmRules RULES = NtmRules.bundled();

  @Test
  void theStandardInForceChangesOnTheFirstOf2022And2027() {
    assertEquals(Optional.empty(), PovertyStandard.inForceOn(LocalDate.of(2015, 12, 31)));
    assertEquals(
        Optional.of(PovertyStandard.MULTIDIMENSIONAL_2016_2020),
        PovertyStandard.inForceOn(LocalDate.of(2021, 12, 31)));
    assertEquals(
        Optional.of(PovertyStandard.MULTIDIMENSIONAL_2022_2025),
        PovertyStandard.inForceOn(LocalDate.of(2022, 1, 1)));
    assertEquals(
        Optional.of(PovertyStandard.MULTIDIMENSIONAL_2022_2025),
        PovertyStandard.inForceOn(LocalDate.of(2026, 12, 31)));
    assertEquals(
        Optional.of(PovertyStandard.MULTIDIMENSIONAL_2026_2030),
        PovertyStandard.inForceOn(LocalDate.of(2027, 1, 1)));
  }

  @Test
  void dataCountedUnderAnotherPeriodsStandardAreRejectedNotEvaluated() {
    ImmutableCommuneMeasurements end2020 = SampleCommunes.ncc2020();
    // The standard in force: evaluated as without it.
    assertEquals(
        RULES.evaluate(end2020, "qd-1980-2016").getOutcome(),
        RULES
            .evaluate(
                end2020.withPovertyStandard(PovertyStandard.MULTIDIMENSIONAL_2016_2020),
                "qd-1980-2016")
            .getOutcome());
    // A 2020 rate counted under the 2022–2025 standard: no verdict.
    InvalidInputException x =
        assertThrows(
            InvalidInputException.class,
            () ->
                RULES.evaluate(
                    end2020.withPovertyStandard(PovertyStandard.MULTIDIMENSIONAL_2022_2025),
                    "qd-1980-2016"));
    assertEquals(ProblemCode.INCONSISTENT, x.getProblems().get(0).getCode());
    assertEquals("$", x.getProblems().get(0).getPath());
    assertEquals(true, x.getProblems().get(0).getMessage().getEn().contains("povertyStandard"));
    // A district named in data dated after the reform is caught on this path too.
    var withDistrict = end2020.withDate(LocalDate.of(2025, 12, 31));
    assertEquals(true, withDistrict.getCommune().getDistrictCode().isPresent());
    InputProblem d =
        assertThrows(
                InvalidInputException.class,
                () -> RULES.evaluate(withDistrict, "qd-318-2022-basic"))
            .getProblems()
            .get(0);
    assertEquals(true, d.getMessage().getEn().contains("commune.districtCode"));
  }
}
