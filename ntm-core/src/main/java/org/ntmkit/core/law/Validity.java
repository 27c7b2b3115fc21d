package org.ntmkit.core.law;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * When a rule or value applies: from a first day, inclusive, to a first day it no longer applies,
 * exclusive, or with no end while in force — the one period rule of the SDK. A value type: compare
 * with {@link #equals}; an empty or reversed period cannot be made.
 *
 * <pre>{@code
 * Validity qd1980 = Validity.between(LocalDate.of(2016, 12, 1), LocalDate.of(2022, 3, 8));
 * qd1980.contains(LocalDate.of(2020, 12, 31));   // true
 * qd1980.contains(LocalDate.of(2022, 3, 8));     // false: the day QĐ 318 took over
 * Validity.from(LocalDate.of(2026, 2, 15)).overlaps(qd1980);  // false
 * }</pre>
 */
public final class Validity {

  private final LocalDate from;
  private final @Nullable LocalDate to;

  private Validity(LocalDate from, @Nullable LocalDate to) {
    Objects.requireNonNull(from, "from");
    if (to != null && !to.isAfter(from)) {
      throw new IllegalArgumentException("'to' must be after 'from': " + from + " – " + to);
    }
    this.from = from;
    this.to = to;
  }

  /** From a day on, with no end. */
  public static Validity from(LocalDate from) {
    return new Validity(from, null);
  }

  /**
   * From {@code from} (inclusive) to {@code to} (exclusive).
   *
   * @throws IllegalArgumentException unless {@code to} is after {@code from}
   */
  public static Validity between(LocalDate from, LocalDate to) {
    return new Validity(from, Objects.requireNonNull(to, "to"));
  }

  /**
   * From {@code from} to {@code to} if there is one.
   *
   * @throws IllegalArgumentException unless {@code to}, when present, is after {@code from}
   */
  public static Validity of(LocalDate from, Optional<LocalDate> to) {
    return new Validity(from, to.orElse(null));
  }

  /**
   * Whether {@code from}–{@code to} would be a period: {@code to} absent or after {@code from} (for
   * validation of documents, where either may still be missing).
   */
  public static boolean isPeriod(@Nullable LocalDate from, Optional<LocalDate> to) {
    return from == null || to.isEmpty() || to.get().isAfter(from);
  }

  /** The first day it applies. */
  public LocalDate from() {
    return from;
  }

  /** The first day it no longer applies; empty while in force. */
  public Optional<LocalDate> to() {
    return Optional.ofNullable(to);
  }

  /** Whether it applies on a day. */
  public boolean contains(LocalDate date) {
    return !date.isBefore(from) && (to == null || date.isBefore(to));
  }

  /** Whether the two periods share at least one day. */
  public boolean overlaps(Validity other) {
    boolean startsBeforeOtherEnds = other.to == null || from.isBefore(other.to);
    boolean otherStartsBeforeThisEnds = to == null || other.from.isBefore(to);
    return startsBeforeOtherEnds && otherStartsBeforeThisEnds;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof Validity v && from.equals(v.from) && Objects.equals(to, v.to);
  }

  @Override
  public int hashCode() {
    return Objects.hash(from, to);
  }

  /** E.g. {@code [2016-12-01, 2022-03-08)} or {@code [2026-02-15, …)}. */
  @Override
  public String toString() {
    return "[" + from + ", " + (to == null ? "…" : to) + ")";
  }
}
