package org.ntmkit.rules.funding;

import com.google.common.collect.ImmutableList;
import java.math.BigDecimal;
import org.immutables.value.Value;
import org.ntmkit.core.LocalizedText;
import org.ntmkit.core.NtmStyle;
import org.ntmkit.core.quantity.Money;

/** A source's amount and its printed share of the whole, with its sub-sources'. */
@Value.Immutable
@NtmStyle
public interface SourceShare {

  /** The source code. */
  String getSource();

  /** Its name. */
  LocalizedText getName();

  /** Its amount. */
  Money getAmount();

  /** Its share of the whole, in percent, rounded as asked (e.g. {@code 17.7}). */
  BigDecimal getShare();

  /** Its sub-sources; their shares add up to exactly this share. */
  ImmutableList<SourceShare> getChildren();
}
