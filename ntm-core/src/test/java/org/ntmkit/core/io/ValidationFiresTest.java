package org.ntmkit.core.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.ntmkit.core.law.InstrumentKind;
import org.ntmkit.core.law.LegalReference;
import org.ntmkit.core.quantity.ImmutableRatio;
import org.ntmkit.core.quantity.Ratio;
import org.ntmkit.core.unit.Commune;
import org.ntmkit.core.unit.Region;

/**
 * Hibernate Validator reads constraints only on JavaBeans getters; the shared style makes
 * Immutables generate {@code getX()} accessors. These tests fail if constraints were silently
 * ignored (0 violations for an invalid object).
 */
class ValidationFiresTest {

  private static final NtmJson JSON = NtmJson.defaults();

  @Test
  void aValueThatChecksItsInvariantCannotBeBuiltInvalidEvenByTheGeneratedBuilder() {
    InvalidInputException e =
        assertThrows(
            InvalidInputException.class,
            () ->
                ImmutableRatio.builder()
                    .setNumerator(new BigDecimal("-1"))
                    .setDenominator(BigDecimal.ZERO)
                    .build());

    assertEquals(
        List.of("$.denominator", "$.numerator"),
        e.getProblems().stream().map(InputProblem::getPath).toList());
    assertEquals(ProblemCode.OUT_OF_RANGE, e.getProblems().get(0).getCode());
    assertEquals("must be greater than 0", e.getProblems().get(0).getMessage().getEn());
    assertEquals("phải lớn hơn 0", e.getProblems().get(0).getMessage().getVi());
    assertEquals("0", e.getProblems().get(0).getRejectedValue().orElseThrow());
    InvalidInputException above =
        assertThrows(
            InvalidInputException.class, () -> ImmutableRatio.of(BigDecimal.TEN, BigDecimal.ONE));
    assertEquals(ProblemCode.INCONSISTENT, above.getProblems().get(0).getCode());
    assertEquals("$", above.getProblems().get(0).getPath());
  }

  @Test
  void constraintsOnImmutablesAccessorsAreEnforcedForValuesBuiltInCode() {
    LegalReference bad =
        LegalReference.builder()
            .setInstrument("1980/QĐ-TTg")
            .setKind(InstrumentKind.DECISION)
            .setUrl("ftp://example")
            .build();

    InvalidInputException e = assertThrows(InvalidInputException.class, () -> JSON.validate(bad));

    assertEquals(List.of("$.url"), e.getProblems().stream().map(InputProblem::getPath).toList());
    assertEquals(ProblemCode.INVALID_FORMAT, e.getProblems().get(0).getCode());
  }

  @Test
  void containerElementConstraintOnOptionalIsEnforced() {
    Commune c =
        Commune.builder()
            .setCode("00001")
            .setName("Tùng Ảnh")
            .setProvinceCode("42")
            .setDistrictCode("12")
            .setRegion(Region.NORTH_CENTRAL_COAST)
            .build();

    InvalidInputException e = assertThrows(InvalidInputException.class, () -> JSON.validate(c));

    assertEquals(1, e.getProblems().size(), "exactly one violation, not a duplicate");
    assertEquals("$.districtCode", e.getProblems().get(0).getPath());
    assertEquals("a district code has 3 digits", e.getProblems().get(0).getMessage().getEn());
  }

  @Test
  void validValueIsReturnedUnchanged() {
    Ratio ok = Ratio.of(7, 10);
    assertSame(ok, JSON.validate(ok));
  }

  @Test
  void messageListsEveryProblemInBothLanguages() {
    InvalidInputException e =
        assertThrows(
            InvalidInputException.class,
            () -> JSON.read("{\"numerator\": 11, \"denominator\": 10}", Ratio.class));
    String message = e.getMessage();
    assertEquals(true, message.contains("the numerator must not exceed the denominator"));
    assertEquals(true, message.contains("tử số không được lớn hơn mẫu số"));
  }
}
