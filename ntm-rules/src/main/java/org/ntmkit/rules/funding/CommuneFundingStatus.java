package org.ntmkit.rules.funding;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import java.math.BigDecimal;
import java.util.Optional;
import org.immutables.value.Value;
import org.ntmkit.core.NtmStyle;
import org.ntmkit.core.unit.CommuneCode;

/**
 * What QĐ 07/2022/QĐ-TTg needs to know of a commune at the end of 2021 to weight its share of the
 * central budget, plus any coefficient from the components whose values are NOT FOUND (district,
 * priority province), given explicitly.
 */
@Value.Immutable
@NtmStyle
@JsonSerialize(as = ImmutableCommuneFundingStatus.class)
@JsonDeserialize(as = ImmutableCommuneFundingStatus.class)
public interface CommuneFundingStatus {

  /** The commune. */
  @NotNull
  @CommuneCode
  String getCommuneCode();

  /** Criteria met (0–19). */
  @PositiveOrZero
  @Max(19)
  int getCriteriaMet();

  /** Recognised NTM. */
  boolean isNtm();

  /** A safe-zone (an toàn khu) commune. */
  boolean isSafeZone();

  /** An especially difficult commune (excluded from this component). */
  boolean isExtremelyDifficult();

  /** A further coefficient to add, for components the SDK does not know; absent = none. */
  Optional<@PositiveOrZero BigDecimal> getAdditionalCoefficient();
}
