package org.ntmkit.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.ntmkit.core.Outcome;
import org.ntmkit.core.io.NtmJson;
import org.ntmkit.core.parameter.ParameterQuery;
import org.ntmkit.core.unit.Region;
import org.ntmkit.rules.Assessment;
import org.ntmkit.rules.NtmRules;
import org.ntmkit.rules.Title;
import org.ntmkit.rules.TitleAssessment;
import org.ntmkit.rules.measurement.CommuneMeasurements;

/** The README's commune example, through the public API, from a JSON document. */
class ReadmeCommuneExampleTest {

  private static final byte[] DATA =
      ("{\"commune\": {\"code\": \"00001\", \"name\": \"Xã Mẫu\", \"provinceCode\": \"42\","
              + " \"region\": \"NORTH_CENTRAL_COAST\"},"
              + " \"date\": \"2020-12-31\","
              + " \"numbers\": {\"income.perCapita\": 34600000},"
              + " \"ratios\": {\"villages.cultural\": {\"numerator\": 7, \"denominator\": 10}}}")
          .getBytes(StandardCharsets.UTF_8);

  @Test
  void evaluatingACommuneInAFewLines() {
    NtmRules rules = NtmRules.bundled();
    CommuneMeasurements data = NtmJson.defaults().read(DATA, CommuneMeasurements.class);
    Assessment a = rules.evaluate(data, "qd-1980-2016");

    assertEquals(Outcome.MET, a.criterion("16").orElseThrow().getOutcome());
    assertEquals(Outcome.NOT_MET, a.criterion("10").orElseThrow().getOutcome());
    assertEquals(
        "short by 1.4 million VND", a.indicator("10.1").orElseThrow().getMessage().getEn());
    assertTrue(
        rules
            .completeness(
                "qd-1980-2016",
                ParameterQuery.builder()
                    .setDate(LocalDate.of(2020, 12, 31))
                    .setRegion(Region.NORTH_CENTRAL_COAST)
                    .build())
            .getMissingValues()
            .stream()
            .anyMatch(m -> m.getParameterId().equals("qd1980.4.2")));
    TitleAssessment t = rules.withOverlay(NtmRules.haTinhOverlay()).titles(data);
    assertEquals(Outcome.NOT_MET, t.getOutcomes().get(Title.NTM));
  }
}
