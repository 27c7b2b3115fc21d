package org.ntmkit.rules.funding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;
import org.ntmkit.core.LocalizedText;
import org.ntmkit.core.io.InvalidInputException;
import org.ntmkit.core.io.NtmJson;
import org.ntmkit.core.io.ProblemCode;
import org.ntmkit.core.quantity.Money;
import org.ntmkit.rules.testing.FundingTestData;

/**
 * Issue #15, class 4: funding sums overflowed {@code long} as an exception, and all-zero funding
 * failed without explanation. Parts that add up past what {@link Money} holds are input out of
 * range at the list's path; the shares of nothing are none.
 */
class FundingLimitsTest {

  private static FundingLine line(String source, long dong) {
    return FundingLine.of(source, LocalizedText.of(source, source), Money.ofDong(dong));
  }

  /**
   * Any amounts: either the breakdown builds and its discrepancies are computed without an
   * exception, or it is rejected as OUT_OF_RANGE at {@code $.lines} — exactly when the amounts add
   * up past {@code Long.MAX_VALUE}.
   */
  @Property(tries = 300)
  void sumsNeverOverflowTheyAreInRangeOrRejected(
      @ForAll @Size(min = 1, max = 4)
          List<@LongRange(min = 0, max = Long.MAX_VALUE) Long> amounts) {
    java.math.BigInteger sum = java.math.BigInteger.ZERO;
    var b = ImmutableFundingBreakdown.builder().setUnit("X").setPeriod("2020").setTotal(Money.ZERO);
    for (int i = 0; i < amounts.size(); i++) {
      b.addLines(line("s" + i, amounts.get(i)));
      sum = sum.add(java.math.BigInteger.valueOf(amounts.get(i)));
    }
    if (sum.bitLength() > 63) {
      InvalidInputException e = assertThrows(InvalidInputException.class, b::build);
      assertEquals("$.lines", e.getProblems().get(0).getPath());
      assertEquals(ProblemCode.OUT_OF_RANGE, e.getProblems().get(0).getCode());
    } else {
      FundingBreakdown f = b.build();
      List<Discrepancy> d = FundingAnalysis.discrepancies(f);
      assertEquals(sum.signum() != 0, !d.isEmpty(), "the stated 0 differs from a non-zero sum");
    }
  }

  @Test
  void anOverflowingDocumentIsRejectedWithThePathOfTheChildren() {
    String json =
        "{\"unit\":\"X\",\"period\":\"2020\",\"total\":1,\"lines\":[{\"source\":\"a\",\"name\":{\"vi\":\"a\",\"en\":\"a\"},"
            + "\"amount\":1,\"children\":["
            + "{\"source\":\"a.1\",\"name\":{\"vi\":\"b\",\"en\":\"b\"},\"amount\":9223372036854775807},"
            + "{\"source\":\"a.2\",\"name\":{\"vi\":\"c\",\"en\":\"c\"},\"amount\":9223372036854775807}]}]}";
    InvalidInputException e =
        assertThrows(
            InvalidInputException.class,
            () -> NtmJson.defaults().read(json, FundingBreakdown.class));
    assertEquals("$.lines[0].children", e.getProblems().get(0).getPath());
  }

  @Test
  void allZeroFundingHasNoSharesRatherThanAFailure() {
    FundingBreakdown zero =
        ImmutableFundingBreakdown.builder()
            .setUnit("X")
            .setPeriod("2020")
            .setTotal(Money.ZERO)
            .addLines(line("a", 0), line("b", 0))
            .build();
    assertTrue(FundingAnalysis.shares(zero, 1).isEmpty());
    assertTrue(FundingAnalysis.discrepancies(zero).isEmpty());
    // Seed §5 stays as it was.
    assertEquals(6, FundingAnalysis.shares(FundingTestData.haTinh2020(), 1).size());
  }
}
