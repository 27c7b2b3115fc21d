package org.ntmkit.rules.measurement;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;
import org.ntmkit.core.NtmStyle;
import org.ntmkit.core.io.InputProblem;
import org.ntmkit.core.io.InvalidInputException;
import org.ntmkit.core.quantity.Ratio;
import org.ntmkit.core.unit.CommuneGroup;
import org.ntmkit.core.unit.Region;
import org.ntmkit.rules.UnitLevel;

/**
 * What was measured for a district, town, province or village on a date — its own variables — and
 * its members (communes of a district; districts, towns and communes of a province), whose titles
 * the aggregation rules count.
 *
 * <pre>{@code
 * {"code": "448", "name": "Lộc Hà", "level": "DISTRICT", "region": "NORTH_CENTRAL_COAST",
 *  "date": "2020-12-31", "flags": {"district.c558.planning": true, …},
 *  "members": [{"code": "00001", "name": "…", "level": "COMMUNE", "titles": {"NTM": "MET"}}, …]}
 * }</pre>
 */
@Value.Immutable
@NtmStyle
@JsonSerialize(as = ImmutableUnitMeasurements.class)
@JsonDeserialize(as = ImmutableUnitMeasurements.class)
public interface UnitMeasurements extends WithUnitMeasurements {

  /** The unit's code. */
  @NotBlank
  String getCode();

  /** Its name. */
  @NotBlank
  String getName();

  /** Its level. */
  @NotNull
  UnitLevel getLevel();

  /** The region whose thresholds apply (the province's region). */
  Optional<Region> getRegion();

  /** The commune group, for a village evaluated against group thresholds. */
  Optional<CommuneGroup> getGroup();

  /** The date of the data and of the law applied. */
  @NotNull
  LocalDate getDate();

  /**
   * Numeric variables. (Values are never null: Guava's maps refuse null, and a JSON {@code null} is
   * rejected on reading with its path; so no per-value constraint for the validator to walk.)
   */
  ImmutableMap<String, BigDecimal> getNumbers();

  /** Yes/no variables. */
  ImmutableMap<String, Boolean> getFlags();

  /** Part-of-whole variables. */
  ImmutableMap<String, @Valid Ratio> getRatios();

  /** The member units. */
  ImmutableList<@NotNull @Valid Member> getMembers();

  /**
   * No member listed twice (a repeated member would count twice in every share).
   *
   * @throws InvalidInputException naming each repeat, {@code $.members[i].code}
   */
  @Value.Check
  default void checkNoRepeatedMember() {
    InputProblem.throwIfAny(
        InputProblem.duplicates("$.members", getMembers(), Member::getCode, ".code"));
  }

  /** A new builder. */
  static ImmutableUnitMeasurements.Builder builder() {
    return ImmutableUnitMeasurements.builder();
  }
}
