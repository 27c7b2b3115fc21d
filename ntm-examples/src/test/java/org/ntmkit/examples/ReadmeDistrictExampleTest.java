package org.ntmkit.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.ntmkit.core.Outcome;
import org.ntmkit.core.io.NtmJson;
import org.ntmkit.rules.Assessment;
import org.ntmkit.rules.NtmRules;
import org.ntmkit.rules.measurement.UnitMeasurements;

/** The README's district example from a JSON document (Lộc Hà 2020, seed digest §2). */
class ReadmeDistrictExampleTest {

  @Test
  void evaluatingADistrictInAFewLines() {
    StringBuilder members = new StringBuilder();
    for (int i = 1; i <= 12; i++) {
      members
          .append(i == 1 ? "" : ",")
          .append("{\"code\": \"0000")
          .append(i % 10)
          .append(i / 10)
          .append("\", \"name\": \"Xã ")
          .append(i)
          .append("\", \"level\": \"COMMUNE\", \"titles\": {\"NTM\": \"MET\"}}");
    }
    String json =
        "{\"code\": \"001\", \"name\": \"Lộc Hà\", \"level\": \"DISTRICT\", \"region\": \"NORTH_CENTRAL_COAST\","
            + " \"date\": \"2020-12-31\","
            + " \"flags\": {\"district.c558.planning\": true, \"district.c558.transport\": false,"
            + " \"district.c558.irrigation\": true, \"district.c558.electricity\": true,"
            + " \"district.hospitalGradeIII\": true, \"district.healthCentreStandard\": true,"
            + " \"district.cultureSportsCentreStandard\": false, \"district.c558.production\": true,"
            + " \"district.c558.environment\": false, \"district.c558.securityOrder\": true,"
            + " \"district.c558.direction\": true},"
            + " \"ratios\": {\"district.upperSecondarySchoolsStandard\": {\"numerator\": 2, \"denominator\": 3}},"
            + " \"members\": ["
            + members
            + "]}";
    UnitMeasurements locHa =
        NtmJson.defaults().read(json.getBytes(StandardCharsets.UTF_8), UnitMeasurements.class);
    Assessment d = NtmRules.bundled().evaluate(locHa, "qd-558-2016");
    assertEquals(Outcome.NOT_MET, d.getOutcome());
    assertEquals(Outcome.MET, d.criterion("P").orElseThrow().getOutcome());
    assertTrue(
        d.getExplanation().getMessage().getEn().contains("7 met, 3 not met"),
        d.getExplanation().getMessage().getEn());
  }
}
