package org.ntmkit.ocop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.ntmkit.core.io.InputProblem;
import org.ntmkit.core.io.InvalidInputException;
import org.ntmkit.core.io.NtmJson;
import org.ntmkit.core.io.ProblemCode;
import org.ntmkit.ocop.grading.OcopGrader;
import org.ntmkit.ocop.sheet.ScoreSheet;

/** A province's sheet file is data: a broken one is rejected at load with a path. */
class SheetLoadingTest {

  private static final NtmJson JSON = NtmJson.defaults();

  private static String sheet(int capA, int maxA11, int optionPoints) {
    return ("{'id': 'ht.honey', 'criteriaSet': 'QD_148_2023',"
            + " 'productSet': {'vi': 'Mật ong', 'en': 'Honey'},"
            + " 'ref': {'instrument': 'QĐ xx/UBND', 'kind': 'DECISION'}, 'provenance': 'INFERRED',"
            + " 'parts': ["
            + "  {'code': 'A', 'name': {'vi': 'A', 'en': 'A'}, 'cap': CAPA, 'groups': [{'code': 'A1', 'name': {'vi': 'x', 'en': 'x'},"
            + "    'criteria': [{'code': 'A1.1', 'name': {'vi': 'x', 'en': 'x'}, 'maxPoints': MAXA,"
            + "      'options': [{'code': 'a', 'label': {'vi': 'x', 'en': 'x'}, 'points': 0},"
            + "                  {'code': 'b', 'label': {'vi': 'y', 'en': 'y'}, 'points': OPT}]}]}]},"
            + "  {'code': 'B', 'name': {'vi': 'B', 'en': 'B'}, 'cap': 25, 'groups': [{'code': 'B1', 'name': {'vi': 'x', 'en': 'x'},"
            + "    'criteria': [{'code': 'B1.1', 'name': {'vi': 'x', 'en': 'x'}, 'maxPoints': 25,"
            + "      'options': [{'code': 'a', 'label': {'vi': 'x', 'en': 'x'}, 'points': 25}]}]}]},"
            + "  {'code': 'C', 'name': {'vi': 'C', 'en': 'C'}, 'cap': 35, 'groups': [{'code': 'C1', 'name': {'vi': 'x', 'en': 'x'},"
            + "    'criteria': [{'code': 'C1.1', 'name': {'vi': 'x', 'en': 'x'}, 'maxPoints': 35,"
            + "      'options': [{'code': 'a', 'label': {'vi': 'x', 'en': 'x'}, 'points': 35}]}]}]}]}")
        .replace('\'', '"')
        .replace("CAPA", String.valueOf(capA))
        .replace("MAXA", String.valueOf(maxA11))
        .replace("OPT", String.valueOf(optionPoints));
  }

  @Test
  void aValidProvinceSheetLoadsAndGrades() {
    ScoreSheet s = JSON.read(sheet(40, 40, 40), ScoreSheet.class);
    OcopGrader grader = OcopGrader.bundled().withSheet(s);
    assertTrue(grader.sheets().containsKey("ht.honey"));
    assertEquals(List.of(), s.discrepancies());
  }

  @Test
  void optionWorthMoreThanItsCriterionIsRejected() {
    InvalidInputException e =
        assertThrows(
            InvalidInputException.class, () -> JSON.read(sheet(40, 30, 31), ScoreSheet.class));
    InputProblem p = e.getProblems().get(0);
    assertEquals("$.parts[0].groups[0].criteria[0]", p.getPath());
    assertEquals(ProblemCode.INCONSISTENT, p.getCode());
  }

  @Test
  void partsNotSummingTo100AreRejected() {
    InvalidInputException e =
        assertThrows(
            InvalidInputException.class, () -> JSON.read(sheet(35, 35, 35), ScoreSheet.class));
    assertEquals("$", e.getProblems().get(0).getPath());
    assertTrue(e.getProblems().get(0).getMessage().getEn().contains("add up to 100"));
  }

  @Test
  void everyBundledCatalogFileLoadsAndValidates() {
    OcopGrader g = OcopGrader.bundled();
    assertEquals(1, g.sheets().size());
    assertTrue(g.parameters().get("ocop.band.star5.minAverage").isPresent());
    assertEquals(2, org.ntmkit.ocop.portfolio.PortfolioTarget.bundled().size());
  }

  @Test
  void qd1048ClassificationHas26ProductSetsInSixSectors() {
    ProductClassification c = ProductClassification.qd1048();
    assertEquals(26, c.getProductSets().size());
    assertEquals(6, c.getProductSets().stream().map(ProductSet::getSector).distinct().count());
    assertEquals("Rau, củ, quả, hạt tươi", c.productSet(1).orElseThrow().getName().getVi());
    assertEquals(Sector.RURAL_TOURISM, c.productSet(26).orElseThrow().getSector());
  }
}
