package org.ntmkit.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.ntmkit.core.io.NtmJson;
import org.ntmkit.core.unit.Region;
import org.ntmkit.rules.NtmRules;
import org.ntmkit.rules.measurement.CommuneMeasurements;

/** The benchmark dataset is deterministic, national and valid. */
class NationalDatasetTest {

  private static final LocalDate DATE = LocalDate.of(2023, 6, 30);

  @Test
  void theSameSeedGivesTheSameDataAndAnotherSeedOtherData() {
    assertEquals(NationalDataset.generate(50, DATE, 42), NationalDataset.generate(50, DATE, 42));
    assertNotEquals(NationalDataset.generate(50, DATE, 42), NationalDataset.generate(50, DATE, 43));
  }

  @Test
  void everyRegionIsCoveredAndEveryCommuneIsValidAndEvaluates() {
    List<CommuneMeasurements> all = NationalDataset.generate(NationalDataset.AFTER_2025, DATE, 42);
    assertEquals(3_321, all.size());
    Set<Region> regions = EnumSet.noneOf(Region.class);
    all.forEach(m -> regions.add(m.getCommune().getRegion()));
    assertEquals(EnumSet.allOf(Region.class), regions);
    NtmRules rules = NtmRules.bundled();
    for (CommuneMeasurements m : all.subList(0, 200)) {
      NtmJson.defaults().validate(m);
      assertEquals(
          19, rules.evaluate(m, "qd-318-2022-basic").getExplanation().getChildren().size());
    }
    assertTrue(
        all.stream().map(m -> m.getCommune().getCode()).distinct().count() == all.size(),
        "codes unique");
  }
}
