package org.ntmkit.rules.criteria;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.ntmkit.core.Language;
import org.ntmkit.core.io.InputProblem;
import org.ntmkit.core.io.InvalidInputException;
import org.ntmkit.core.io.NtmJson;

/**
 * Catalogs are input too (architecture.md, catalog files): an indicator is rejected at load unless
 * it has exactly the fields its kind needs, with a path and a message in both languages.
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

  @ParameterizedTest(name = "{0}{1}")
  @CsvSource(
      delimiter = ';',
      value = {
        "RATIO; , 'variable': 'v'",
        "RATIO; , 'parameter': 'p'",
        "RATIO; , 'variable': 'v', 'parameter': 'p'" + FLAG_PART,
        "FLAG; ",
        "FLAG; , 'variable': 'v'" + FLAG_PART,
        "ALL_OF; ",
        "ANY_OF; , 'variable': 'v'" + FLAG_PART,
        "MULTIPLE_OF_VARIABLE; , 'variable': 'v', 'parameter': 'p'",
        "MULTIPLE_OF_VARIABLE; , 'variable': 'v', 'baseline': 'b'",
        "MULTIPLE_OF_VARIABLE; , 'parameter': 'p', 'baseline': 'b'",
        "MULTIPLE_OF_PARAMETER; , 'variable': 'v', 'parameter': 'p'",
        "MULTIPLE_OF_PARAMETER; , 'variable': 'v', 'baseParameter': 'q'",
        "MULTIPLE_OF_PARAMETER; , 'parameter': 'p', 'baseParameter': 'q'",
        "MEMBER_SHARE; , 'memberTitle': 'NTM', 'parameter': 'p'",
        "MEMBER_SHARE; , 'memberLevel': 'COMMUNE', 'parameter': 'p'",
        "MEMBER_COUNT; , 'memberLevel': 'COMMUNE', 'memberTitle': 'NTM'",
        "MEMBER_COUNT; , 'memberLevel': 'COMMUNE', 'memberTitle': 'NTM', 'parameter': 'p',"
            + " 'variable': 'v'",
      })
  void anIndicatorLackingWhatItsKindNeedsIsRejected(String kind, String fields) {
    InvalidInputException e =
        assertThrows(
            InvalidInputException.class,
            () -> JSON.read(indicator(kind, fields == null ? "" : fields), Indicator.class));
    InputProblem p = e.getProblems().get(0);
    assertEquals("$", p.getPath(), "a rule on the whole indicator points at the indicator");
    assertTrue(p.getMessage().get(Language.EN).contains("lacks a field its kind needs"));
    assertTrue(p.getMessage().get(Language.VI).contains("thiếu trường bắt buộc"));
  }
}
