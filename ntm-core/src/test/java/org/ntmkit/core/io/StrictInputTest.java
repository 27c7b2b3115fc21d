package org.ntmkit.core.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.ntmkit.core.LocalizedText;
import org.ntmkit.core.law.InstrumentKind;
import org.ntmkit.core.law.LegalReference;
import org.ntmkit.core.law.Provenance;
import org.ntmkit.core.parameter.Parameter;
import org.ntmkit.core.parameter.ParameterOverlay;
import org.ntmkit.core.parameter.ParameterOverride;
import org.ntmkit.core.parameter.ParameterQuery;
import org.ntmkit.core.parameter.ParameterSet;
import org.ntmkit.core.parameter.ParameterValue;
import org.ntmkit.core.quantity.MeasureUnit;
import org.ntmkit.core.quantity.Ratio;
import org.ntmkit.core.unit.Region;

/**
 * Issue #15: lenient input that was accepted silently, and the core pieces every document type uses
 * to refuse repeats, out-of-range law values and numbers too large to compute with.
 */
class StrictInputTest {

  private static final NtmJson JSON = NtmJson.defaults();

  private static InputProblem rejected(String json, Class<?> type) {
    InvalidInputException e =
        assertThrows(InvalidInputException.class, () -> JSON.read(json, type));
    return e.getProblems().get(0);
  }

  private static String value(String date) {
    return "{\"value\": 1, \"from\": "
        + date
        + ", \"provenance\": \"OFFICIAL_TEXT\", \"ref\": {\"instrument\": \"x\", \"kind\":"
        + " \"DECISION\"}}";
  }

  @Test
  void aDateIsIsoTextOnlyNotWithATimeNotAnArray() {
    assertEquals(
        LocalDate.of(2020, 12, 31),
        JSON.read(value("\"2020-12-31\""), ParameterValue.class).getFrom());
    for (String bad :
        List.of("\"2020-12-31T10:00\"", "[2020, 12, 31]", "20201231", "\"2020-13-45\"")) {
      InputProblem p = rejected(value(bad), ParameterValue.class);
      assertEquals("$.from", p.getPath(), bad);
      assertTrue(
          p.getCode() == ProblemCode.INVALID_FORMAT || p.getCode() == ProblemCode.WRONG_TYPE,
          p.toString());
    }
  }

  @Test
  void aNullListOrMapIsAnErrorNotEmpty() {
    InputProblem p =
        rejected(
            "{\"id\": \"a\", \"label\": {\"vi\": \"a\", \"en\": \"a\"}, \"unit\": \"COUNT\","
                + " \"values\": null}",
            Parameter.class);
    assertEquals("$.values", p.getPath());
  }

  @Test
  void aDerivedPropertyIsNotAnInputField() {
    InputProblem p =
        rejected(
            "{\"numerator\": 1, \"denominator\": 2, \"numeratorWithinDenominator\": true}",
            Ratio.class);
    assertEquals(ProblemCode.UNKNOWN_PROPERTY, p.getCode());
  }

  @Test
  void aKeyRepeatedInsideAMapIsADuplicate() {
    InputProblem p = rejected("{\"vi\": \"a\", \"en\": \"b\", \"vi\": \"c\"}", LocalizedText.class);
    assertEquals(ProblemCode.DUPLICATE, p.getCode());
    InputProblem inMap =
        rejected(
            "{\"id\": \"a\", \"label\": {\"vi\": \"a\", \"en\": \"a\", \"en\": \"b\"}, \"unit\":"
                + " \"COUNT\", \"values\": []}",
            Parameter.class);
    assertEquals(ProblemCode.DUPLICATE, inMap.getCode());
  }

  @Test
  void duplicatesNameTheRepeatAndTheFirst() {
    List<InputProblem> none = InputProblem.duplicates("$.x", List.of("a", "b"), s -> s, "");
    assertEquals(List.of(), none);
    InputProblem.throwIfAny(none);
    List<InputProblem> two =
        InputProblem.duplicates("$.x", List.of("a", "b", "a", "a"), s -> s, ".code");
    assertEquals(
        List.of("$.x[2].code", "$.x[3].code"), two.stream().map(InputProblem::getPath).toList());
    assertTrue(two.get(1).getMessage().getEn().contains("$.x[0]"));
    assertEquals("a", two.get(0).getRejectedValue().orElseThrow());
    assertFalse(
        InputProblem.duplicates("$.x", List.of("a", "a"), s -> s, "")
            .get(0)
            .getRejectedValue()
            .isPresent(),
        "a whole repeated element is named by its path");
    InvalidInputException e =
        assertThrows(InvalidInputException.class, () -> InputProblem.throwIfAny(two));
    assertEquals(2, e.getProblems().size());
    assertEquals(
        "$.parameters.overrides[0]",
        InputProblem.of("$.overrides[0]", ProblemCode.MISSING, LocalizedText.of("a", "a"))
            .under("$.parameters")
            .getPath());
  }

  @Test
  void numbersTooLargeToComputeWithAreOutsideTheDigitBound() {
    assertTrue(ReadLimits.isWithinDigits(new BigDecimal("37500000")));
    assertTrue(ReadLimits.isWithinDigits(new BigDecimal("1E+29")));
    assertFalse(ReadLimits.isWithinDigits(new BigDecimal("1E+30")));
    assertFalse(ReadLimits.isWithinDigits(new BigDecimal("1E+999999999")));
    assertFalse(ReadLimits.isWithinDigits(new BigDecimal("1E-31")));
  }

  @Test
  void aUnitSaysWhichValuesTheLawCanGiveInIt() {
    assertTrue(MeasureUnit.PERCENT.allows(BigDecimal.valueOf(100)));
    assertFalse(MeasureUnit.PERCENT.allows(new BigDecimal("100.01")));
    assertFalse(MeasureUnit.PERCENT.allows(BigDecimal.valueOf(-1)));
    assertTrue(MeasureUnit.MULTIPLIER.allows(new BigDecimal("1.5")));
    assertFalse(MeasureUnit.MULTIPLIER.allows(new BigDecimal("-1.5")));
    assertEquals("from 0 to 100", MeasureUnit.PERCENT.range().getEn());
    assertEquals("0 or more", MeasureUnit.COUNT.range().getEn());
  }

  private static ParameterValue v(long value, Region region) {
    return ParameterValue.builder()
        .setValue(BigDecimal.valueOf(value))
        .setFrom(LocalDate.of(2020, 1, 1))
        .setTo(LocalDate.of(2021, 1, 1))
        .setRegion(java.util.Optional.ofNullable(region))
        .setRef(
            LegalReference.builder().setInstrument("x").setKind(InstrumentKind.DECISION).build())
        .setProvenance(Provenance.OFFICIAL_TEXT)
        .build();
  }

  private static ParameterOverlay overlay(ParameterOverride... overrides) {
    return ParameterOverlay.builder().setName("t").addOverrides(overrides).build();
  }

  /** QĐ 1980/QĐ-TTg criterion 10.1: a regional income; an overlay for every region replaces it. */
  @Test
  void anOverlayValueWithoutARegionReplacesTheRegionalOnes() {
    ParameterSet base =
        ParameterSet.of(
            List.of(
                Parameter.builder()
                    .setId("income")
                    .setLabel(LocalizedText.of("a", "a"))
                    .setUnit(MeasureUnit.VND_PER_PERSON_YEAR)
                    .addValues(v(37_500_000, Region.NORTH_CENTRAL_COAST), v(36_000_000, null))
                    .build()));
    ParameterSet applied =
        overlay(
                ParameterOverride.builder()
                    .setParameterId("income")
                    .addValues(v(40_000_000, null))
                    .build())
            .applyTo(base);
    ParameterQuery ncc = ParameterQuery.of(LocalDate.of(2020, 6, 1), Region.NORTH_CENTRAL_COAST);
    assertEquals(
        0,
        applied
            .find("income", ncc)
            .orElseThrow()
            .getValue()
            .compareTo(BigDecimal.valueOf(40_000_000)));
    InvalidInputException negative =
        assertThrows(
            InvalidInputException.class,
            () ->
                overlay(
                        ParameterOverride.builder()
                            .setParameterId("income")
                            .addValues(v(-1, null))
                            .build())
                    .applyTo(base));
    assertEquals("$.overrides[0].values[0].value", negative.getProblems().get(0).getPath());
    InvalidInputException twice =
        assertThrows(
            InvalidInputException.class,
            () ->
                overlay(
                        ParameterOverride.builder()
                            .setParameterId("income")
                            .addValues(v(1, null))
                            .build(),
                        ParameterOverride.builder()
                            .setParameterId("income")
                            .addValues(v(2, null))
                            .build())
                    .applyTo(base));
    assertEquals("$.overrides[1].parameterId", twice.getProblems().get(0).getPath());
    assertEquals(ProblemCode.DUPLICATE, twice.getProblems().get(0).getCode());
    // A catalog parameter out of its unit's range is invalid too.
    Parameter percent =
        Parameter.builder()
            .setId("p")
            .setLabel(LocalizedText.of("a", "a"))
            .setUnit(MeasureUnit.PERCENT)
            .addValues(v(150, null))
            .build();
    assertFalse(percent.isValuesWithinUnit());
    assertThrows(InvalidInputException.class, () -> JSON.validate(percent));
  }
}
