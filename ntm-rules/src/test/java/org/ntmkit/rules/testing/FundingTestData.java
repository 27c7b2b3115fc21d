package org.ntmkit.rules.testing;

import org.ntmkit.core.LocalizedText;
import org.ntmkit.core.quantity.Money;
import org.ntmkit.rules.funding.FundingBreakdown;
import org.ntmkit.rules.funding.FundingLine;
import org.ntmkit.rules.funding.ImmutableFundingBreakdown;
import org.ntmkit.rules.funding.ImmutableFundingLine;

/** Shared seed data for tests in other packages. */
public final class FundingTestData {
  private FundingTestData() {}

  /** Capital mobilised in Hà Tĩnh in 2020, million VND (seed §5). */
  public static FundingBreakdown haTinh2020() {
    FundingLine state =
        ImmutableFundingLine.copyOf(
                line(
                    "stateBudget",
                    "Ngân sách trực tiếp thực hiện Chương trình",
                    "State budget directly for the programme",
                    1_695_462))
            .withChildren(
                line("stateBudget.central", "Ngân sách trung ương", "Central budget", 724_690),
                line(
                    "stateBudget.local",
                    "Ngân sách địa phương (tỉnh, huyện, xã)",
                    "Local budget",
                    970_772));
    return ImmutableFundingBreakdown.builder()
        .setUnit("Hà Tĩnh")
        .setPeriod("2020")
        .setTotal(Money.ofMillions(9_578_694))
        .addLines(
            state,
            line("integrated", "Vốn lồng ghép", "Integrated capital", 1_040_924),
            line("credit", "Vốn tín dụng", "Credit", 5_525_307),
            line("enterprises", "Vốn doanh nghiệp", "Enterprises", 170_251),
            line("community", "Cộng đồng dân cư", "Community contributions", 988_261),
            line("other", "Huy động khác (tài trợ, đỡ đầu…)", "Other (sponsorship…)", 158_489))
        .build();
  }

  private static FundingLine line(String source, String vi, String en, long millions) {
    return FundingLine.of(source, LocalizedText.of(vi, en), Money.ofMillions(millions));
  }
}
