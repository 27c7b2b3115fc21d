package org.ntmkit.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.BigRange;
import net.jqwik.api.constraints.Scale;
import org.ntmkit.core.LocalizedText;
import org.ntmkit.core.Outcome;
import org.ntmkit.core.explain.Explanation;
import org.ntmkit.core.law.InstrumentKind;
import org.ntmkit.core.law.LegalReference;
import org.ntmkit.core.law.Provenance;
import org.ntmkit.core.parameter.ParameterOverlay;
import org.ntmkit.core.parameter.ParameterOverride;
import org.ntmkit.core.parameter.ParameterValue;
import org.ntmkit.core.quantity.MeasureUnit;
import org.ntmkit.core.quantity.Ratio;
import org.ntmkit.rules.catalog.ImmutableCatalogOverlay;
import org.ntmkit.rules.measurement.ImmutableCommuneMeasurements;
import org.ntmkit.rules.testing.SampleCommunes;

/**
 * Shares whose QĐ 1980 North Central Coast threshold is NOT FOUND
 * (shared/domain/commune-criteria.md §3: 2.2–2.4, 3.1, 4.2, 5, 9.2, 11.1, 17.6, 17.7) are still
 * decided when the measured share meets every possible threshold: 100% for "at least", 0% for "at
 * most".
 */
class UnknownThresholdProperties {

  private static final NtmRules RULES = NtmRules.bundled();
  private static final String SET = "qd-1980-2016";

  /** The NCC sample commune with every NOT FOUND share at its extreme. */
  static ImmutableCommuneMeasurements atTheExtremes() {
    return SampleCommunes.ncc2020()
        .withRatios(
            new java.util.TreeMap<>(SampleCommunes.ncc2020().getRatios()) {
              {
                for (String v :
                    List.of(
                        "roads.villageHardened",
                        "roads.lanesClean",
                        "roads.inFieldPassable",
                        "irrigation.activeArea",
                        "electricity.householdsSafeSupply",
                        "schools.nationalStandard",
                        "housing.standard",
                        "sanitation.threeClean",
                        "livestock.hygienicPens")) {
                  put(v, Ratio.of(7, 7));
                }
                put("poverty.multidimensional", Ratio.of(0, 2000));
              }
            });
  }

  @Example
  void everyCriterionIsDecidedWhenTheUnknownSharesAreAtTheirExtremes() {
    Assessment a = RULES.evaluate(atTheExtremes(), SET);
    assertEquals(19, a.count(Outcome.MET), a.summary().toString());
    assertEquals(Outcome.MET, a.getOutcome());
    Explanation poverty = a.criterion("11").orElseThrow().getExplanation().getChildren().get(0);
    assertTrue(poverty.getMessage().getEn().startsWith("met whatever the value of parameter"));
    assertTrue(poverty.getRequired().isEmpty(), "no threshold is invented");
  }

  @Example
  void justBelowTheExtremeStaysUndetermined() {
    ImmutableCommuneMeasurements m =
        atTheExtremes()
            .withRatios(
                new java.util.TreeMap<>(atTheExtremes().getRatios()) {
                  {
                    put("schools.nationalStandard", Ratio.of(6, 7));
                    put("poverty.multidimensional", Ratio.of(1, 2000));
                  }
                });
    Assessment a = RULES.evaluate(m, SET);
    assertEquals(
        Outcome.UNDETERMINED, a.criterion("5").orElseThrow().getExplanation().getOutcome());
    assertEquals(
        Outcome.UNDETERMINED, a.criterion("11").orElseThrow().getExplanation().getOutcome());
  }

  /** Soundness: whatever value a province later supplies, the verdict stays MET. */
  @Property(tries = 200)
  void theInferenceAgreesWithEveryThresholdAProvinceCouldSupply(
      @ForAll @BigRange(min = "0", max = "100") @Scale(2) BigDecimal schools,
      @ForAll @BigRange(min = "0", max = "100") @Scale(2) BigDecimal poverty) {
    NtmRules supplied =
        RULES.withOverlay(
            ImmutableCatalogOverlay.builder()
                .setId("what-if")
                .setLabel(LocalizedText.of("giả định", "what-if"))
                .setParameters(
                    ParameterOverlay.builder()
                        .setName("what-if")
                        .addOverrides(
                            override("qd1980.5", schools), override("qd1980.11.1", poverty))
                        .build())
                .build());
    Assessment a = supplied.evaluate(atTheExtremes(), SET);
    assertEquals(Outcome.MET, a.criterion("5").orElseThrow().getExplanation().getOutcome());
    assertEquals(Outcome.MET, a.criterion("11").orElseThrow().getExplanation().getOutcome());
  }

  private static ParameterOverride override(String id, BigDecimal percent) {
    return ParameterOverride.builder()
        .setParameterId(id)
        .setUnit(MeasureUnit.PERCENT)
        .setLabel(LocalizedText.of(id, id))
        .addValues(
            ParameterValue.builder()
                .setValue(percent)
                .setFrom(LocalDate.of(2016, 8, 16))
                .setTo(LocalDate.of(2021, 1, 1))
                .setRef(
                    LegalReference.builder()
                        .setInstrument("what-if (illustrative)")
                        .setKind(InstrumentKind.DECISION)
                        .build())
                .setProvenance(Provenance.INFERRED)
                .build())
        .build();
  }
}
