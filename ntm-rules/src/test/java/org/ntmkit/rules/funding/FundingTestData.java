package org.ntmkit.rules.funding;

/** Shared seed data for tests in other packages. */
public final class FundingTestData {
  private FundingTestData() {}

  /** Capital mobilised in Hà Tĩnh in 2020 (seed §5). */
  public static FundingBreakdown haTinh2020() {
    return FundingTest.haTinh2020();
  }
}
