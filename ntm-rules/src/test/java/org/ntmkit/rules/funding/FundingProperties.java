package org.ntmkit.rules.funding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.Size;
import org.ntmkit.core.LocalizedText;
import org.ntmkit.core.quantity.Money;

class FundingProperties {

  private static CommuneFundingStatus status(int i, int criteria, boolean ntm) {
    return ImmutableCommuneFundingStatus.builder()
        .setCommuneCode(String.format(java.util.Locale.ROOT, "%05d", i))
        .setCriteriaMet(criteria)
        .setNtm(ntm)
        .setSafeZone(false)
        .setExtremelyDifficult(false)
        .build();
  }

  @Property(tries = 300)
  void allocationPartsAlwaysSumToTheTotalAndAreMonotoneInCoefficients(
      @ForAll @LongRange(min = 0, max = 1_000_000_000_000_000L) long total,
      @ForAll @Size(min = 1, max = 60) List<@IntRange(min = 0, max = 19) Integer> criteria) {
    List<CommuneFundingStatus> communes = new ArrayList<>();
    for (int i = 0; i < criteria.size(); i++) {
      communes.add(status(i, criteria.get(i), criteria.get(i) == 19));
    }
    CentralAllocation a = CentralAllocation.qd07();
    List<Money> parts = a.allocate(Money.ofDong(total), communes);
    assertEquals(Money.ofDong(total), parts.stream().reduce(Money.ZERO, Money::plus));
    for (int i = 0; i < communes.size(); i++) {
      for (int j = 0; j < communes.size(); j++) {
        if (a.coefficient(communes.get(i)).compareTo(a.coefficient(communes.get(j))) > 0) {
          assertTrue(parts.get(i).compareTo(parts.get(j)) >= 0);
        }
      }
    }
  }

  @Property(tries = 300)
  void breakdownSharesSumTo100AtTheTopAndToTheParentAtEveryLevel(
      @ForAll @Size(min = 1, max = 8)
          List<@Size(min = 0, max = 4) List<@LongRange(min = 0, max = 10_000_000) Long>> tree) {
    List<FundingLine> lines = new ArrayList<>();
    for (int i = 0; i < tree.size(); i++) {
      List<Long> kids = tree.get(i);
      long sum = kids.stream().mapToLong(Long::longValue).sum();
      long amount = kids.isEmpty() ? 1 + i : sum;
      ImmutableFundingLine.Builder b =
          ImmutableFundingLine.builder()
              .setSource("s" + i)
              .setName(LocalizedText.of("x", "x"))
              .setAmount(Money.ofMillions(amount));
      for (int k = 0; k < kids.size(); k++) {
        b.addChildren(
            FundingLine.of(
                "s" + i + "." + k, LocalizedText.of("y", "y"), Money.ofMillions(kids.get(k))));
      }
      lines.add(b.build());
    }
    Assume.that(lines.stream().anyMatch(l -> !l.getAmount().equals(Money.ZERO)));
    FundingBreakdown b =
        ImmutableFundingBreakdown.builder()
            .setUnit("u")
            .setPeriod("p")
            .setTotal(lines.stream().map(FundingLine::getAmount).reduce(Money.ZERO, Money::plus))
            .addAllLines(lines)
            .build();
    assertEquals(List.of(), FundingAnalysis.discrepancies(b));
    List<SourceShare> shares = FundingAnalysis.shares(b, 1);
    assertEquals(
        0,
        shares.stream()
            .map(SourceShare::getShare)
            .reduce(BigDecimal.ZERO, BigDecimal::add)
            .compareTo(BigDecimal.valueOf(100)));
    for (SourceShare s : shares) {
      if (!s.getChildren().isEmpty()) {
        assertEquals(
            0,
            s.getChildren().stream()
                .map(SourceShare::getShare)
                .reduce(BigDecimal.ZERO, BigDecimal::add)
                .compareTo(s.getShare()));
      }
    }
  }
}
