package org.ntmkit.core.io;

import org.immutables.value.Value;
import org.ntmkit.core.NtmStyle;

/**
 * Limits on what {@link NtmJson} reads, so an oversized or deeply nested document is rejected with
 * {@link ProblemCode#TOO_LARGE} or {@link ProblemCode#TOO_DEEP} instead of exhausting memory.
 *
 * <pre>{@code
 * NtmJson json = NtmJson.withLimits(ReadLimits.builder().setMaxDocumentBytes(1 << 20).build());
 * }</pre>
 */
@Value.Immutable
@NtmStyle
public interface ReadLimits {

  /** Largest document in bytes; default 256 MiB (every commune of Vietnam fits). */
  @Value.Default
  default long getMaxDocumentBytes() {
    return 256L << 20;
  }

  /** Deepest nesting of objects and arrays; default 64. */
  @Value.Default
  default int getMaxNestingDepth() {
    return 64;
  }

  /** Longest string value in characters; default 100,000. */
  @Value.Default
  default int getMaxStringLength() {
    return 100_000;
  }

  /** Longest number literal in characters; default 50. */
  @Value.Default
  default int getMaxNumberLength() {
    return 50;
  }

  /** Validation of the limits themselves. */
  @Value.Check
  default void check() {
    if (getMaxDocumentBytes() <= 0
        || getMaxNestingDepth() <= 0
        || getMaxStringLength() <= 0
        || getMaxNumberLength() <= 0) {
      throw new IllegalArgumentException("read limits must be positive: " + this);
    }
  }

  /**
   * The most integer digits, and the most decimals, of a number the SDK reads or evaluates: 30.
   * {@code 1E+999999999} is short to write and ruinous to compute with; JSON, CSV and values built
   * in code ({@link #isWithinDigits}) are held to the same bound.
   */
  int MAX_DIGITS = 30;

  /**
   * Whether a number has at most {@link #MAX_DIGITS} integer digits and decimals (decided from its
   * precision and scale, without expanding it).
   *
   * <pre>{@code
   * ReadLimits.isWithinDigits(new BigDecimal("37500000"));     // true
   * ReadLimits.isWithinDigits(new BigDecimal("1E+999999999")); // false
   * }</pre>
   */
  static boolean isWithinDigits(java.math.BigDecimal value) {
    return value.precision() - value.scale() <= MAX_DIGITS && value.scale() <= MAX_DIGITS;
  }

  /** The default limits. */
  static ReadLimits defaults() {
    return builder().build();
  }

  /** A new builder. */
  static ImmutableReadLimits.Builder builder() {
    return ImmutableReadLimits.builder();
  }
}
