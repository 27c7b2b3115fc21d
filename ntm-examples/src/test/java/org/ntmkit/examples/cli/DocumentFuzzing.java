package org.ntmkit.examples.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.ntmkit.core.Language;
import org.ntmkit.core.io.InvalidInputException;
import org.ntmkit.core.io.NtmJson;
import org.ntmkit.examples.data.HaTinhDataset;
import org.ntmkit.ocop.grading.CouncilEvaluation;
import org.ntmkit.ocop.grading.OcopGrader;
import org.ntmkit.ocop.sheet.ScoreSheet;
import org.ntmkit.report.HtmlReport;
import org.ntmkit.report.ProvinceDataset;
import org.ntmkit.report.ProvinceReport;
import org.ntmkit.report.ReportInputs;
import org.ntmkit.report.ReportRenderer;
import org.ntmkit.rules.NtmRules;
import org.ntmkit.rules.catalog.CatalogOverlay;
import org.ntmkit.rules.funding.FundingAnalysis;
import org.ntmkit.rules.funding.FundingBreakdown;
import org.ntmkit.rules.measurement.CommuneMeasurements;
import org.ntmkit.rules.measurement.UnitMeasurements;
import org.ntmkit.rules.testing.JsonMutations;
import org.ntmkit.rules.testing.SampleDistricts;

/**
 * Issue #15: the fuzzing that covered commune documents, extended to every other document type the
 * tool reads — district data, province data, overlays, OCOP councils and score sheets, funding.
 * 10,000 mutations of each (delete, repeat, extreme value, cut text; {@link JsonMutations}): every
 * one is used to the end (evaluated, graded, reported and rendered) or gives the one input-error
 * type with a path on every problem — never another exception.
 */
class DocumentFuzzing {

  private static final NtmJson JSON = NtmJson.defaults();
  private static final NtmRules RULES = NtmRules.bundled();
  private static final OcopGrader GRADER = OcopGrader.bundled();
  private static final Path SAMPLES = Path.of("samples");

  private static final JsonNode DISTRICT =
      JsonMutations.tree(JSON.write(SampleDistricts.locHa2020()));
  private static final JsonNode PROVINCE =
      trimmed(JsonMutations.tree(JSON.write(HaTinhDataset.bundledProvince())));
  private static final List<CommuneMeasurements> COMMUNES =
      HaTinhDataset.bundledCommunes().subList(0, 3);
  private static final JsonNode OVERLAY = JsonMutations.tree(sample("qd51-overlay-EXAMPLE.json"));
  private static final List<CommuneMeasurements> COMMUNES_2026 =
      CommuneCsv.read(
          sample("communes-2026-national.csv").getBytes(java.nio.charset.StandardCharsets.UTF_8),
          RULES.variables());
  private static final JsonNode COUNCIL = JsonMutations.tree(sample("ocop-council.json"));
  private static final CouncilEvaluation COUNCIL_VALUE =
      JSON.read(sample("ocop-council.json"), CouncilEvaluation.class);
  private static final JsonNode SHEET =
      JsonMutations.tree(JSON.write(GRADER.sheets().get(COUNCIL_VALUE.getSheetId())));
  private static final JsonNode FUNDING = JsonMutations.tree(sample("funding-2020.json"));

  private static String sample(String name) {
    try {
      return Files.readString(SAMPLES.resolve(name));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The bundled province data with every list cut to three elements: the same shapes, faster. */
  private static JsonNode trimmed(JsonNode node) {
    if (node instanceof ArrayNode a) {
      while (a.size() > 3) {
        a.remove(a.size() - 1);
      }
    }
    node.forEach(DocumentFuzzing::trimmed);
    return node;
  }

  /** Runs a use of the document; an input error must have paths, anything else fails the try. */
  private static void use(Runnable run) {
    try {
      run.run();
    } catch (InvalidInputException e) {
      JsonMutations.requireInputError(e);
    }
  }

  @Property(tries = 10_000)
  void districtData(
      @ForAll @IntRange(min = 0, max = 3) int kind,
      @ForAll @IntRange(min = 0, max = 1 << 20) int pick) {
    byte[] b = JsonMutations.mutate(DISTRICT, kind, pick);
    use(() -> RULES.titles(JSON.read(b, UnitMeasurements.class)));
  }

  @Property(tries = 10_000)
  void provinceData(
      @ForAll @IntRange(min = 0, max = 3) int kind,
      @ForAll @IntRange(min = 0, max = 1 << 20) int pick) {
    byte[] b = JsonMutations.mutate(PROVINCE, kind, pick);
    use(
        () -> {
          ProvinceDataset p = JSON.read(b, ProvinceDataset.class);
          ProvinceReport r = ProvinceReport.of(ReportInputs.of(RULES, COMMUNES, p));
          ReportRenderer.text(r, Language.VI);
          ReportRenderer.markdown(r, Language.EN);
          ReportRenderer.json(r);
          HtmlReport.render(r, p, COMMUNES, Language.VI);
        });
  }

  @Property(tries = 10_000)
  void overlays(
      @ForAll @IntRange(min = 0, max = 3) int kind,
      @ForAll @IntRange(min = 0, max = 1 << 20) int pick) {
    byte[] b = JsonMutations.mutate(OVERLAY, kind, pick);
    use(
        () -> {
          NtmRules rules = RULES.withOverlay(JSON.read(b, CatalogOverlay.class));
          COMMUNES_2026.forEach(rules::titles);
        });
  }

  @Property(tries = 10_000)
  void ocopCouncils(
      @ForAll @IntRange(min = 0, max = 3) int kind,
      @ForAll @IntRange(min = 0, max = 1 << 20) int pick) {
    byte[] b = JsonMutations.mutate(COUNCIL, kind, pick);
    use(() -> GRADER.grade(JSON.read(b, CouncilEvaluation.class)));
  }

  @Property(tries = 10_000)
  void ocopScoreSheets(
      @ForAll @IntRange(min = 0, max = 3) int kind,
      @ForAll @IntRange(min = 0, max = 1 << 20) int pick) {
    byte[] b = JsonMutations.mutate(SHEET, kind, pick);
    use(() -> GRADER.withSheet(JSON.read(b, ScoreSheet.class)).grade(COUNCIL_VALUE));
  }

  @Property(tries = 10_000)
  void funding(
      @ForAll @IntRange(min = 0, max = 3) int kind,
      @ForAll @IntRange(min = 0, max = 1 << 20) int pick) {
    byte[] b = JsonMutations.mutate(FUNDING, kind, pick);
    use(
        () -> {
          FundingBreakdown f = JSON.read(b, FundingBreakdown.class);
          FundingAnalysis.discrepancies(f);
          FundingAnalysis.shares(f, 1);
          FundingAnalysis.requireConsistent(f);
        });
  }
}
