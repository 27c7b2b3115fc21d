package org.ntmkit.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.ntmkit.core.Outcome;
import org.ntmkit.core.explain.Explanation;
import org.ntmkit.core.io.NtmJson;
import org.ntmkit.core.law.Provenance;
import org.ntmkit.core.unit.Region;
import org.ntmkit.rules.NtmRules;
import org.ntmkit.rules.catalog.CatalogOverlay;
import org.ntmkit.rules.measurement.Designation;
import org.ntmkit.rules.measurement.ImmutableCommuneMeasurements;
import org.ntmkit.rules.testing.SampleCommunes;

/**
 * The Bình Phước sample overlay (QĐ 1360/QĐ-UBND of 28/07/2022, as the province's portal reports
 * it, catalog audit 2026-12 §3.2 item 2): 2022 income ≥ 39 million đồng and roads 80/50/70% for its
 * communes with special difficulties, which QĐ 318/QĐ-TTg evaluates at the Northern Midlands and
 * Mountains level.
 */
class BinhPhuocOverlayTest {

  private static NtmRules rules() throws IOException {
    CatalogOverlay overlay =
        NtmJson.defaults()
            .read(
                Files.readAllBytes(Path.of("samples", "binh-phuoc-2022-overlay.json")),
                CatalogOverlay.class);
    return NtmRules.bundled().withOverlay(overlay);
  }

  private static ImmutableCommuneMeasurements difficult(long income, LocalDate date) {
    return SampleCommunes.in(Region.SOUTHEAST)
        .withDate(date)
        .withDesignations(Designation.EXTREMELY_DIFFICULT)
        .withInPoorDistrict(true)
        .withNumbers(
            Map.of(
                "income.perCapita",
                BigDecimal.valueOf(income),
                "housing.temporaryHouses",
                BigDecimal.ZERO));
  }

  private static Explanation income(NtmRules rules, ImmutableCommuneMeasurements m) {
    return rules
        .evaluate(m, "qd-318-2022-basic")
        .criterion("10")
        .orElseThrow()
        .getExplanation()
        .getChildren()
        .get(0);
  }

  @Test
  void a2022DifficultCommuneIsJudgedOnBinhPhuocs39Million() throws IOException {
    NtmRules rules = rules();
    LocalDate end2022 = LocalDate.of(2022, 12, 31);
    Explanation met = income(rules, difficult(39_000_000, end2022));
    assertEquals(Outcome.MET, met.getOutcome());
    assertEquals(Optional.of(new BigDecimal("39000000")), met.getRequired());
    assertEquals(Optional.of(Provenance.SECONDARY_SOURCE), met.getProvenance());
    assertEquals("1360/QĐ-UBND", met.getReferences().get(0).getInstrument());
    assertTrue(met.getSources().contains("AU-BINHPHUOC-1360"), met.getSources().toString());
    assertEquals(Outcome.NOT_MET, income(rules, difficult(38_999_999, end2022)).getOutcome());
    // The other communes' figure is cut off in the source ("VND 59…"): undetermined.
    ImmutableCommuneMeasurements ordinary =
        difficult(60_000_000, end2022).withDesignations().withInPoorDistrict(false);
    assertEquals(Outcome.UNDETERMINED, income(rules, ordinary).getOutcome());
    // 2023: no Bình Phước value known; without the overlay, none in 2022 either.
    assertEquals(
        Outcome.UNDETERMINED,
        income(rules, difficult(50_000_000, LocalDate.of(2023, 6, 30))).getOutcome());
    assertEquals(
        Outcome.UNDETERMINED,
        income(NtmRules.bundled(), difficult(50_000_000, end2022)).getOutcome());
  }
}
