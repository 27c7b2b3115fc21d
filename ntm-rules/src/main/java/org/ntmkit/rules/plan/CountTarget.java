package org.ntmkit.rules.plan;

import java.util.Optional;
import org.immutables.value.Value;
import org.ntmkit.core.LocalizedText;
import org.ntmkit.core.NtmStyle;
import org.ntmkit.core.Outcome;
import org.ntmkit.core.quantity.Percentage;

/**
 * A target of units: "at least n" or "at least x% of N", turned into a count rounded up (10% of 182
 * communes is 18.2, so 19).
 *
 * <pre>{@code
 * CountTarget model = CountTarget.atLeastShareOf(Percentage.of(10), 182, label); // 19 required
 * model.stillNeeded(2);  // 17
 * }</pre>
 */
@Value.Immutable
@NtmStyle
public interface CountTarget {

  /** What is counted. */
  LocalizedText getLabel();

  /** The units required. */
  long getRequired();

  /** The share it came from, for "x% of N" targets. */
  Optional<Percentage> getShare();

  /** "At least n units". */
  static CountTarget atLeast(long n, LocalizedText label) {
    return ImmutableCountTarget.builder().setLabel(label).setRequired(n).build();
  }

  /** "At least x% of N units": ⌈x·N/100⌉ units. */
  static CountTarget atLeastShareOf(Percentage share, long of, LocalizedText label) {
    return ImmutableCountTarget.builder()
        .setLabel(label)
        .setRequired(share.minimumCountOf(of))
        .setShare(share)
        .build();
  }

  /** How many more are needed (0 when met). */
  default long stillNeeded(long actual) {
    return Math.max(0, getRequired() - actual);
  }

  /** Whether the target is met. */
  default Outcome outcome(long actual) {
    return Outcome.of(actual >= getRequired());
  }
}
