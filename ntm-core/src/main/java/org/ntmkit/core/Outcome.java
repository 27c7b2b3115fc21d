package org.ntmkit.core;

/**
 * The verdict on an indicator, a criterion or a title: met, not met, or cannot tell yet.
 *
 * <p>{@code UNDETERMINED} means a measurement or a parameter of the law is missing; it is never a
 * silent pass or fail. Outcomes combine by Kleene's strong three-valued logic:
 *
 * <pre>{@code
 * Outcome.allOf(List.of(MET, UNDETERMINED));      // UNDETERMINED
 * Outcome.allOf(List.of(MET, NOT_MET, UNDETERMINED)); // NOT_MET: one failure decides
 * Outcome.anyOf(List.of(NOT_MET, MET));           // MET
 * }</pre>
 *
 * <p>Legal basis of "all of": a commune is recognised when every criterion of the set is met (QĐ
 * 1980/QĐ-TTg for 2016–2020, QĐ 318/QĐ-TTg for 2021–2025).
 */
public enum Outcome {
  /** Đạt — the standard is met. */
  MET(LocalizedText.of("Đạt", "Met")),
  /** Chưa đạt — the standard is not met. */
  NOT_MET(LocalizedText.of("Chưa đạt", "Not met")),
  /** Chưa xác định — a measurement or a parameter is missing. */
  UNDETERMINED(LocalizedText.of("Chưa xác định", "Undetermined"));

  private final LocalizedText label;

  Outcome(LocalizedText label) {
    this.label = label;
  }

  /** The label in Vietnamese and English ("Đạt" / "Met"). */
  public LocalizedText label() {
    return label;
  }

  /** {@code MET} when the condition holds, otherwise {@code NOT_MET}. */
  public static Outcome of(boolean met) {
    return met ? MET : NOT_MET;
  }

  /** Kleene conjunction: {@code NOT_MET} dominates, then {@code UNDETERMINED}. */
  public Outcome and(Outcome other) {
    if (this == NOT_MET || other == NOT_MET) {
      return NOT_MET;
    }
    if (this == UNDETERMINED || other == UNDETERMINED) {
      return UNDETERMINED;
    }
    return MET;
  }

  /** Kleene disjunction: {@code MET} dominates, then {@code UNDETERMINED}. */
  public Outcome or(Outcome other) {
    if (this == MET || other == MET) {
      return MET;
    }
    if (this == UNDETERMINED || other == UNDETERMINED) {
      return UNDETERMINED;
    }
    return NOT_MET;
  }

  /** Kleene negation: swaps {@code MET} and {@code NOT_MET}, keeps {@code UNDETERMINED}. */
  public Outcome not() {
    switch (this) {
      case MET:
        return NOT_MET;
      case NOT_MET:
        return MET;
      default:
        return UNDETERMINED;
    }
  }

  /** All of the parts: {@code MET} for no parts (the identity of conjunction). */
  public static Outcome allOf(Iterable<Outcome> parts) {
    Outcome result = MET;
    for (Outcome part : parts) {
      result = result.and(part);
    }
    return result;
  }

  /** Any of the parts: {@code NOT_MET} for no parts (the identity of disjunction). */
  public static Outcome anyOf(Iterable<Outcome> parts) {
    Outcome result = NOT_MET;
    for (Outcome part : parts) {
      result = result.or(part);
    }
    return result;
  }
}
