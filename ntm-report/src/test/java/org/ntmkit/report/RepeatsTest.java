package org.ntmkit.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.ntmkit.core.io.InputProblem;
import org.ntmkit.core.io.InvalidInputException;
import org.ntmkit.core.io.NtmJson;
import org.ntmkit.core.io.ProblemCode;
import org.ntmkit.rules.NtmRules;
import org.ntmkit.rules.Title;
import org.ntmkit.rules.measurement.CommuneMeasurements;
import org.ntmkit.rules.measurement.ImmutableUnitMeasurements;
import org.ntmkit.rules.recognition.ImmutableRecognitionRecord;
import org.ntmkit.rules.recognition.RecognitionRecord;

/**
 * Nothing is counted twice (issue #15, class 3): a repeated recognition decision made a report
 * print "NTM 342 of 182 communes, 227% of plan", a repeated district was Guava's "Multiple entries
 * with same key", a repeated member flipped a district's share. Every list whose elements are
 * counted rejects a repeat, at the repeat's path and naming the first — whichever element is
 * repeated, built in code or read from JSON — and a commune holding a title by two different
 * decisions counts once.
 */
class RepeatsTest {

  private static final NtmRules RULES = NtmRules.bundled();
  private static final NtmJson JSON = NtmJson.defaults();

  /** One list of the province data, how to repeat its element {@code i}, and the key's path. */
  private record Repeatable(
      String path, String keyPath, Function<ImmutableProvinceDataset, ProvinceDataset> repeat) {}

  private static List<Repeatable> repeatables(int i) {
    return List.of(
        new Repeatable("$.districts", ".code", d -> d.withDistricts(plus(d.getDistricts(), i))),
        new Repeatable("$.recognitions", "", d -> d.withRecognitions(plus(d.getRecognitions(), i))),
        new Repeatable("$.ocopProducts", "", d -> d.withOcopProducts(plus(d.getOcopProducts(), i))),
        new Repeatable(
            "$.districtMeasurements",
            ".code",
            d -> d.withDistrictMeasurements(plus(d.getDistrictMeasurements(), i))));
  }

  /** The list with a copy of its element {@code i mod size} appended. */
  private static <T> List<T> plus(List<T> list, int i) {
    List<T> out = new ArrayList<>(list);
    out.add(list.get(i % list.size()));
    return out;
  }

  @Property(tries = 40)
  void aRepeatedElementOfAnyCountedListIsRejectedInCodeAndInJson(
      @ForAll @IntRange(min = 0, max = 20) int i) {
    ImmutableProvinceDataset base = (ImmutableProvinceDataset) ReportFixtures.province();
    String json = JSON.write(base);
    for (Repeatable r : repeatables(i)) {
      InvalidInputException inCode =
          assertThrows(InvalidInputException.class, () -> r.repeat().apply(base), r.path());
      InputProblem p = only(inCode);
      assertEquals(ProblemCode.DUPLICATE, p.getCode());
      int size = listSize(base, r.path());
      assertEquals(r.path() + "[" + size + "]" + r.keyPath(), p.getPath());
      assertEquals(
          true, p.getMessage().getEn().contains(r.path() + "[" + (i % size) + "]"), p.toString());
      // The same repeat in a document: rejected on reading, with the same path.
      String repeated = repeatInJson(json, r.path().substring(2), i % size);
      InvalidInputException read =
          assertThrows(
              InvalidInputException.class, () -> JSON.read(repeated, ProvinceDataset.class));
      assertEquals(p.getPath(), only(read).getPath());
    }
  }

  private static int listSize(ProvinceDataset p, String path) {
    return switch (path) {
      case "$.districts" -> p.getDistricts().size();
      case "$.recognitions" -> p.getRecognitions().size();
      case "$.ocopProducts" -> p.getOcopProducts().size();
      default -> p.getDistrictMeasurements().size();
    };
  }

  private static String repeatInJson(String json, String field, int i) {
    try {
      com.fasterxml.jackson.databind.ObjectMapper m =
          new com.fasterxml.jackson.databind.ObjectMapper();
      com.fasterxml.jackson.databind.node.ObjectNode root =
          (com.fasterxml.jackson.databind.node.ObjectNode) m.readTree(json);
      com.fasterxml.jackson.databind.node.ArrayNode list =
          (com.fasterxml.jackson.databind.node.ArrayNode) root.get(field);
      list.add(list.get(i).deepCopy());
      return m.writeValueAsString(root);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static InputProblem only(InvalidInputException e) {
    assertEquals(1, e.getProblems().size(), e.getProblems().toString());
    return e.getProblems().get(0);
  }

  @Property(tries = 20)
  void aRepeatedCommuneOfTheReportIsRejectedWithBothPlaces(
      @ForAll @IntRange(min = 0, max = 1) int i) {
    List<CommuneMeasurements> communes = plus(ReportFixtures.COMMUNES, i);
    InvalidInputException e =
        assertThrows(
            InvalidInputException.class,
            () -> ReportInputs.of(RULES, communes, ReportFixtures.province()));
    InputProblem p = only(e);
    assertEquals("$[2].commune.code", p.getPath());
    assertEquals(ProblemCode.DUPLICATE, p.getCode());
    assertEquals(true, p.getMessage().getEn().contains("$[" + i + "]"));
  }

  @Test
  void aRepeatedMemberOfADistrictIsRejected() {
    ProvinceDataset p = ReportFixtures.province();
    ImmutableUnitMeasurements locHa =
        (ImmutableUnitMeasurements) p.getDistrictMeasurements().get(0);
    var one = p.member("00001", "Xã Một", org.ntmkit.rules.UnitLevel.COMMUNE);
    var two = p.member("00002", "Xã Hai", org.ntmkit.rules.UnitLevel.COMMUNE);
    InvalidInputException e =
        assertThrows(InvalidInputException.class, () -> locHa.withMembers(one, two, one));
    assertEquals("$.members[2].code", only(e).getPath());
    assertEquals(2, locHa.withMembers(one, two).getMembers().size());
  }

  /**
   * Seed §1: the titles line counts communes, not decisions. A commune recognised NTM in 2019
   * (fixture) with a second NTM decision of 2020 (recognised again, e.g. after a revocation
   * elsewhere in the file) holds the title once, and is new in 2020 once.
   */
  @Test
  void aCommuneHoldingATitleByTwoDecisionsCountsOnce() {
    ImmutableProvinceDataset p = (ImmutableProvinceDataset) ReportFixtures.province();
    RecognitionRecord again =
        ImmutableRecognitionRecord.copyOf(p.getRecognitions().get(0))
            .withDate(LocalDate.of(2020, 3, 1))
            .withDecision("2/QĐ-UBND");
    RecognitionRecord third =
        ImmutableRecognitionRecord.copyOf(p.getRecognitions().get(0))
            .withDate(LocalDate.of(2020, 9, 1));
    ProvinceDataset three =
        p.withRecognitions(concat(p.getRecognitions(), List.of(again, third), Function.identity()));
    ProvinceReport one = ProvinceReport.of(ReportInputs.of(RULES, ReportFixtures.COMMUNES, p));
    ProvinceReport r = ProvinceReport.of(ReportInputs.of(RULES, ReportFixtures.COMMUNES, three));
    ProvinceReport.TitleLine before = titleLine(one);
    ProvinceReport.TitleLine after = titleLine(r);
    assertEquals(1, before.getHeld());
    assertEquals(0, before.getNewInYear());
    assertEquals(1, after.getHeld(), "one commune, three decisions");
    assertEquals(1, after.getNewInYear(), "new in 2020 once, though two decisions are of 2020");
  }

  private static <T> List<T> concat(List<T> a, List<T> b, Function<T, T> f) {
    List<T> out = new ArrayList<>(a);
    b.stream().map(f).forEach(out::add);
    return out;
  }

  private static ProvinceReport.TitleLine titleLine(ProvinceReport r) {
    return r.getTitles().stream().filter(t -> t.getTitle() == Title.NTM).findFirst().orElseThrow();
  }

  /**
   * Issue #15, class 8: a province file stating 1 đồng against parts of 9.58 trillion (seed §5)
   * printed shares as if nothing were wrong. The discrepancy is in the report and first in every
   * format.
   */
  @Test
  void aFundingTotalThatDoesNotAddUpIsShownInEveryFormat() {
    ImmutableProvinceDataset p = (ImmutableProvinceDataset) ReportFixtures.province();
    ProvinceDataset wrong =
        p.withFunding(
            org.ntmkit.rules.funding.ImmutableFundingBreakdown.copyOf(p.getFunding().orElseThrow())
                .withTotal(org.ntmkit.core.quantity.Money.ofDong(1)));
    ProvinceReport r = ProvinceReport.of(ReportInputs.of(RULES, ReportFixtures.COMMUNES, wrong));
    assertEquals(1, r.getFundingDiscrepancies().size());
    assertEquals("$.total", r.getFundingDiscrepancies().get(0).getPath());
    String en =
        "⚠ FUNDING DOES NOT ADD UP at $.total: stated 0.000001 million VND, the parts add up"
            + " to 9,578,694 million VND.";
    for (String out :
        List.of(
            ReportRenderer.text(r, org.ntmkit.core.Language.EN),
            ReportRenderer.markdown(r, org.ntmkit.core.Language.EN),
            HtmlReport.render(r, wrong, ReportFixtures.COMMUNES, org.ntmkit.core.Language.EN))) {
      assertEquals(true, out.contains(en), out);
    }
    assertEquals(true, ReportRenderer.json(r).contains("\"fundingDiscrepancies\""));
    ProvinceReport right =
        ProvinceReport.of(
            ReportInputs.of(RULES, ReportFixtures.COMMUNES, ReportFixtures.province()));
    assertEquals(List.of(), right.getFundingDiscrepancies());
  }
}
