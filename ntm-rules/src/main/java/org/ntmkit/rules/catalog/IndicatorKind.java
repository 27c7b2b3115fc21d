package org.ntmkit.rules.catalog;

/** How an indicator decides: the {@code "kind"} of an {@link Indicator} in JSON. */
public enum IndicatorKind {
  /** A ratio variable compared with a percentage parameter ("≥ 70% of villages"). */
  RATIO,
  /** A number compared with a parameter (income ≥ 36 million VND, ≥ 1 play spot, level ≥ 2). */
  NUMBER,
  /** A yes/no fact that must have the expected value ("đạt"). */
  FLAG,
  /**
   * A number compared with a parameter times another variable (income ≥ 1.5 × the income at NTM
   * recognition).
   */
  MULTIPLE_OF_VARIABLE,
  /**
   * A number compared with a parameter times another parameter (income ≥ 1.1 × the advanced
   * threshold).
   */
  MULTIPLE_OF_PARAMETER,
  /**
   * The share of member units holding a title, compared with a percentage ("100% of communes NTM",
   * "≥ 20% of districts advanced"); for districts, towns and provinces.
   */
  MEMBER_SHARE,
  /**
   * The number of member units holding a title, compared with a count ("≥ 3 advanced districts").
   */
  MEMBER_COUNT,
  /** Every part must be met. */
  ALL_OF,
  /** One part is enough. */
  ANY_OF
}
