package org.ntmkit.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.ntmkit.core.Outcome;
import org.ntmkit.core.io.NtmJson;
import org.ntmkit.examples.data.HaTinh2026Dataset;
import org.ntmkit.rules.Assessment;
import org.ntmkit.rules.NtmRules;
import org.ntmkit.rules.measurement.CommuneMeasurements;

/**
 * The 2026 example: 69 commune-level units (Hà Tĩnh after 01/07/2025, catalog audit §3.2 item 4),
 * synthetic values, evaluated in the transition under QĐ 318/QĐ-TTg and in 2026 under QĐ
 * 51/2025/QĐ-TTg.
 */
class HaTinh2026DatasetTest {

  private static final Path FILE = Path.of("samples", "ha-tinh-2026-units.json");
  private static final NtmRules RULES = NtmRules.bundled();

  @Test
  void theSampleFileIsTheGeneratorsOutput() throws IOException {
    assertEquals(HaTinh2026Dataset.json(), Files.readString(FILE, StandardCharsets.UTF_8));
  }

  @Test
  void sixtyNineUnitsWithoutDistrictsDecidedUnderTheLawOfTheirDate() throws IOException {
    List<CommuneMeasurements> units =
        NtmJson.defaults().readList(Files.readAllBytes(FILE), CommuneMeasurements.class);
    assertEquals(69, units.size());
    assertTrue(units.stream().allMatch(u -> u.getCommune().getDistrictCode().isEmpty()));
    assertTrue(units.stream().allMatch(u -> u.getCommune().getGroup().isPresent()));
    int failing = 0;
    for (int i = 0; i < units.size(); i++) {
      CommuneMeasurements u = units.get(i);
      // 31/12/2025: QĐ 318 still in force; its criterion 17 is NOT FOUND, so no unit is MET.
      Assessment transition = RULES.titles(u).getAssessments().get(org.ntmkit.rules.Title.NTM);
      assertEquals("qd-318-2022-basic", transition.getSetId());
      boolean assignedFailure = (i + 1) % 4 == 0;
      assertEquals(
          assignedFailure ? Outcome.NOT_MET : Outcome.UNDETERMINED,
          transition.getOutcome(),
          u.getCommune().getName());
      failing += assignedFailure ? 1 : 0;
      // 30/06/2026: QĐ 51 as bundled decides nothing.
      Assessment y2026 =
          RULES.evaluate(u.withDate(java.time.LocalDate.of(2026, 6, 30)), "qd-51-2025");
      assertEquals(Outcome.UNDETERMINED, y2026.getOutcome());
    }
    assertEquals(17, failing); // units 4, 8, …, 68
  }
}
