package org.ntmkit.rules.catalog;

/** Which way a variable improves: used to check that improving data never worsens a verdict. */
public enum Direction {
  /** More is better (income, coverage; {@code true} for a flag). */
  HIGHER_IS_BETTER,
  /** Less is better (poverty, stunting, temporary houses; {@code false} for a flag). */
  LOWER_IS_BETTER,
  /**
   * Neither: a condition that decides which indicator applies, or a historical baseline (the number
   * of schools, whether a market is planned, the income at recognition).
   */
  NONE
}
