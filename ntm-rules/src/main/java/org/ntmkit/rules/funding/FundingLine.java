package org.ntmkit.rules.funding;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.google.common.collect.ImmutableList;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.immutables.value.Value;
import org.ntmkit.core.LocalizedText;
import org.ntmkit.core.NtmStyle;
import org.ntmkit.core.quantity.Money;

/**
 * One source of mobilised capital in a breakdown, with its amount and its sub-sources (the state
 * budget splits into central and local; local into province, district, commune …).
 *
 * <p>JSON: {@code {"source": "stateBudget", "name": {"vi": "Ngân sách …", "en": "State budget …"},
 * "amount": 1695462000000, "children": [ … ]}}. Amounts are whole đồng. A province may use its own
 * source codes and lines.
 */
@Value.Immutable
@NtmStyle
@JsonSerialize(as = ImmutableFundingLine.class)
@JsonDeserialize(as = ImmutableFundingLine.class)
public interface FundingLine {

  /** A short code for the source, e.g. {@code "stateBudget.central"}. */
  @NotBlank
  String getSource();

  /** The source's name. */
  @NotNull
  @Valid
  LocalizedText getName();

  /** The amount, whole đồng, not negative. */
  @NotNull
  Money getAmount();

  /** Sub-sources; their amounts should add up to this line's. */
  ImmutableList<@NotNull @Valid FundingLine> getChildren();

  /** Validation: an amount is not negative. */
  @com.fasterxml.jackson.annotation.JsonIgnore
  @jakarta.validation.constraints.AssertTrue(
      message = "số tiền không được âm || an amount must not be negative")
  default boolean isAmountNotNegative() {
    return getAmount() == null || !getAmount().isNegative();
  }

  /** A line without sub-sources. */
  static FundingLine of(String source, LocalizedText name, Money amount) {
    return ImmutableFundingLine.builder().setSource(source).setName(name).setAmount(amount).build();
  }
}
