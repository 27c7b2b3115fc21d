package org.ntmkit.rules.catalog;

/** What a measured variable holds. */
public enum VariableKind {
  /** A number: an amount of money, a count, kilometres, a level. */
  NUMBER,
  /** A yes/no fact. */
  FLAG,
  /** A part of a whole (numerator and denominator). */
  RATIO
}
