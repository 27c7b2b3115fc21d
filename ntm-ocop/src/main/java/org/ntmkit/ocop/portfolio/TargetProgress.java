package org.ntmkit.ocop.portfolio;

import org.immutables.value.Value;
import org.ntmkit.core.LocalizedText;
import org.ntmkit.core.NtmStyle;
import org.ntmkit.core.Outcome;

/** Progress on one line of a {@link PortfolioTarget}: required, actual, still needed. */
@Value.Immutable
@NtmStyle
public interface TargetProgress {

  /** What is counted ("sản phẩm 4 sao" / "4-star products"). */
  LocalizedText getItem();

  /** The number required. */
  long getRequired();

  /** The number reached. */
  long getActual();

  /** How many more are needed (0 when met). */
  default long stillNeeded() {
    return Math.max(0, getRequired() - getActual());
  }

  /** Whether the line is met. */
  default Outcome outcome() {
    return Outcome.of(getActual() >= getRequired());
  }
}
