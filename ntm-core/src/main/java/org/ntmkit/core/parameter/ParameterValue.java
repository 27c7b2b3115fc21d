package org.ntmkit.core.parameter;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;
import org.ntmkit.core.NtmStyle;
import org.ntmkit.core.law.Dated;
import org.ntmkit.core.law.LegalReference;
import org.ntmkit.core.law.Provenance;
import org.ntmkit.core.law.Validity;
import org.ntmkit.core.unit.CommuneGroup;
import org.ntmkit.core.unit.Region;

/**
 * One value of a parameter of the law, valid over a period, for a region or commune group, with its
 * source.
 *
 * <p>The period is half-open: from {@link #getFrom()} inclusive until {@link #getTo()} exclusive
 * (absent = still in force). A value without a region applies to every region; without a group, to
 * every group.
 *
 * <p>JSON, the income threshold of the North Central Coast in 2020 (QĐ 1980/QĐ-TTg, criterion 10):
 *
 * <pre>{@code
 * {"value": 36000000, "from": "2020-01-01", "to": "2021-01-01",
 *  "region": "NORTH_CENTRAL_COAST",
 *  "ref": {"instrument": "1980/QĐ-TTg", "kind": "DECISION", "provision": "tiêu chí 10"},
 *  "provenance": "SECONDARY_SOURCE"}
 * }</pre>
 */
@Value.Immutable
@NtmStyle
@JsonSerialize(as = ImmutableParameterValue.class)
@JsonDeserialize(as = ImmutableParameterValue.class)
public interface ParameterValue extends Dated {

  /** The value, in the parameter's unit (percent, đồng, count, level …). */
  @NotNull
  @jakarta.validation.constraints.Digits(integer = 30, fraction = 30)
  BigDecimal getValue();

  /** The first day the value applies. */
  @NotNull
  LocalDate getFrom();

  /** The first day it no longer applies; absent while it is in force. */
  Optional<LocalDate> getTo();

  /** The region it applies to; absent = every region. */
  Optional<Region> getRegion();

  /** The commune group it applies to; absent = every group. */
  Optional<CommuneGroup> getGroup();

  /** The legal source of the value. */
  @NotNull
  @Valid
  LegalReference getRef();

  /** How sure the value is. */
  @NotNull
  Provenance getProvenance();

  /** A remark: a conflict between sources, why a value is inferred, … */
  Optional<String> getNote();

  /** Whether this value's period shares at least one day with another's. */
  default boolean overlaps(ParameterValue other) {
    return Validity.isPeriod(getFrom(), getTo())
        && Validity.isPeriod(other.getFrom(), other.getTo())
        && validity().overlaps(other.validity());
  }

  /** Whether two values apply to the same region and group (and so must not overlap in time). */
  default boolean sameScope(ParameterValue other) {
    return getRegion().equals(other.getRegion()) && getGroup().equals(other.getGroup());
  }

  /** A new builder. */
  static ImmutableParameterValue.Builder builder() {
    return ImmutableParameterValue.builder();
  }
}
