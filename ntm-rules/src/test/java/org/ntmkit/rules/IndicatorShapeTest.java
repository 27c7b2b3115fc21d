package org.ntmkit.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.ntmkit.core.Language;
import org.ntmkit.core.io.InputProblem;
import org.ntmkit.core.io.InvalidInputException;
import org.ntmkit.core.io.NtmJson;
import org.ntmkit.core.io.ProblemCode;
import org.ntmkit.rules.catalog.Indicator;

/**
 * Catalogs are input too (architecture.md, catalog files): an indicator is rejected at load unless
 * it has exactly the fields its kind needs, with the path of the field and a message in both
 * languages.
 */
class IndicatorShapeTest {

  private static final NtmJson JSON = NtmJson.defaults();

  private static String indicator(String kind, String fields) {
    return ("{'id': '1.1', 'name': {'vi': 'x', 'en': 'x'}, 'kind': '" + kind + "'" + fields + "}")
        .replace('\'', '"');
  }

  private static final String FLAG_PART =
      ", 'parts': [{'id': '1.1.a', 'name': {'vi': 'a', 'en': 'a'}, 'kind': 'FLAG', 'variable': 'f'}]";

  @ParameterizedTest(name = "{0}{1}")
  @CsvSource(
      delimiter = ';',
      value = {
        "RATIO; , 'variable': 'v', 'parameter': 'p'",
        "NUMBER; , 'variable': 'v', 'parameter': 'p'",
        "FLAG; , 'variable': 'v'",
        "ALL_OF; " + FLAG_PART,
        "ANY_OF; " + FLAG_PART,
        "MULTIPLE_OF_VARIABLE; , 'variable': 'v', 'parameter': 'p', 'baseline': 'b'",
        "MULTIPLE_OF_PARAMETER; , 'variable': 'v', 'parameter': 'p', 'baseParameter': 'q'",
        "MEMBER_SHARE; , 'memberLevel': 'COMMUNE', 'memberTitle': 'NTM', 'parameter': 'p'",
        "MEMBER_COUNT; , 'memberLevel': 'COMMUNE', 'memberTitle': 'NTM', 'parameter': 'p'",
      })
  void eachKindWithItsFieldsIsAccepted(String kind, String fields) {
    assertEquals(kind, JSON.read(indicator(kind, fields), Indicator.class).getKind().name());
  }

  /**
   * Each kind is its own type: a field its kind needs is MISSING at its own path, a field of
   * another kind is an UNKNOWN_PROPERTY at its path, a kind that is absent or unknown is reported
   * at {@code $.kind} — every problem with a message in both languages.
   */
  @ParameterizedTest(name = "{0}{1} → {2} {3}")
  @CsvSource(
      delimiter = ';',
      value = {
        "RATIO; , 'variable': 'v'; $.parameter; MISSING",
        "RATIO; , 'parameter': 'p'; $.variable; MISSING",
        "RATIO; , 'variable': 'v', 'parameter': 'p'" + FLAG_PART + "; $.parts; UNKNOWN_PROPERTY",
        "FLAG; ; $.variable; MISSING",
        "FLAG; , 'variable': 'v'" + FLAG_PART + "; $.parts; UNKNOWN_PROPERTY",
        "ALL_OF; ; $.parts; MISSING",
        "ANY_OF; , 'variable': 'v'" + FLAG_PART + "; $.variable; UNKNOWN_PROPERTY",
        "MULTIPLE_OF_VARIABLE; , 'variable': 'v', 'parameter': 'p'; $.baseline; MISSING",
        "MULTIPLE_OF_VARIABLE; , 'variable': 'v', 'baseline': 'b'; $.parameter; MISSING",
        "MULTIPLE_OF_VARIABLE; , 'parameter': 'p', 'baseline': 'b'; $.variable; MISSING",
        "MULTIPLE_OF_PARAMETER; , 'variable': 'v', 'parameter': 'p'; $.baseParameter; MISSING",
        "MULTIPLE_OF_PARAMETER; , 'variable': 'v', 'baseParameter': 'q'; $.parameter; MISSING",
        "MULTIPLE_OF_PARAMETER; , 'parameter': 'p', 'baseParameter': 'q'; $.variable; MISSING",
        "MEMBER_SHARE; , 'memberTitle': 'NTM', 'parameter': 'p'; $.memberLevel; MISSING",
        "MEMBER_SHARE; , 'memberLevel': 'COMMUNE', 'parameter': 'p'; $.memberTitle; MISSING",
        "MEMBER_COUNT; , 'memberLevel': 'COMMUNE', 'memberTitle': 'NTM'; $.parameter; MISSING",
        "MEMBER_COUNT; , 'memberLevel': 'COMMUNE', 'memberTitle': 'NTM', 'parameter': 'p',"
            + " 'variable': 'v'; $.variable; UNKNOWN_PROPERTY",
        "SCORE; , 'variable': 'v'; $.kind; UNKNOWN_VALUE",
      })
  void anIndicatorLackingWhatItsKindNeedsIsRejectedAtThatField(
      String kind, String fields, String path, ProblemCode code) {
    InvalidInputException e =
        assertThrows(
            InvalidInputException.class,
            () -> JSON.read(indicator(kind, fields == null ? "" : fields), Indicator.class));
    InputProblem p = e.getProblems().get(0);
    assertEquals(path, p.getPath(), e.getMessage());
    assertEquals(code, p.getCode(), e.getMessage());
    assertFalse(p.getMessage().get(Language.EN).isBlank());
    assertFalse(p.getMessage().get(Language.VI).isBlank());
  }

  @Test
  void anIndicatorWithoutAKindIsRejectedAtKind() {
    InvalidInputException e =
        assertThrows(
            InvalidInputException.class,
            () ->
                JSON.read(
                    "{\"id\": \"1.1\", \"name\": {\"vi\": \"x\", \"en\": \"x\"}, \"variable\": \"v\"}",
                    Indicator.class));
    assertEquals("$.kind", e.getProblems().get(0).getPath());
    assertEquals(ProblemCode.MISSING, e.getProblems().get(0).getCode());
    assertTrue(e.getProblems().get(0).getMessage().getEn().contains("RATIO"), "names the kinds");
  }

  @Test
  void anIndicatorIsWrittenWithItsKindAndReadBackEqual() {
    String json =
        indicator(
            "MULTIPLE_OF_PARAMETER", ", 'variable': 'v', 'parameter': 'p', 'baseParameter': 'q'");
    Indicator read = JSON.read(json, Indicator.class);
    assertTrue(read instanceof Indicator.MultipleOfParameter);
    String written = JSON.write(read);
    assertTrue(written.contains("\"kind\":\"MULTIPLE_OF_PARAMETER\""), written);
    assertEquals(read, JSON.read(written, Indicator.class));
  }
}
