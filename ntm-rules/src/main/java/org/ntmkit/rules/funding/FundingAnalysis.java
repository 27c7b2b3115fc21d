package org.ntmkit.rules.funding;

import com.google.common.collect.ImmutableList;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import org.ntmkit.core.LocalizedText;
import org.ntmkit.core.io.InputProblem;
import org.ntmkit.core.io.InvalidInputException;
import org.ntmkit.core.io.ProblemCode;
import org.ntmkit.core.quantity.Apportionment;
import org.ntmkit.core.quantity.Money;
import org.ntmkit.core.quantity.ShareRounding;

/**
 * Checks and shares of a {@link FundingBreakdown}.
 *
 * <pre>{@code
 * FundingAnalysis.discrepancies(breakdown);            // [] for the seed's 2020 row
 * FundingAnalysis.requireConsistent(breakdown);        // strict mode: InvalidInputException
 * FundingAnalysis.shares(breakdown, 1);                // 17.7 (7.6 + 10.1), 10.9, 57.7, 1.8, 10.3, 1.6
 * }</pre>
 *
 * <p>Shares are of the sum of the top-level lines, by largest remainder at every level: the top
 * level sums to exactly 100, and each line's sub-shares sum to exactly its own printed share (the
 * seed report prints 17,7% for the state budget and 7,6% + 10,1% for its central and local parts).
 */
public final class FundingAnalysis {

  private FundingAnalysis() {}

  /** Every place where parts do not add up to what is stated (empty when consistent). */
  public static ImmutableList<Discrepancy> discrepancies(FundingBreakdown b) {
    List<Discrepancy> out = new ArrayList<>();
    Money top = sum(b.getLines());
    if (!top.equals(b.getTotal())) {
      out.add(
          ImmutableDiscrepancy.builder()
              .setPath("$.total")
              .setStated(b.getTotal())
              .setSumOfParts(top)
              .build());
    }
    for (int i = 0; i < b.getLines().size(); i++) {
      check(b.getLines().get(i), "$.lines[" + i + "]", out);
    }
    return ImmutableList.copyOf(out);
  }

  private static void check(FundingLine line, String path, List<Discrepancy> out) {
    if (!line.getChildren().isEmpty()) {
      Money parts = sum(line.getChildren());
      if (!parts.equals(line.getAmount())) {
        out.add(
            ImmutableDiscrepancy.builder()
                .setPath(path + ".amount")
                .setStated(line.getAmount())
                .setSumOfParts(parts)
                .build());
      }
      for (int i = 0; i < line.getChildren().size(); i++) {
        check(line.getChildren().get(i), path + ".children[" + i + "]", out);
      }
    }
  }

  /**
   * Strict mode: a breakdown whose parts do not add up is an input error.
   *
   * @return the breakdown, when consistent
   * @throws InvalidInputException naming every discrepancy with its path
   */
  public static FundingBreakdown requireConsistent(FundingBreakdown b) {
    List<InputProblem> problems = new ArrayList<>();
    for (Discrepancy d : discrepancies(b)) {
      problems.add(
          InputProblem.of(
              d.getPath(),
              ProblemCode.INCONSISTENT,
              LocalizedText.of(
                  "tổng các phần (" + d.getSumOfParts().dong() + " đồng) khác số đã nêu",
                  "the parts add up to "
                      + d.getSumOfParts().dong()
                      + " VND, not the stated amount"),
              d.getStated().dong()));
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    return b;
  }

  /**
   * The printed shares at every level, in percent with {@code decimals} places.
   *
   * @param decimals 0 to 10
   * @return the shares; empty when every top-level amount is zero (no share of nothing)
   */
  public static ImmutableList<SourceShare> shares(FundingBreakdown b, int decimals) {
    List<BigDecimal> amounts = amounts(b.getLines());
    if (amounts.stream().allMatch(a -> a.signum() == 0)) {
      return ImmutableList.of();
    }
    ImmutableList<BigDecimal> top = ShareRounding.LARGEST_REMAINDER.shares(amounts, decimals);
    return build(b.getLines(), top, decimals);
  }

  private static ImmutableList<SourceShare> build(
      List<FundingLine> lines, List<BigDecimal> shares, int decimals) {
    ImmutableList.Builder<SourceShare> out = ImmutableList.builder();
    for (int i = 0; i < lines.size(); i++) {
      FundingLine line = lines.get(i);
      BigDecimal share = shares.get(i);
      List<BigDecimal> childShares = List.of();
      if (!line.getChildren().isEmpty()
          && amounts(line.getChildren()).stream().anyMatch(a -> a.signum() > 0)) {
        BigInteger units = share.movePointRight(decimals).toBigIntegerExact();
        childShares =
            Apportionment.largestRemainder(units, amounts(line.getChildren())).stream()
                .map(u -> new BigDecimal(u, decimals))
                .toList();
      }
      out.add(
          ImmutableSourceShare.builder()
              .setSource(line.getSource())
              .setName(line.getName())
              .setAmount(line.getAmount())
              .setShare(share)
              .addAllChildren(
                  childShares.isEmpty()
                      ? List.of()
                      : build(line.getChildren(), childShares, decimals))
              .build());
    }
    return out.build();
  }

  /**
   * Several breakdowns (years, units) added up source by source: lines with the same source code
   * are summed at every level, in the order first seen; totals are summed too.
   *
   * @param unit the combined unit's name
   * @param period the combined period, e.g. {@code "2016–2020"}
   * @throws IllegalArgumentException for an empty list
   */
  public static FundingBreakdown combine(String unit, String period, List<FundingBreakdown> parts) {
    if (parts.isEmpty()) {
      throw new IllegalArgumentException("nothing to combine");
    }
    Money total = Money.ZERO;
    List<FundingLine> lines = new ArrayList<>();
    for (FundingBreakdown b : parts) {
      total = total.plus(b.getTotal());
      lines = merge(lines, b.getLines());
    }
    return FundingBreakdown.builder()
        .setUnit(unit)
        .setPeriod(period)
        .setTotal(total)
        .addAllLines(lines)
        .build();
  }

  private static List<FundingLine> merge(List<FundingLine> into, List<FundingLine> more) {
    java.util.Map<String, FundingLine> bySource = new java.util.LinkedHashMap<>();
    into.forEach(l -> bySource.put(l.getSource(), l));
    for (FundingLine l : more) {
      FundingLine had = bySource.get(l.getSource());
      bySource.put(
          l.getSource(),
          had == null
              ? l
              : ImmutableFundingLine.copyOf(had)
                  .withAmount(had.getAmount().plus(l.getAmount()))
                  .withChildren(merge(had.getChildren(), l.getChildren())));
    }
    return new ArrayList<>(bySource.values());
  }

  private static List<BigDecimal> amounts(List<FundingLine> lines) {
    return lines.stream().map(l -> BigDecimal.valueOf(l.getAmount().dong())).toList();
  }

  private static Money sum(List<FundingLine> lines) {
    Money m = Money.ZERO;
    for (FundingLine l : lines) {
      m = m.plus(l.getAmount());
    }
    return m;
  }
}
