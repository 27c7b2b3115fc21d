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

  /** The default limits. */
  static ReadLimits defaults() {
    return builder().build();
  }

  /** A new builder. */
  static ImmutableReadLimits.Builder builder() {
    return ImmutableReadLimits.builder();
  }
}
