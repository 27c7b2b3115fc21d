package org.ntmkit.rules;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.ntmkit.core.io.InputProblem;
import org.ntmkit.core.io.InvalidInputException;
import org.ntmkit.core.io.NtmJson;
import org.ntmkit.core.io.ProblemCode;
import org.ntmkit.ocop.certificate.OcopCertificate;
import org.ntmkit.ocop.grading.CouncilEvaluation;
import org.ntmkit.ocop.grading.OcopGrader;
import org.ntmkit.rules.catalog.CatalogOverlay;
import org.ntmkit.rules.catalog.CriteriaSet;
import org.ntmkit.rules.funding.FundingAnalysis;
import org.ntmkit.rules.funding.FundingBreakdown;
import org.ntmkit.rules.measurement.CommuneMeasurements;
import org.ntmkit.rules.measurement.UnitMeasurements;
import org.ntmkit.rules.plan.Plan;

/**
 * The second bad-document corpus ({@code org/ntmkit/rules/bad/}, indexed by {@code
 * bad-documents.tsv}): commune and unit data, OCOP evaluations and certificates, funding breakdowns
 * in strict mode, plans, catalogs and overlays. Each is read and then used as a caller would; each
 * must end in the single input-error type with a problem at the expected path, never in another
 * exception and never in a verdict.
 */
class BadDocumentsTest {

  private static final NtmJson JSON = NtmJson.defaults();
  private static final NtmRules RULES = NtmRules.bundled();

  private static final Map<String, Consumer<byte[]>> USES =
      Map.of(
          "CommuneMeasurements",
              b -> RULES.evaluate(JSON.read(b, CommuneMeasurements.class), "qd-1980-2016"),
          "UnitMeasurements",
              b -> RULES.evaluate(JSON.read(b, UnitMeasurements.class), "qd-558-2016"),
          "CouncilEvaluation",
              b -> OcopGrader.bundled().grade(JSON.read(b, CouncilEvaluation.class)),
          "FundingBreakdownStrict",
              b -> FundingAnalysis.requireConsistent(JSON.read(b, FundingBreakdown.class)),
          "Plan", b -> JSON.read(b, Plan.class),
          "CriteriaSet", b -> JSON.read(b, CriteriaSet.class),
          "CriteriaSetLoad",
              b -> NtmRules.of(RULES.variables(), List.of(JSON.read(b, CriteriaSet.class))),
          "CatalogOverlay", b -> RULES.withOverlay(JSON.read(b, CatalogOverlay.class)),
          "OcopCertificate", b -> JSON.read(b, OcopCertificate.class));

  static Stream<Arguments> corpus() throws IOException {
    List<Arguments> cases = new ArrayList<>();
    for (String line : resource("bad-documents.tsv").split("\n")) {
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] f = line.split("\t");
      cases.add(Arguments.of(f[0], f[1], f[2], ProblemCode.valueOf(f[3].trim())));
    }
    return cases.stream();
  }

  @ParameterizedTest(name = "{0} → {3} at {2}")
  @MethodSource("corpus")
  void badDocumentGivesOneInputErrorWithPath(
      String file, String type, String path, ProblemCode code) throws IOException {
    byte[] bytes = resource("bad/" + file).getBytes(StandardCharsets.UTF_8);
    Consumer<byte[]> use = USES.get(type);
    assertTrue(use != null, "unknown type " + type);
    InvalidInputException e = assertThrows(InvalidInputException.class, () -> use.accept(bytes));
    assertFalse(e.getProblems().isEmpty());
    boolean found =
        e.getProblems().stream()
            .anyMatch(
                p ->
                    p.getCode() == code
                        && (path.endsWith("*")
                            ? p.getPath().startsWith(path.substring(0, path.length() - 1))
                            : p.getPath().equals(path)));
    assertTrue(found, () -> "expected " + code + " at " + path + " but got " + e.getProblems());
    for (InputProblem p : e.getProblems()) {
      assertFalse(p.getMessage().getVi().isBlank() || p.getMessage().getEn().isBlank());
    }
  }

  private static String resource(String name) throws IOException {
    try (InputStream in = BadDocumentsTest.class.getResourceAsStream("/org/ntmkit/rules/" + name)) {
      if (in == null) {
        throw new IOException("missing " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
