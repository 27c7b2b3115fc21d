package org.ntmkit.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * This year's job through {@code ntm}: five merged communes dated 30/06/2026 (synthetic, {@code
 * samples/communes-2026*.csv}), a province after the 01/07/2025 reform (no districts), under QĐ
 * 51/2025/QĐ-TTg (in force 15/02/2026), whose 47 indicators are NOT FOUND in any public source —
 * first as bundled, then with the EXAMPLE overlay {@code samples/qd51-overlay-EXAMPLE.json}
 * (invented thresholds for group 2, never law).
 */
class Year2026Test {

  private static final Path SAMPLES = Path.of("samples");
  private static final String NATIONAL = SAMPLES.resolve("communes-2026-national.csv").toString();
  private static final String WITH_EXAMPLE_VARIABLE =
      SAMPLES.resolve("communes-2026.csv").toString();
  private static final String OVERLAY = SAMPLES.resolve("qd51-overlay-EXAMPLE.json").toString();
  private static final ObjectMapper MAPPER = new ObjectMapper();

  @TempDir Path dir;

  private static JsonNode json(CliRun r) throws IOException {
    assertEquals(0, r.exit(), r.err());
    return MAPPER.readTree(r.out());
  }

  private static JsonNode commune(JsonNode doc, String code) {
    for (JsonNode c : doc.get("communes")) {
      if (c.get("code").asText().equals(code)) {
        return c;
      }
    }
    throw new AssertionError("no commune " + code);
  }

  private static String criterion(JsonNode commune, String number) {
    for (JsonNode k : commune.get("criteria")) {
      if (k.get("number").asText().equals(number)) {
        return k.get("outcome").asText();
      }
    }
    throw new AssertionError("no criterion " + number);
  }

  @Test
  void withoutAnOverlayEveryCriterionIsUndeterminedAndTheGapIsSaid() throws IOException {
    JsonNode doc = json(CliRun.of("commune", NATIONAL, "--format", "json"));
    assertEquals(5, doc.get("communes").size());
    for (JsonNode c : doc.get("communes")) {
      assertEquals("qd-51-2025", c.get("set").asText());
      assertEquals(10, c.get("criteria").size());
      c.get("criteria").forEach(k -> assertEquals("UNDETERMINED", k.get("outcome").asText()));
    }
    JsonNode incomplete = doc.get("incompleteSets").get(0);
    assertEquals("qd-51-2025", incomplete.get("set").asText());
    assertEquals(10, incomplete.get("incompleteCriteria").size());
    // The measurements are not silently ignored.
    assertEquals(3, commune(doc, "99001").get("unreadMeasurements").size());
    assertEquals(5, doc.get("summary").get("UNDETERMINED").asInt());

    CliRun text = CliRun.of("commune", NATIONAL, "--lang", "en");
    assertTrue(text.out().startsWith("⚠ Set qd-51-2025 is INCOMPLETE"), text.out());
    assertTrue(text.out().contains("0/10 criteria met, 10 undetermined"), text.out());

    JsonNode missing =
        json(CliRun.of("catalog", "missing", "qd-51-2025", "--group", "2", "--format", "json"));
    assertEquals(10, missing.get("criteriaIncomplete").size());
    assertEquals(47, missing.get("indicatorsInLaw").asInt());
    assertEquals(0, missing.get("indicatorsEncoded").asInt());
    assertEquals("GROUP_2", missing.get("group").asText());
    CliRun missingText = CliRun.of("catalog", "missing", "qd-51-2025", "--lang", "en");
    assertTrue(
        missingText
            .out()
            .contains(
                "criterion 10 Access to law, security and defence: indicators" + " NOT FOUND"),
        missingText.out());
    assertEquals(2, CliRun.of("catalog", "missing", "qd-51-2025", "--group", "4").exit());
  }

  @Test
  void theReportSaysOnlyWhatTheDataSay() throws IOException {
    CliRun r = CliRun.of("report", "--communes", NATIONAL, "--lang", "en");
    assertEquals(0, r.exit(), r.err());
    String out = r.out();
    assertTrue(
        out.startsWith("NEW RURAL DEVELOPMENT REPORT — mã 42, 2026-06-30\n⚠ INCOMPLETE"), out);
    // Nothing of the bundled 2020 sample: no Hà Tĩnh, no 2020, no district, no OCOP, no funding.
    for (String sample : List.of("Hà Tĩnh", "2020", "Lộc Hà", "District", "OCOP", "Capital")) {
      assertFalse(out.contains(sample), sample + " in:\n" + out);
    }
    // Undetermined is its own list and its own column, never "not met" or a 0% share.
    assertTrue(out.contains("5 (100.0%)      —"), out);
    assertTrue(out.contains("3b. Communes that cannot be told yet"), out);
    assertTrue(out.contains("Communes by group (QĐ 51/2025/QĐ-TTg): group 1: 1 · group 2: 4"), out);
    JsonNode doc = json(CliRun.of("report", "--communes", NATIONAL, "--format", "json"));
    assertEquals(0, doc.get("notYetNtm").size());
    assertEquals(5, doc.get("cannotTellYet").size());
    assertEquals(0, doc.get("districts").size());
    assertEquals(10, doc.get("incompleteSets").get("qd-51-2025").size());
    // The sample only on request, and never mixed with a user's file.
    assertEquals(2, CliRun.of("report").exit());
    assertEquals(2, CliRun.of("report", "--sample", "--communes", NATIONAL).exit());
  }

  @Test
  void aProvinceOverlayDecidesItsTwoCriteriaExactlyAtTheThresholdsAndCitesItsDecision()
      throws IOException {
    JsonNode doc =
        json(
            CliRun.of(
                "commune",
                WITH_EXAMPLE_VARIABLE,
                "--overlay",
                OVERLAY,
                "--format",
                "json",
                "--explain"));
    // 99001: 60,000,000 ≥ 60,000,000; 2/100 ≤ 2%; 40/100 ≥ 40% (the EXAMPLE thresholds).
    JsonNode a = commune(doc, "99001");
    assertEquals("MET", criterion(a, "3"));
    assertEquals("MET", criterion(a, "6"));
    assertEquals("UNDETERMINED", a.get("outcome").asText());
    // 99002: one đồng short; 2.01% poor.
    JsonNode b = commune(doc, "99002");
    assertEquals("NOT_MET", criterion(b, "3"));
    assertEquals("NOT_MET", criterion(b, "6"));
    assertEquals("NOT_MET", b.get("outcome").asText());
    // 99003: 39.9% insured.
    JsonNode c = commune(doc, "99003");
    assertEquals("MET", criterion(c, "3"));
    assertEquals("NOT_MET", criterion(c, "6"));
    // 99004 is group 1, for which the overlay gives no value; 99005 has no income.
    assertEquals("UNDETERMINED", criterion(commune(doc, "99004"), "3"));
    assertEquals("UNDETERMINED", criterion(commune(doc, "99004"), "6"));
    assertEquals("UNDETERMINED", criterion(commune(doc, "99005"), "3"));
    for (JsonNode commune : doc.get("communes")) {
      for (String n : List.of("1", "2", "4", "5", "7", "8", "9", "10")) {
        assertEquals("UNDETERMINED", criterion(commune, n), n);
      }
    }
    // Verdicts on example values are flagged before any verdict, in every format.
    assertEquals("[\"3\",\"6\"]", doc.get("criteriaOnExamples").toString());
    CliRun text = CliRun.of("commune", WITH_EXAMPLE_VARIABLE, "--overlay", OVERLAY, "--lang", "en");
    assertTrue(
        text.out().contains("⚠ EXAMPLE, NOT LAW: the verdicts of criteria 3, 6 rest on"),
        text.out());
    CliRun report =
        CliRun.of(
            "report", "--communes", WITH_EXAMPLE_VARIABLE, "--overlay", OVERLAY, "--lang", "en");
    assertEquals(0, report.exit(), report.err());
    assertTrue(report.out().lines().toList().get(2).startsWith("⚠ EXAMPLE, NOT LAW"), report.out());
    // The explanation of criterion 3 cites the (example) decision and says it is no law.
    String explained = a.get("explanation").toString();
    assertTrue(explained.contains("VÍ DỤ 00/2026/QĐ-UBND"), explained);
    assertTrue(explained.contains("\"provenance\":\"EXAMPLE\""), explained);
  }

  @Test
  void theExampleOverlayIsMarkedAsAnExampleEverywhereAndNeverApplied() throws IOException {
    JsonNode o = MAPPER.readTree(Files.readString(Path.of(OVERLAY), StandardCharsets.UTF_8));
    assertTrue(o.get("id").asText().startsWith("EXAMPLE"));
    assertTrue(o.get("label").get("en").asText().startsWith("EXAMPLE (not law)"));
    List<JsonNode> values = new ArrayList<>();
    o.get("parameters").get("overrides").forEach(p -> p.get("values").forEach(values::add));
    assertEquals(3, values.size());
    for (JsonNode v : values) {
      assertEquals("EXAMPLE", v.get("provenance").asText());
      assertTrue(v.get("note").asText().contains("NOT a threshold of QĐ 51/2025/QĐ-TTg"));
    }
    // Not applied by default: without --overlay the example variable is unknown.
    CliRun r = CliRun.of("commune", WITH_EXAMPLE_VARIABLE, "--lang", "en");
    assertEquals(2, r.exit());
    assertTrue(r.err().contains("example.socialInsurance"), r.err());
  }

  @Test
  void aBadGroupAndADistrictAfterTheReformAreRejectedWithTheirPlace() throws IOException {
    Path bad = dir.resolve("bad.csv");
    Files.writeString(
        bad,
        "code,name,province,district,region,group,date\n"
            + "99001,X,42,,NCC,4,2026-06-30\n"
            + "99002,Y,42,448,NCC,2,2026-06-30\n",
        StandardCharsets.UTF_8);
    CliRun r = CliRun.of("commune", bad.toString(), "--lang", "en");
    assertEquals(2, r.exit());
    assertTrue(r.err().contains("line 2, group: a commune group is 1, 2 or 3"), r.err());
    assertTrue(r.err().contains("line 3, "), r.err());
    assertTrue(
        r.err().contains("from 01/07/2025 communes are directly under the province"), r.err());
    // The 2020 sample re-dated into 2026 names districts: rejected, not evaluated.
    CliRun redated =
        CliRun.of("commune", SAMPLES.resolve("communes.csv").toString(), "--date", "2026-06-30");
    assertEquals(2, redated.exit(), redated.out());
    assertEquals("", redated.out());
    assertEquals(2, CliRun.of("report", "--sample", "--date", "2026-06-30").exit());
  }
}
