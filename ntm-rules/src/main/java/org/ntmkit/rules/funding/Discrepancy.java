package org.ntmkit.rules.funding;

import org.immutables.value.Value;
import org.ntmkit.core.NtmStyle;
import org.ntmkit.core.quantity.Money;

/** A place where the parts of a breakdown do not add up to what is stated. */
@Value.Immutable
@NtmStyle
public interface Discrepancy {

  /** Where: {@code $.total} or {@code $.lines[0].amount}. */
  String getPath();

  /** What is stated there. */
  Money getStated();

  /** What the parts add up to. */
  Money getSumOfParts();

  /** Parts minus stated: positive when the parts exceed it. */
  default Money difference() {
    return getSumOfParts().minus(getStated());
  }
}
