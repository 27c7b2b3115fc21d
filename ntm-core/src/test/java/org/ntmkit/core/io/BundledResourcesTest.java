package org.ntmkit.core.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.ntmkit.core.quantity.Ratio;

/**
 * Bundled documents are listed in an index (design review §3.2: no hard-coded file list); what the
 * index names is read and validated, and a packaging error is told apart from bad input.
 */
class BundledResourcesTest {

  private static final BundledResources BUNDLED =
      BundledResources.of(
          BundledResourcesTest.class::getResourceAsStream, "/org/ntmkit/core/io/bundled/");

  @Test
  void theIndexListsGroupsInOrderAndEachGroupIsReadInOrder() {
    assertEquals(List.of("one", "two", "missing"), BUNDLED.groups());
    assertEquals(List.of(Ratio.of(1, 2), Ratio.of(3, 4)), BUNDLED.readAll("two", Ratio.class));
    assertEquals(Ratio.of(1, 2), BUNDLED.readOne("one", Ratio.class));
    assertEquals(Ratio.of(3, 4), BUNDLED.read("b.json", Ratio.class));
  }

  @Test
  void packagingErrorsAreIllegalStateNotBadInput() {
    IllegalStateException noGroup =
        assertThrows(IllegalStateException.class, () -> BUNDLED.names("three"));
    assertTrue(noGroup.getMessage().contains("one, two, missing"), noGroup.getMessage());
    assertThrows(IllegalStateException.class, () -> BUNDLED.readOne("two", Ratio.class));
    IllegalStateException noFile =
        assertThrows(IllegalStateException.class, () -> BUNDLED.readAll("missing", Ratio.class));
    assertTrue(noFile.getMessage().contains("nowhere.json"), noFile.getMessage());
    assertThrows(
        IllegalStateException.class,
        () -> BundledResources.of(BundledResourcesTest.class::getResourceAsStream, "/nowhere/"));
    assertThrows(
        IllegalArgumentException.class,
        () -> BundledResources.of(BundledResourcesTest.class::getResourceAsStream, "relative/"));
  }

  @Test
  void aBundledDocumentIsValidatedLikeAnyOther() {
    InvalidInputException e =
        assertThrows(InvalidInputException.class, () -> BUNDLED.readOneList("one", Ratio.class));
    assertEquals("$", e.getProblems().get(0).getPath(), "a.json is an object, not an array");
  }

  @Test
  void theUnknownIdProblemListsWhatIsKnown() {
    InputProblem p =
        InputProblem.unknownId(
            "$.set",
            org.ntmkit.core.LocalizedText.of("bộ tiêu chí", "criteria set"),
            "qd-9",
            List.of("qd-1980-2016", "qd-318-2022-basic"));
    assertEquals(ProblemCode.UNKNOWN_VALUE, p.getCode());
    assertEquals(
        "no criteria set 'qd-9'; known: qd-1980-2016, qd-318-2022-basic", p.getMessage().getEn());
    assertEquals(
        "không có bộ tiêu chí 'qd-9'; có: qd-1980-2016, qd-318-2022-basic", p.getMessage().getVi());
    assertEquals("qd-9", p.getRejectedValue().orElseThrow());
  }
}
