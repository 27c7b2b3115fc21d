package org.ntmkit.core.explain;

import java.math.BigDecimal;

/** How a measured value is compared with the required one. */
public enum Comparison {
  /** ≥ — at least the required value ("tối thiểu", "từ … trở lên"). */
  AT_LEAST("≥"),
  /** ≤ — at most the required value (a poverty rate, "không quá"). */
  AT_MOST("≤"),
  /** &gt; — strictly more than the required value. */
  MORE_THAN(">"),
  /** &lt; — strictly less than the required value ("dưới"). */
  LESS_THAN("<"),
  /** = — equal to the required value. */
  EQUAL("=");

  private final String symbol;

  Comparison(String symbol) {
    this.symbol = symbol;
  }

  /** The mathematical symbol, e.g. {@code "≥"}. */
  public String symbol() {
    return symbol;
  }

  /**
   * Whether the required value is a lower bound ({@code ≥}, {@code >}): falling short means needing
   * more. For {@code ≤}, {@code <} and {@code =} it is false.
   */
  public boolean isLowerBound() {
    return this == AT_LEAST || this == MORE_THAN;
  }

  /** Whether {@code measured} satisfies this comparison against {@code required}, exactly. */
  public boolean test(BigDecimal measured, BigDecimal required) {
    return holds(measured.compareTo(required));
  }

  /**
   * Whether this comparison holds for the result of a {@code compareTo} between the measured and
   * the required value (negative, zero or positive), e.g. {@code ratio.compareTo(percentage)}.
   */
  public boolean holds(int comparisonResult) {
    switch (this) {
      case AT_LEAST:
        return comparisonResult >= 0;
      case AT_MOST:
        return comparisonResult <= 0;
      case MORE_THAN:
        return comparisonResult > 0;
      case LESS_THAN:
        return comparisonResult < 0;
      default:
        return comparisonResult == 0;
    }
  }
}
