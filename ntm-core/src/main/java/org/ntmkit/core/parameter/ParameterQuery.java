package org.ntmkit.core.parameter;

import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;
import org.ntmkit.core.NtmStyle;
import org.ntmkit.core.unit.CommuneGroup;
import org.ntmkit.core.unit.Region;

/**
 * What a rule asks the parameters for: the date of the assessment and the commune's region and
 * group.
 *
 * <pre>{@code
 * ParameterQuery q = ParameterQuery.of(LocalDate.of(2020, 12, 31), Region.NORTH_CENTRAL_COAST);
 * }</pre>
 */
@Value.Immutable(prehash = true)
@NtmStyle
public interface ParameterQuery {

  /** The date whose law applies. */
  LocalDate getDate();

  /** The region whose column applies, if any. */
  Optional<Region> getRegion();

  /** The commune group whose column applies, if any. */
  Optional<CommuneGroup> getGroup();

  /** A query for a date and region (2016–2025 sets). */
  static ParameterQuery of(LocalDate date, Region region) {
    return ImmutableParameterQuery.builder().setDate(date).setRegion(region).build();
  }

  /** A query for a date and commune group (2026–2030 set). */
  static ParameterQuery of(LocalDate date, CommuneGroup group) {
    return ImmutableParameterQuery.builder().setDate(date).setGroup(group).build();
  }

  /** A new builder. */
  static ImmutableParameterQuery.Builder builder() {
    return ImmutableParameterQuery.builder();
  }
}
