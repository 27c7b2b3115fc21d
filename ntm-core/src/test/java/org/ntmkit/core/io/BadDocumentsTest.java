package org.ntmkit.core.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.ntmkit.core.LocalizedText;
import org.ntmkit.core.explain.Explanation;
import org.ntmkit.core.law.LegalReference;
import org.ntmkit.core.parameter.Parameter;
import org.ntmkit.core.parameter.ParameterOverlay;
import org.ntmkit.core.parameter.ParameterSet;
import org.ntmkit.core.parameter.ParameterValue;
import org.ntmkit.core.quantity.Money;
import org.ntmkit.core.quantity.Ratio;
import org.ntmkit.core.unit.Commune;
import org.ntmkit.core.unit.District;
import org.ntmkit.core.unit.Province;
import org.ntmkit.core.unit.Village;

/**
 * The bad-document corpus ({@code bad/} with its index {@code bad-documents.tsv}): every document
 * gives the single input-error type with a problem at the expected path, never another exception
 * and never a value. A province can add cases by adding a file and a line.
 */
class BadDocumentsTest {

  private static final NtmJson JSON = NtmJson.defaults();

  private static final Map<String, Function<byte[], Object>> READERS =
      Map.ofEntries(
          Map.entry("Ratio", b -> JSON.read(b, Ratio.class)),
          Map.entry("Province", b -> JSON.read(b, Province.class)),
          Map.entry("District", b -> JSON.read(b, District.class)),
          Map.entry("Commune", b -> JSON.read(b, Commune.class)),
          Map.entry("Village", b -> JSON.read(b, Village.class)),
          Map.entry("LegalReference", b -> JSON.read(b, LegalReference.class)),
          Map.entry("ParameterValue", b -> JSON.read(b, ParameterValue.class)),
          Map.entry("Parameter", b -> JSON.read(b, Parameter.class)),
          Map.entry("ParameterSet", b -> JSON.read(b, ParameterSet.class)),
          Map.entry("ParameterOverlay", b -> JSON.read(b, ParameterOverlay.class)),
          Map.entry("LocalizedText", b -> JSON.read(b, LocalizedText.class)),
          Map.entry("Money", b -> JSON.read(b, Money.class)),
          Map.entry("Explanation", b -> JSON.read(b, Explanation.class)),
          Map.entry("CommuneList", b -> JSON.readList(b, Commune.class)),
          Map.entry("RatioList", b -> JSON.readList(b, Ratio.class)));

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
    Function<byte[], Object> reader = READERS.get(type);
    assertTrue(reader != null, "unknown type in the index: " + type);

    InvalidInputException e = assertThrows(InvalidInputException.class, () -> reader.apply(bytes));

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
      assertFalse(p.getMessage().getVi().isBlank(), "Vietnamese message");
      assertFalse(p.getMessage().getEn().isBlank(), "English message");
    }
  }

  @Test
  void corpusHasAtLeastTwentyDocuments() throws IOException {
    assertTrue(corpus().count() >= 20);
  }

  @Test
  void everyProblemOfADocumentIsListedNotOnlyTheFirst() {
    // Province code with letters, blank name and no region: three problems at once.
    InvalidInputException e =
        assertThrows(
            InvalidInputException.class,
            () -> JSON.read("{\"code\": \"HT\", \"name\": \"\"}", Province.class));
    // The missing region is found while binding, before validation, so it is reported alone.
    assertEquals("$.region", e.getProblems().get(0).getPath());

    InvalidInputException v =
        assertThrows(
            InvalidInputException.class,
            () ->
                JSON.read(
                    "{\"code\": \"HT\", \"name\": \" \", \"region\": \"MEKONG_DELTA\"}",
                    Province.class));
    assertEquals(
        List.of("$.code", "$.name"), v.getProblems().stream().map(InputProblem::getPath).toList());
  }

  @Test
  void aMissingBundledResourceIsAPackagingErrorNotAnInputError() {
    IllegalStateException e =
        assertThrows(
            IllegalStateException.class, () -> JSON.readResource(null, "/x.json", Ratio.class));
    assertEquals("bundled resource missing: /x.json", e.getMessage());
    Ratio r =
        JSON.readResource(
            new java.io.ByteArrayInputStream(
                "{\"numerator\": 1, \"denominator\": 2}".getBytes(StandardCharsets.UTF_8)),
            "r.json",
            Ratio.class);
    assertEquals(Ratio.of(1, 2), r);
  }

  @Test
  void oversizedDocumentIsRejectedBeforeParsing() {
    NtmJson small = NtmJson.withLimits(ReadLimits.builder().setMaxDocumentBytes(10).build());
    InvalidInputException e =
        assertThrows(
            InvalidInputException.class,
            () -> small.read("{\"numerator\": 7, \"denominator\": 10}", Ratio.class));
    assertEquals(ProblemCode.TOO_LARGE, e.getProblems().get(0).getCode());
  }

  @Test
  void overlongStringIsRejected() {
    NtmJson small = NtmJson.withLimits(ReadLimits.builder().setMaxStringLength(5).build());
    InvalidInputException e =
        assertThrows(
            InvalidInputException.class,
            () ->
                small.read(
                    "{\"vi\": \"Thu nhập bình quân\", \"en\": \"Income\"}", LocalizedText.class));
    assertEquals(ProblemCode.TOO_LARGE, e.getProblems().get(0).getCode());
  }

  private static String resource(String name) throws IOException {
    try (InputStream in = BadDocumentsTest.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IOException("missing test resource " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
