package org.ntmkit.examples;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.google.common.collect.ImmutableList;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import org.immutables.value.Value;
import org.ntmkit.core.LocalizedText;
import org.ntmkit.core.NtmStyle;
import org.ntmkit.core.law.LegalReference;
import org.ntmkit.core.quantity.Money;
import org.ntmkit.core.unit.Province;

/**
 * The bundled Hà Tĩnh 2020 figures that the placeholder report prints: per-criterion counts of
 * communes and the funding row, as given by the seed report. (The full report, computed from
 * per-commune data, replaces this once the commune evaluator exists.)
 */
@Value.Immutable
@NtmStyle
@JsonSerialize(as = ImmutableProvinceSummary.class)
@JsonDeserialize(as = ImmutableProvinceSummary.class)
interface ProvinceSummary {

  @NotNull
  @Valid
  Province getProvince();

  @NotNull
  @Valid
  LegalReference getSource();

  @Positive
  int getCommunes();

  @NotEmpty
  ImmutableList<@NotNull @Valid CriterionCount> getCriteria();

  @NotEmpty
  ImmutableList<@NotNull @Valid FundingLine> getFunding();

  /** Communes meeting one criterion. */
  @Value.Immutable
  @NtmStyle
  @JsonSerialize(as = ImmutableCriterionCount.class)
  @JsonDeserialize(as = ImmutableCriterionCount.class)
  interface CriterionCount {
    @Positive
    int getNumber();

    @NotNull
    @Valid
    LocalizedText getName();

    @PositiveOrZero
    int getCommunesMeeting();
  }

  /** One source of mobilised capital. */
  @Value.Immutable
  @NtmStyle
  @JsonSerialize(as = ImmutableFundingLine.class)
  @JsonDeserialize(as = ImmutableFundingLine.class)
  interface FundingLine {
    @NotNull
    @Valid
    LocalizedText getName();

    @NotNull
    Money getAmount();
  }
}
