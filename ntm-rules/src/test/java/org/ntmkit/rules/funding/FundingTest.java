package org.ntmkit.rules.funding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.ntmkit.core.Language;
import org.ntmkit.core.LocalizedText;
import org.ntmkit.core.io.InvalidInputException;
import org.ntmkit.core.io.NtmJson;
import org.ntmkit.core.quantity.Formatting;
import org.ntmkit.core.quantity.Money;
import org.ntmkit.core.quantity.ShareRounding;
import org.ntmkit.rules.plan.CountTarget;
import org.ntmkit.rules.plan.Plan;
import org.ntmkit.rules.testing.FundingTestData;

/** The seed report's funding and plan figures (seed-digest.md §1–§6). */
class FundingTest {

  static FundingLine line(String source, String vi, String en, long millions) {
    return FundingLine.of(source, LocalizedText.of(vi, en), Money.ofMillions(millions));
  }

  /** Capital mobilised in Hà Tĩnh in 2020, million VND (seed §5). */
  static FundingBreakdown haTinh2020() {
    return FundingTestData.haTinh2020();
  }

  @Test
  void theSeedRowAddsUpAndPrintsItsShares() {
    FundingBreakdown b = haTinh2020();
    assertEquals(List.of(), FundingAnalysis.discrepancies(b));
    List<SourceShare> shares = FundingAnalysis.shares(b, 1);
    assertEquals(
        "17,7 / 10,9 / 57,7 / 1,8 / 10,3 / 1,6",
        shares.stream()
            .map(s -> Formatting.format(s.getShare(), Language.VI))
            .collect(Collectors.joining(" / ")));
    // Sub-shares sum to the parent's printed share: 7,6 + 10,1 = 17,7.
    assertEquals(new BigDecimal("7.6"), shares.get(0).getChildren().get(0).getShare());
    assertEquals(new BigDecimal("10.1"), shares.get(0).getChildren().get(1).getShare());
  }

  @Test
  void sponsorshipByAssignedUnitsAddsUp() {
    // Seed §5: 63,136 = province level 13,417 + district level 49,719.
    FundingLine sponsorship =
        ImmutableFundingLine.copyOf(line("sponsorship", "Tài trợ, đỡ đầu", "Sponsorship", 63_136))
            .withChildren(
                line("sponsorship.province", "Cấp tỉnh", "Province level", 13_417),
                line("sponsorship.district", "Cấp huyện", "District level", 49_719));
    FundingBreakdown b =
        ImmutableFundingBreakdown.builder()
            .setUnit("Hà Tĩnh")
            .setPeriod("2020")
            .setTotal(Money.ofMillions(63_136))
            .addLines(sponsorship)
            .build();
    assertEquals(List.of(), FundingAnalysis.discrepancies(b));
  }

  @Test
  void aReportThatDoesNotAddUpIsReadWithItsDiscrepancyOrRejectedInStrictMode() {
    // National end-2022 report: items exceed the stated total 621,324 bn by 129.8 bn.
    FundingBreakdown national =
        ImmutableFundingBreakdown.builder()
            .setUnit("Việt Nam")
            .setPeriod("2021–2022")
            .setTotal(
                Money.of(new BigDecimal("621324"), org.ntmkit.core.quantity.MoneyUnit.BILLION))
            .addLines(
                FundingLine.of(
                    "stateBudget",
                    LocalizedText.of("Ngân sách", "State budget"),
                    Money.of(
                        new BigDecimal("77397.8"), org.ntmkit.core.quantity.MoneyUnit.BILLION)),
                FundingLine.of(
                    "integrated",
                    LocalizedText.of("Lồng ghép", "Integrated"),
                    Money.of(new BigDecimal("49967"), org.ntmkit.core.quantity.MoneyUnit.BILLION)),
                FundingLine.of(
                    "credit",
                    LocalizedText.of("Tín dụng", "Credit"),
                    Money.of(new BigDecimal("436738"), org.ntmkit.core.quantity.MoneyUnit.BILLION)),
                FundingLine.of(
                    "enterprises",
                    LocalizedText.of("Doanh nghiệp", "Enterprises"),
                    Money.of(new BigDecimal("35503"), org.ntmkit.core.quantity.MoneyUnit.BILLION)),
                FundingLine.of(
                    "community",
                    LocalizedText.of("Cộng đồng", "Community"),
                    Money.of(new BigDecimal("21848"), org.ntmkit.core.quantity.MoneyUnit.BILLION)))
            .build();
    List<Discrepancy> d = FundingAnalysis.discrepancies(national);
    assertEquals(1, d.size());
    assertEquals("$.total", d.get(0).getPath());
    assertEquals(
        Money.of(new BigDecimal("129.8"), org.ntmkit.core.quantity.MoneyUnit.BILLION),
        d.get(0).difference());
    InvalidInputException e =
        assertThrows(
            InvalidInputException.class, () -> FundingAnalysis.requireConsistent(national));
    assertEquals("$.total", e.getProblems().get(0).getPath());
  }

  @Test
  void aBreakdownReadsFromJsonAndNegativeAmountsAreRejected() {
    NtmJson json = NtmJson.defaults();
    assertEquals(haTinh2020(), json.read(json.write(haTinh2020()), FundingBreakdown.class));
    String bad = json.write(haTinh2020()).replace("170251000000", "-170251000000");
    InvalidInputException e =
        assertThrows(InvalidInputException.class, () -> json.read(bad, FundingBreakdown.class));
    assertEquals("$.lines[3]", e.getProblems().get(0).getPath());
  }

  @Test
  void twoYearsCombineSourceBySource() {
    FundingBreakdown two =
        FundingAnalysis.combine("Hà Tĩnh", "2020–2021", List.of(haTinh2020(), haTinh2020()));
    assertEquals(Money.ofMillions(2 * 9_578_694L), two.getTotal());
    assertEquals(
        Money.ofMillions(2 * 724_690L), two.getLines().get(0).getChildren().get(0).getAmount());
    assertEquals(List.of(), FundingAnalysis.discrepancies(two));
    assertEquals(
        FundingAnalysis.shares(haTinh2020(), 1).get(2).getShare(),
        FundingAnalysis.shares(two, 1).get(2).getShare());
  }

  @Test
  void cooperativeRatingsPrintAsWholePercents() {
    // Seed §6: 428 rated: good 44 (10%), fair 167 (39%), average 158 (37%), weak 59 (14%).
    List<BigDecimal> shares =
        ShareRounding.LARGEST_REMAINDER.shares(
            List.of(
                BigDecimal.valueOf(44),
                BigDecimal.valueOf(167),
                BigDecimal.valueOf(158),
                BigDecimal.valueOf(59)),
            0);
    assertEquals(
        List.of(
            new BigDecimal("10"), new BigDecimal("39"), new BigDecimal("37"), new BigDecimal("14")),
        shares);
  }

  @Test
  void planAttainmentsOfTheSeed() {
    // Seed §1, §3, §4: 17 of 15 → 113%; 11 of 5 → 220%; 250 of 200 → 125%; 2,000 of 1,500 → 133%;
    // 2 of 2 → 100%; 87 against 70–90 → 100%.
    assertEquals(new BigDecimal("113"), Plan.of(15).attainmentPercent(BigDecimal.valueOf(17)));
    assertEquals(new BigDecimal("220"), Plan.of(5).attainmentPercent(BigDecimal.valueOf(11)));
    assertEquals(new BigDecimal("125"), Plan.of(200).attainmentPercent(BigDecimal.valueOf(250)));
    assertEquals(new BigDecimal("133"), Plan.of(1500).attainmentPercent(BigDecimal.valueOf(2000)));
    assertEquals(new BigDecimal("100"), Plan.of(2).attainmentPercent(BigDecimal.valueOf(2)));
    assertEquals(
        new BigDecimal("100"), Plan.range(70, 90).attainmentPercent(BigDecimal.valueOf(87)));
    assertEquals(
        new BigDecimal("86"), Plan.range(70, 90).attainmentPercent(BigDecimal.valueOf(60)));
    assertEquals(
        new BigDecimal("111"), Plan.range(70, 90).attainmentPercent(BigDecimal.valueOf(100)));
  }

  @Test
  void targetsBecomeCountsRoundedUp() {
    // Seed §7: at least 10% of 182 communes model communes → 19; 50% advanced → 91.
    CountTarget model =
        CountTarget.atLeastShareOf(
            org.ntmkit.core.quantity.Percentage.of(10),
            182,
            LocalizedText.of("xã kiểu mẫu", "model communes"));
    assertEquals(19, model.getRequired());
    assertEquals(17, model.stillNeeded(2));
    assertEquals(
        91,
        CountTarget.atLeastShareOf(
                org.ntmkit.core.quantity.Percentage.of(50), 182, LocalizedText.of("x", "x"))
            .getRequired());
    assertEquals(0, CountTarget.atLeast(5, LocalizedText.of("x", "x")).stillNeeded(7));
  }

  @Test
  void centralAllocationUsesQd07CoefficientsAndAddsUpToTheDong() {
    CentralAllocation a = CentralAllocation.qd07();
    CommuneFundingStatus weak =
        ImmutableCommuneFundingStatus.builder()
            .setCommuneCode("00001")
            .setCriteriaMet(12)
            .setNtm(false)
            .setSafeZone(false)
            .setExtremelyDifficult(false)
            .build();
    CommuneFundingStatus near =
        ImmutableCommuneFundingStatus.copyOf(weak).withCommuneCode("00002").withCriteriaMet(16);
    CommuneFundingStatus ntm =
        ImmutableCommuneFundingStatus.copyOf(weak)
            .withCommuneCode("00003")
            .withCriteriaMet(19)
            .withNtm(true);
    CommuneFundingStatus atk =
        ImmutableCommuneFundingStatus.copyOf(near).withCommuneCode("00004").withSafeZone(true);
    CommuneFundingStatus hard =
        ImmutableCommuneFundingStatus.copyOf(weak)
            .withCommuneCode("00005")
            .withExtremelyDifficult(true);
    assertEquals(new BigDecimal("5.0"), a.coefficient(weak));
    assertEquals(new BigDecimal("3.0"), a.coefficient(near));
    assertEquals(new BigDecimal("1.0"), a.coefficient(ntm));
    assertEquals(new BigDecimal("5.0"), a.coefficient(atk));
    assertEquals(BigDecimal.ZERO, a.coefficient(hard));
    // Toy example of the domain notes: weights 5 + 3 + 1 + 5 + 0 = 14; 1,000,000,001 đồng.
    List<Money> parts =
        a.allocate(Money.ofDong(1_000_000_001L), List.of(weak, near, ntm, atk, hard));
    assertEquals(Money.ofDong(1_000_000_001L), parts.stream().reduce(Money.ZERO, Money::plus));
    assertEquals(Money.ZERO, parts.get(4));
    // Quotas 357,142,857.5 / 214,285,714.5 / 71,428,571.5 / 357,142,857.5 / 0: floors leave 2 đồng,
    // all remainders tie, so the two earliest parts get one more each.
    assertEquals(
        List.of(
            Money.ofDong(357_142_858L),
            Money.ofDong(214_285_715L),
            Money.ofDong(71_428_571L),
            Money.ofDong(357_142_857L),
            Money.ZERO),
        parts);
  }

  @Test
  void the2026CoefficientIsTheHighestCategoryOnly() {
    assertEquals(
        new BigDecimal("50"),
        CentralAllocation.coefficient2026(
            List.of(
                CentralAllocation.Category2026.ZONE_I,
                CentralAllocation.Category2026.ZONE_III_SAFE_ZONE_BORDER_ISLAND_SPECIAL)));
    assertEquals(new BigDecimal("25"), CentralAllocation.coefficient2026(List.of()));
    assertTrue(CentralAllocation.qd07().parameters().get("qd07.coefficient.ntm").isPresent());
  }
}
