package org.ntmkit.rules.funding;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.google.common.collect.ImmutableList;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import org.immutables.value.Value;
import org.ntmkit.core.NtmStyle;
import org.ntmkit.core.quantity.Money;

/**
 * The capital mobilised by a unit over a period, by source, as reported: a stated total and a tree
 * of lines.
 *
 * <p>JSON: {@code {"unit": "Hà Tĩnh", "period": "2020", "total": 9578694000000, "lines": [ … ]}}.
 * Reading a report whose parts do not add up is not an error; {@link FundingAnalysis} states the
 * discrepancies, or rejects them in strict mode.
 */
@Value.Immutable
@NtmStyle
@JsonSerialize(as = ImmutableFundingBreakdown.class)
@JsonDeserialize(as = ImmutableFundingBreakdown.class)
public interface FundingBreakdown {

  /** The unit (province, commune …). */
  @NotBlank
  String getUnit();

  /** The period, e.g. {@code "2020"} or {@code "2021–2025"}. */
  @NotBlank
  String getPeriod();

  /** The stated total. */
  @NotNull
  Money getTotal();

  /** The top-level sources. */
  @NotEmpty
  ImmutableList<@NotNull @Valid FundingLine> getLines();

  /** A new builder. */
  static ImmutableFundingBreakdown.Builder builder() {
    return ImmutableFundingBreakdown.builder();
  }
}
