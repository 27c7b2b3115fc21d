package org.ntmkit.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.ntmkit.core.io.InputProblem;
import org.ntmkit.core.io.InvalidInputException;
import org.ntmkit.core.io.NtmJson;
import org.ntmkit.core.io.ProblemCode;
import org.ntmkit.core.parameter.Parameter;
import org.ntmkit.core.parameter.ParameterQuery;
import org.ntmkit.core.parameter.ParameterValue;
import org.ntmkit.core.unit.Region;
import org.ntmkit.rules.catalog.CriteriaSet;
import org.ntmkit.rules.catalog.VariableCatalog;

class CatalogLoadingTest {

  private static final NtmRules RULES = NtmRules.bundled();

  @Test
  void everyBundledCatalogLoadsAndValidates() {
    assertEquals(20, RULES.sets().size());
    assertEquals(19, RULES.sets().get("qd-1980-2016").getCriteria().size());
    assertEquals(19, RULES.sets().get("qd-318-2022-basic").getCriteria().size());
    assertEquals(19, RULES.sets().get("qd-318-2022-advanced").getCriteria().size());
    assertEquals(10, RULES.sets().get("qd-51-2025").getCriteria().size());
    RULES.withOverlay(NtmRules.haTinhOverlay());
  }

  @Test
  void everyCatalogValueHasAReferenceAndAProvenance() {
    for (Parameter p : RULES.parameters().getParameters()) {
      for (ParameterValue v : p.getValues()) {
        assertFalse(v.getRef().getInstrument().isBlank(), p.getId());
        assertTrue(v.getProvenance() != null, p.getId());
      }
    }
  }

  @Test
  void theSetInForceFollowsTheDate() {
    assertEquals(
        "qd-1980-2016",
        RULES.setInForce(Title.NTM, LocalDate.of(2020, 12, 31)).orElseThrow().getId());
    assertEquals(
        "qd-318-2022-basic",
        RULES.setInForce(Title.NTM, LocalDate.of(2022, 3, 8)).orElseThrow().getId());
    assertEquals(
        "qd-51-2025", RULES.setInForce(Title.NTM, LocalDate.of(2026, 2, 15)).orElseThrow().getId());
    assertEquals(
        "qd-691-2018-model",
        RULES.setInForce(Title.MODEL, LocalDate.of(2020, 12, 31)).orElseThrow().getId());
    assertTrue(
        RULES.setInForce(Title.ADVANCED, LocalDate.of(2020, 12, 31)).isEmpty(),
        "2018–2020: provincial sets only");
    assertTrue(RULES.setInForce(Title.NTM, LocalDate.of(2016, 11, 30)).isEmpty());
  }

  @Test
  void missingParametersAreReportedPerRegion() {
    List<String> ncc =
        missing("qd-1980-2016", Region.NORTH_CENTRAL_COAST, LocalDate.of(2020, 12, 31));
    assertTrue(
        ncc.containsAll(
            List.of(
                "qd1980.2.2",
                "qd1980.3.1",
                "qd1980.4.2",
                "qd1980.5",
                "qd1980.9.2",
                "qd1980.11.1",
                "qd1980.17.6")),
        ncc.toString());
    assertFalse(ncc.contains("qd1980.10.1"), "the NCC income value for 2020 is known: 36 million");
    List<String> md = missing("qd-1980-2016", Region.MEKONG_DELTA, LocalDate.of(2020, 12, 31));
    assertFalse(md.contains("qd1980.4.2"), "MD electricity 98% is known");
    assertTrue(
        missing("qd-1980-2016", Region.NORTH_CENTRAL_COAST, LocalDate.of(2019, 6, 30))
            .contains("qd1980.10.1"),
        "2016–2019 income NOT FOUND");
  }

  private static List<String> missing(String set, Region region, LocalDate date) {
    return RULES
        .completeness(set, ParameterQuery.builder().setDate(date).setRegion(region).build())
        .getMissingValues()
        .stream()
        .map(SetCompleteness.MissingValue::getParameterId)
        .toList();
  }

  private static String set(String indicators) {
    return ("{'id': 'x', 'title': 'NTM', 'label': {'vi': 'x', 'en': 'x'},"
            + " 'ref': {'instrument': 'x', 'kind': 'DECISION'}, 'provenance': 'INFERRED', 'from': '2020-01-01',"
            + " 'criteria': [{'number': '1', 'name': {'vi': 'x', 'en': 'x'}, 'indicators': ["
            + indicators
            + "]}],"
            + " 'parameters': [{'id': 'p', 'label': {'vi': 'x', 'en': 'x'}, 'unit': 'PERCENT', 'values': ["
            + "   {'value': 70, 'from': '2020-01-01', 'ref': {'instrument': 'x', 'kind': 'DECISION'}, 'provenance': 'INFERRED'}]}]}")
        .replace('\'', '"');
  }

  /** A variable name is the stable key measurements use: it may appear only once. */
  @Test
  void aVariableCatalogRepeatingANameIsRejected() {
    String variable =
        "{'name': 'plan.approved', 'kind': 'FLAG', 'unit': 'BOOLEAN', 'direction':"
            + " 'HIGHER_IS_BETTER', 'label': {'vi': 'x', 'en': 'x'}}";
    String other = variable.replace("plan.approved", "plan.published");
    NtmJson json = NtmJson.defaults();
    VariableCatalog ok =
        json.read(
            ("{'variables': [" + variable + ", " + other + "]}").replace('\'', '"'),
            VariableCatalog.class);
    assertEquals(List.of("plan.approved", "plan.published"), List.copyOf(ok.byName().keySet()));
    InvalidInputException e =
        assertThrows(
            InvalidInputException.class,
            () ->
                json.read(
                    ("{'variables': [" + variable + ", " + other + ", " + variable + "]}")
                        .replace('\'', '"'),
                    VariableCatalog.class));
    assertEquals("a variable name appears twice", e.getProblems().get(0).getMessage().getEn());
  }

  /** Titles are chained: advanced needs NTM, model needs advanced (QĐ 318, QĐ 319). */
  @Test
  void titlesRequireThePreviousTitle() {
    assertEquals(Optional.empty(), org.ntmkit.rules.Title.NTM.requires());
    assertEquals(
        Optional.of(org.ntmkit.rules.Title.NTM), org.ntmkit.rules.Title.ADVANCED.requires());
    assertEquals(
        Optional.of(org.ntmkit.rules.Title.ADVANCED), org.ntmkit.rules.Title.MODEL.requires());
  }

  /** Indicator ids, criterion numbers and parameter ids each name one thing in a set. */
  @Test
  void aCatalogRepeatingAnIdIsRejectedAtRead() {
    String ratio =
        "{'id': '1.1', 'name': {'vi': 'x', 'en': 'x'}, 'kind': 'RATIO', 'variable': 'v', 'parameter': 'p'}";
    String nested =
        "{'id': '1.2', 'name': {'vi': 'x', 'en': 'x'}, 'kind': 'ALL_OF', 'parts': [" + ratio + "]}";
    NtmJson json = NtmJson.defaults();
    assertEquals(
        2,
        json.read(set(ratio + ", " + ratio.replace("1.1", "1.3")), CriteriaSet.class)
            .getCriteria()
            .get(0)
            .getIndicators()
            .size());
    String parameter =
        "{'id': 'p', 'label': {'vi': 'x', 'en': 'x'}, 'unit': 'PERCENT', 'values': [{'value': 70,"
            + " 'from': '2020-01-01', 'ref': {'instrument': 'x', 'kind': 'DECISION'},"
            + " 'provenance': 'INFERRED'}]}, ";
    String criterion =
        ", {'number': '1', 'name': {'vi': 'x', 'en': 'x'}, 'indicators': [{'id': '1.9', 'name':"
            + " {'vi': 'x', 'en': 'x'}, 'kind': 'FLAG', 'variable': 'f'}]}";
    for (String bad :
        List.of(
            set(ratio + ", " + ratio),
            set(ratio + ", " + nested),
            set(ratio).replace("]}],", ("]}" + criterion + "],").replace('\'', '"')),
            set(ratio)
                .replace(
                    "\"parameters\": [", ("'parameters': [" + parameter).replace('\'', '"')))) {
      InvalidInputException e =
          assertThrows(InvalidInputException.class, () -> json.read(bad, CriteriaSet.class), bad);
      assertEquals("$", e.getProblems().get(0).getPath(), bad);
      assertEquals(
          "a criterion number, indicator id or parameter id appears twice",
          e.getProblems().get(0).getMessage().getEn(),
          bad);
    }
  }

  @Test
  void aCatalogReadingAnUnknownVariableIsRejectedWithAPath() {
    CriteriaSet bad =
        NtmJson.defaults()
            .read(
                set(
                    "{'id': '1.1', 'name': {'vi': 'x', 'en': 'x'}, 'kind': 'RATIO', 'variable': 'villages.culturl', 'parameter': 'p'}"
                        .replace('\'', '"')),
                CriteriaSet.class);
    InvalidInputException e =
        assertThrows(
            InvalidInputException.class, () -> NtmRules.of(RULES.variables(), List.of(bad)));
    InputProblem p = e.getProblems().get(0);
    assertEquals("$[x].criteria[0].indicators[0].variable", p.getPath());
    assertEquals(ProblemCode.UNKNOWN_VALUE, p.getCode());
  }

  @Test
  void aCatalogWithAWrongKindOrUnknownParameterIsRejected() {
    CriteriaSet bad =
        NtmJson.defaults()
            .read(
                set(
                    "{'id': '1.1', 'name': {'vi': 'x', 'en': 'x'}, 'kind': 'RATIO', 'variable': 'income.perCapita', 'parameter': 'q'}"
                        .replace('\'', '"')),
                CriteriaSet.class);
    InvalidInputException e =
        assertThrows(
            InvalidInputException.class, () -> NtmRules.of(RULES.variables(), List.of(bad)));
    assertEquals(
        List.of(
            "$[x].criteria[0].indicators[0].variable", "$[x].criteria[0].indicators[0].parameter"),
        e.getProblems().stream().map(InputProblem::getPath).toList());
  }

  @Test
  void aCatalogWithOverlappingPeriodsOrNoReferenceIsRejectedAtLoad() {
    String overlapping =
        set("")
            .replace("'", "\"")
            .replace(
                "'provenance': 'INFERRED'}]}]}".replace('\'', '"'),
                ("'provenance': 'INFERRED'}, {'value': 80, 'from': '2021-01-01', 'ref': {'instrument': 'x', 'kind': 'DECISION'}, 'provenance': 'INFERRED'}]}]}")
                    .replace('\'', '"'));
    InvalidInputException e =
        assertThrows(
            InvalidInputException.class,
            () -> NtmJson.defaults().read(overlapping, CriteriaSet.class));
    assertEquals("$.parameters[0]", e.getProblems().get(0).getPath());

    String noRef =
        set("")
            .replace(
                ", \"ref\": {\"instrument\": \"x\", \"kind\": \"DECISION\"}, \"provenance\": \"INFERRED\"}]}]}",
                ", \"provenance\": \"INFERRED\"}]}]}");
    InvalidInputException r =
        assertThrows(
            InvalidInputException.class, () -> NtmJson.defaults().read(noRef, CriteriaSet.class));
    assertTrue(
        r.getProblems().stream().anyMatch(p -> p.getPath().equals("$.parameters[0].values[0].ref")),
        r.getProblems().toString());
  }
}
