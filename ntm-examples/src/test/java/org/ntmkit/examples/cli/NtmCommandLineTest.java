package org.ntmkit.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ntmkit.core.io.NtmJson;
import org.ntmkit.examples.NationalDataset;
import org.ntmkit.examples.data.HaTinhDataset;

/**
 * End to end: {@code ntm} on files, checking outputs and exit codes (0 success whatever the
 * verdicts, 2 invalid input with every problem on stderr and nothing on stdout, 1 other failures).
 */
class NtmCommandLineTest {

  private static final Path SAMPLES = Path.of("samples");
  private static final ObjectMapper MAPPER = new ObjectMapper();

  @TempDir Path dir;

  private Path bundledCommunes() throws IOException {
    Path f = dir.resolve("communes.json");
    Files.writeString(f, HaTinhDataset.communesJson(HaTinhDataset.generate()));
    return f;
  }

  private static JsonNode json(String s) throws IOException {
    return MAPPER.readTree(s);
  }

  @Test
  void communeJsonGivesEachCommunesCodeTitlesAndCriteria() throws IOException {
    CliRun r = CliRun.of("commune", bundledCommunes().toString(), "--format", "json");
    assertEquals(0, r.exit(), r.err());
    JsonNode doc = json(r.out());
    assertEquals(182, doc.get("communes").size());
    JsonNode first = doc.get("communes").get(0);
    assertEquals("43601", first.get("code").asText());
    assertEquals("MET", first.get("titles").get("NTM").asText());
    assertTrue(first.get("titles").has("ADVANCED") && first.get("titles").has("MODEL"));
    assertEquals(19, first.get("criteria").size());
    assertEquals("1", first.get("criteria").get(0).get("number").asText());
    // Seed §1: 171 of 182 meet criterion 17.
    long met17 = 0;
    for (JsonNode c : doc.get("communes")) {
      for (JsonNode k : c.get("criteria")) {
        if (k.get("number").asText().equals("17") && k.get("outcome").asText().equals("MET")) {
          met17++;
        }
      }
    }
    assertEquals(171, met17);
    // 140 meet all 19 today (171 recognised, 31 of them failing one criterion).
    assertEquals(140, doc.get("summary").get("MET").asInt());
  }

  /**
   * QĐ 18/2022/QĐ-TTg [CC-S42]: from 02/08/2022 a title needs the recognition conditions too. The
   * 2026 sample's units (31/12/2025) give no condition data, so their conditions are undetermined;
   * a unit with outstanding construction debt is not NTM although its criteria are undetermined.
   */
  @Test
  void communeTitlesIncludeTheRecognitionConditionsAndTheJsonShowsThem() throws IOException {
    String units = Files.readString(Path.of("samples", "ha-tinh-2026-units.json"));
    Path f = dir.resolve("units.json");
    // The first unit (not one of the assigned failures) with outstanding debt.
    Files.writeString(
        f,
        units.replaceFirst(
            "\"flags\" : \\{", "\"flags\" : { \"finance.outstandingConstructionDebt\" : true,"));
    JsonNode doc = json(CliRun.of("commune", f.toString(), "--format", "json").out());
    JsonNode first = doc.get("communes").get(0);
    assertEquals("UNDETERMINED", first.get("outcome").asText());
    assertEquals("NOT_MET", first.get("titles").get("NTM").asText());
    assertEquals("recognition-2021-2025", first.get("conditions").get("set").asText());
    assertEquals("NOT_MET", first.get("conditions").get("criteria").get(1).get("outcome").asText());
    JsonNode second = doc.get("communes").get(1);
    assertEquals("UNDETERMINED", second.get("conditions").get("outcome").asText());
    assertEquals("UNDETERMINED", second.get("titles").get("NTM").asText());
    String text = CliRun.of("commune", f.toString(), "--lang", "en").out();
    assertTrue(text.contains("Recognition conditions (recognition-2021-2025): Not met\n"), text);
    assertTrue(text.contains("\n    ✗ R3 No outstanding construction debt: R3 still: "), text);
  }

  @Test
  void explainedJsonNamesEachValuesSourcesAndCitesThemInFull() throws IOException {
    // Issue #16: explanation nodes and the JSON output carry the citation. QĐ 1980's income
    // threshold (10.1) for the North Central Coast in 2020 is cited in the catalog as [CC-S1].
    CliRun r =
        CliRun.of(
            "commune",
            bundledCommunes().toString(),
            "--set",
            "qd-1980-2016",
            "--format",
            "json",
            "--explain");
    assertEquals(0, r.exit(), r.err());
    JsonNode doc = json(r.out());
    JsonNode income = null;
    for (JsonNode criterion : doc.get("communes").get(0).get("explanation").get("children")) {
      for (JsonNode indicator : criterion.get("children")) {
        if (indicator.get("subject").asText().equals("10.1")) {
          income = indicator;
        }
      }
    }
    assertNotNull(income);
    List<String> keys = new ArrayList<>();
    income.get("sources").forEach(k -> keys.add(k.asText()));
    assertTrue(keys.contains("CC-S1"), keys.toString());
    Map<String, JsonNode> cited = new HashMap<>();
    doc.get("sources").forEach(s -> cited.put(s.get("key").asText(), s));
    assertTrue(cited.keySet().containsAll(keys), cited.keySet().toString());
    assertTrue(cited.get("CC-S1").get("url").asText().startsWith("https://thuviennhadat.vn/"));
    // Without --explain, no trees and no sources list.
    JsonNode plain =
        json(CliRun.of("commune", bundledCommunes().toString(), "--format", "json").out());
    assertNull(plain.get("sources"));
  }

  @Test
  void aNamedSetEvaluatesOnlyThatSetsTitle() throws IOException {
    CliRun r =
        CliRun.of(
            "commune", bundledCommunes().toString(), "--set", "qd-1980-2016", "--format", "json");
    assertEquals(0, r.exit(), r.err());
    JsonNode titles = json(r.out()).get("communes").get(0).get("titles");
    assertEquals(1, titles.size());
    assertEquals("MET", titles.get("NTM").asText());
  }

  @Test
  void csvCommunesAreReadWithQuotedNamesAndEmptyCells() throws IOException {
    CliRun r =
        CliRun.of(
            "commune",
            SAMPLES.resolve("communes.csv").toString(),
            "--format",
            "json",
            "--lang",
            "en");
    assertEquals(0, r.exit(), r.err());
    JsonNode communes = json(r.out()).get("communes");
    assertEquals(3, communes.size());
    assertEquals("Xã ví dụ, có dấu phẩy", communes.get(1).get("name").asText());
    // 35.2 million < 36 million (QĐ 1980, North Central Coast, 2020): income not met.
    assertEquals("NOT_MET", communes.get(1).get("criteria").get(9).get("outcome").asText());
    assertEquals("MET", communes.get(0).get("criteria").get(9).get("outcome").asText());
    // 0 poor households of 1,850 meets any threshold; the missing commune is undetermined.
    assertEquals("MET", communes.get(0).get("criteria").get(10).get("outcome").asText());
    assertEquals("UNDETERMINED", communes.get(2).get("outcome").asText());
  }

  @Test
  void textAndMarkdownExplainWhatIsMissing() {
    CliRun text = CliRun.of("commune", SAMPLES.resolve("communes.csv").toString(), "--lang", "en");
    assertEquals(0, text.exit(), text.err());
    assertTrue(text.out().contains("✗ 10 Income: 10.1 short by 0.8 million VND"), text.out());
    CliRun md = CliRun.of("commune", SAMPLES.resolve("communes.csv").toString(), "--format", "md");
    // QĐ 691/QĐ-TTg (model, 2018–2020): criteria 2–4 have indicators NOT FOUND; said first.
    assertTrue(
        md.out().startsWith("> ⚠ Bộ tiêu chí qd-691-2018-model CHƯA ĐẦY ĐỦ: tiêu chí 2, 3, 4"),
        md.out());
    assertTrue(md.out().contains("\n| Mã | Xã | Kết quả | 1 | 2 |"), md.out());
  }

  @Test
  void badCsvIsExitTwoWithEveryProblemAndItsPathAndNothingOnStdout() throws IOException {
    Path bad = dir.resolve("bad.csv");
    Files.writeString(
        bad,
        "code,name,province,region,date,income.perCapita,villages.cultural\n"
            + "18001,X,42,XXX,2020-13-01,abc,11/10\n",
        StandardCharsets.UTF_8);
    CliRun r = CliRun.of("commune", bad.toString(), "--lang", "en");
    assertEquals(2, r.exit());
    assertEquals("", r.out());
    List<String> lines = r.err().lines().toList();
    assertEquals(4, lines.size(), r.err());
    assertTrue(lines.get(0).startsWith(bad + ":line 2, region: unknown region code"), r.err());
    assertTrue(lines.get(1).contains("line 2, date: a date must be YYYY-MM-DD"), r.err());
    assertTrue(lines.get(2).contains("line 2, income.perCapita: a number [WRONG_TYPE] (abc)"));
    assertTrue(lines.get(3).contains("line 2, villages.cultural:"), r.err());
  }

  @Test
  void unknownColumnsAndMissingRequiredColumnsAreReportedFromTheHeader() throws IOException {
    Path bad = dir.resolve("header.csv");
    Files.writeString(bad, "code,name,roads.bogus\n1,2,3\n", StandardCharsets.UTF_8);
    CliRun r = CliRun.of("commune", bad.toString(), "--lang", "en");
    assertEquals(2, r.exit());
    assertTrue(r.err().contains("column 'province' is missing [MISSING]"), r.err());
    assertTrue(r.err().contains("line 1, column 3: no variable 'roads.bogus'"), r.err());
  }

  @Test
  void badJsonIsExitTwoWithJsonPaths() throws IOException {
    Path bad = dir.resolve("bad.json");
    Files.writeString(bad, "[{\"commune\": {\"code\": \"18001\"}, \"date\": \"2020-12-31\"}]");
    CliRun r = CliRun.of("commune", bad.toString(), "--lang", "en");
    assertEquals(2, r.exit());
    assertEquals("", r.out());
    assertTrue(r.err().contains(bad + ":$[0].commune.name: "), r.err());
    assertTrue(r.err().contains("[MISSING]"), r.err());
  }

  @Test
  void unknownSetIsInvalidInputAndAMissingFileIsAOneLineFailure() throws IOException {
    CliRun set = CliRun.of("commune", bundledCommunes().toString(), "--set", "nope");
    assertEquals(2, set.exit());
    assertTrue(set.err().startsWith("--set: không có bộ tiêu chí 'nope'"), set.err());
    CliRun missing = CliRun.of("commune", dir.resolve("absent.json").toString());
    assertEquals(1, missing.exit());
    assertEquals(1, missing.err().lines().count(), missing.err());
    assertTrue(missing.err().startsWith("ntm: no such file: "), missing.err());
    assertEquals("", missing.out());
  }

  @Test
  void aDateWithNoSetInForceIsInvalidInputNamingEachCommune() {
    // QĐ 1980 applies from 2016: nothing is in force on 1 January 2010.
    CliRun r =
        CliRun.of(
            "commune",
            SAMPLES.resolve("communes.csv").toString(),
            "--date",
            "2010-01-01",
            "--lang",
            "en");
    assertEquals(2, r.exit());
    assertEquals("", r.out());
    assertTrue(
        r.err()
            .startsWith("communes[0] 18001:$.date: no commune NTM set is in force on 2010-01-01"),
        r.err());
    assertEquals(3, r.err().lines().count(), r.err());
  }

  @Test
  void usageErrorsAreExitTwo() {
    assertEquals(2, CliRun.of().exit());
    assertEquals(2, CliRun.of("bogus").exit());
    assertEquals(2, CliRun.of("commune").exit());
    assertEquals(2, CliRun.of("report", "--format", "pdf").exit());
    assertEquals(2, CliRun.of("commune", "x.json", "--date", "31/12/2020").exit());
    assertEquals(0, CliRun.of("--help").exit());
  }

  @Test
  void manyCommunesShowProgressOnStderr() throws IOException {
    Path f = dir.resolve("national.json");
    Files.writeString(
        f, NtmJson.defaults().write(NationalDataset.generate(2_500, LocalDate.of(2023, 6, 30), 7)));
    CliRun r = CliRun.of("commune", f.toString(), "--set", "qd-318-2022-basic", "--format", "json");
    assertEquals(0, r.exit(), r.err());
    assertTrue(r.err().contains("1000/2500") && r.err().contains("2500/2500"), r.err());
    assertEquals(2_500, json(r.out()).get("communes").size());
  }

  @Test
  void fundingGivesEachSourcesAmountAndPrintedShare() throws IOException {
    CliRun r =
        CliRun.of("funding", SAMPLES.resolve("funding-2020.json").toString(), "--format", "json");
    assertEquals(0, r.exit(), r.err());
    JsonNode sources = json(r.out()).get("sources");
    // Seed §5: credit 5,525,307 million = 57,7%; state budget 17,7% = 7,6 + 10,1.
    assertEquals("credit", sources.get(2).get("source").asText());
    assertEquals(5_525_307_000_000L, sources.get(2).get("amount").asLong());
    assertEquals("57,7%", sources.get(2).get("printed").asText());
    assertEquals("7,6%", sources.get(0).get("children").get(0).get("printed").asText());
    assertEquals(0, json(r.out()).get("discrepancies").size());
  }

  @Test
  void fundingThatDoesNotAddUpIsReportedAndIsInvalidInputWhenStrict() throws IOException {
    String doc =
        Files.readString(SAMPLES.resolve("funding-2020.json"))
            .replace("9578694000000", "9578695000000");
    Path f = dir.resolve("funding.json");
    Files.writeString(f, doc);
    CliRun lenient = CliRun.of("funding", f.toString(), "--lang", "en");
    assertEquals(0, lenient.exit(), lenient.err());
    assertTrue(lenient.out().contains("Discrepancy"), lenient.out());
    CliRun strict = CliRun.of("funding", f.toString(), "--strict");
    assertEquals(2, strict.exit());
    assertEquals("", strict.out());
  }

  @Test
  void ocopGradesTheWorkedExampleThreeStars() throws IOException {
    // ocop-and-funding.md §A.9: council totals 63, 61, 66, 64, 62 → 316 / 5 = 63.20 → 3★.
    CliRun r = CliRun.of("ocop", SAMPLES.resolve("ocop-council.json").toString());
    assertEquals(0, r.exit(), r.err());
    assertTrue(r.out().contains("Điểm trung bình: 63,20"), r.out());
    assertTrue(r.out().contains("Hạng được công nhận: 3 sao"), r.out());
    CliRun j =
        CliRun.of("ocop", SAMPLES.resolve("ocop-council.json").toString(), "--format", "json");
    assertEquals(316, json(j.out()).get("sumOfTotals").asInt());
  }

  @Test
  void catalogListsSetsShowsReferencesAndMissingThresholds() throws IOException {
    CliRun sets = CliRun.of("catalog", "sets", "--format", "json");
    assertEquals(0, sets.exit(), sets.err());
    assertTrue(sets.out().contains("\"id\" : \"qd-1980-2016\""), sets.out());
    CliRun show =
        CliRun.of("catalog", "show", "qd-1980-2016", "10", "--region", "NCC", "--lang", "en");
    assertEquals(0, show.exit(), show.err());
    // QĐ 1980, North Central Coast, 2020: 36 million VND per person and year.
    assertTrue(show.out().contains("≥ 36000000"), show.out());
    assertTrue(show.out().contains("1980/QĐ-TTg"), show.out());
    CliRun missing =
        CliRun.of(
            "catalog",
            "missing",
            "qd-1980-2016",
            "--region",
            "NCC",
            "--date",
            "2020-12-31",
            "--format",
            "json");
    JsonNode m = json(missing.out()).get("missingValues");
    assertEquals(10, m.size(), missing.out());
    assertEquals("qd1980.2.2", m.get(0).get("parameterId").asText());
    assertEquals("NORTH_CENTRAL_COAST", m.get(0).get("region").asText());
    assertEquals(2, CliRun.of("catalog", "show", "qd-1980-2016", "42").exit());
    assertEquals(2, CliRun.of("catalog", "missing", "qd-1980-2016", "--region", "XX").exit());
  }

  @Test
  void catalogPrintsTheFullCitationOfEverySourceANoteCites() throws IOException {
    // QĐ 318 criterion 15 (health): the stunting ceilings cite the QĐ 318 follow-up search's
    // listing [QA-R2], the set's note the QĐ 318 summary of 10/03/2022 [CC-S29] (issue #16).
    CliRun show = CliRun.of("catalog", "show", "qd-318-2022-basic", "15", "--format", "json");
    assertEquals(0, show.exit(), show.err());
    JsonNode sources = json(show.out()).get("sources");
    List<String> keys = new ArrayList<>();
    sources.forEach(s -> keys.add(s.get("key").asText()));
    assertTrue(keys.containsAll(List.of("CC-S29", "QA-R2")), keys.toString());
    JsonNode s29 = sources.get(keys.indexOf("CC-S29"));
    assertEquals("2022-03-10", s29.get("published").asText());
    assertTrue(s29.get("url").asText().contains("39774"), s29.toString());
    CliRun one = CliRun.of("catalog", "sources", "DP-S8", "--lang", "en");
    assertEquals(0, one.exit(), one.err());
    assertTrue(one.out().startsWith("[DP-S8] "), one.out());
    assertTrue(one.out().contains("18/2022/QĐ-TTg"), one.out());
    assertTrue(one.out().contains("Kind: Legal database"), one.out());
    CliRun all = CliRun.of("catalog", "sources");
    assertEquals(0, all.exit(), all.err());
    assertTrue(all.out().lines().count() > 50, all.out());
    CliRun unknown = CliRun.of("catalog", "sources", "S8");
    assertEquals(2, unknown.exit());
    assertTrue(unknown.err().contains("UNKNOWN_VALUE"), unknown.err());
  }

  @Test
  void anOverlayFileChangesTheRules() throws IOException {
    // A what-if: a North Central Coast value for 11.1 (poor households) of 5%.
    Path overlay = dir.resolve("overlay.json");
    Files.writeString(
        overlay,
        "{\"id\": \"what-if\", \"label\": {\"vi\": \"giả định\", \"en\": \"what-if\"},"
            + " \"parameters\": {\"name\": \"what-if\", \"overrides\": [{\"parameterId\":"
            + " \"qd1980.11.1\", \"unit\": \"PERCENT\", \"label\": {\"vi\": \"hộ nghèo\", \"en\":"
            + " \"poor households\"}, \"values\": [{\"value\": 5, \"from\": \"2016-08-16\", \"to\":"
            + " \"2021-01-01\", \"ref\": {\"instrument\": \"what-if\", \"kind\": \"DECISION\"},"
            + " \"provenance\": \"INFERRED\"}]}]}}");
    CliRun r =
        CliRun.of(
            "commune",
            SAMPLES.resolve("communes.csv").toString(),
            "--overlay",
            overlay.toString(),
            "--format",
            "json");
    assertEquals(0, r.exit(), r.err());
    // 61 of 2,000 = 3.05% ≤ 5%: met under the what-if (undetermined without it).
    assertEquals(
        "MET",
        json(r.out()).get("communes").get(1).get("criteria").get(10).get("outcome").asText());
  }

  @Test
  void reportWritesASelfContainedHtmlPage() throws IOException {
    Path html = dir.resolve("report.html");
    CliRun r = CliRun.of("report", "--sample", "--html", html.toString(), "--lang", "en");
    assertEquals(0, r.exit(), r.err());
    String page = Files.readString(html);
    assertTrue(page.startsWith("<!DOCTYPE html>"));
    assertFalse(page.contains("<script"), "no scripts");
    assertFalse(
        page.replace("xmlns=\"http://www.w3.org/2000/svg\"", "").contains("http"),
        "no network references");
    assertEquals(3, page.split("<svg ", -1).length - 1, "criteria, OCOP and funding charts");
    // One bar per criterion, 19 of them; the Culture row carries the seed's 180 and 98.9%.
    assertTrue(page.contains("<td>Culture</td><td class=\"n\">180</td>"), page);
    assertTrue(page.contains("98.9%"));
    assertTrue(r.out().startsWith("NEW RURAL DEVELOPMENT REPORT"), r.out());
  }

  @Test
  void theRealProcessExitsWithTheCodes() throws Exception {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    String cp = System.getProperty("java.class.path");
    Process ok =
        new ProcessBuilder(java, "-cp", cp, Ntm.class.getName(), "catalog", "sets")
            .redirectErrorStream(true)
            .start();
    String out = new String(ok.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertEquals(0, ok.waitFor(), out);
    assertTrue(out.contains("qd-1980-2016"), out);
    assertEquals(1, exit(java, cp, "commune", "y.csv"), "y.csv does not exist");
    assertEquals(2, exit(java, cp, "commune", "--set", "x", "y.csv"), "no set x");
  }

  private static int exit(String java, String cp, String... args) throws Exception {
    List<String> command = new java.util.ArrayList<>(List.of(java, "-cp", cp, Ntm.class.getName()));
    command.addAll(List.of(args));
    Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
    p.getInputStream().readAllBytes();
    return p.waitFor();
  }
}
