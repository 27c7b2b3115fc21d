package org.ntmkit.rules.measurement;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;
import org.ntmkit.core.NtmStyle;
import org.ntmkit.core.io.InputProblem;
import org.ntmkit.core.quantity.Ratio;
import org.ntmkit.core.unit.Commune;
import org.ntmkit.core.unit.District;

/**
 * What was measured in a commune on a date, as named variables that do not depend on any criteria
 * set; so the same data can be evaluated under QĐ 1980/QĐ-TTg and QĐ 318/QĐ-TTg alike.
 *
 * <p>JSON:
 *
 * <pre>{@code
 * {"commune": {"code": "00001", "name": "Tùng Ảnh", "provinceCode": "42", "region": "NORTH_CENTRAL_COAST"},
 *  "date": "2020-12-31",
 *  "numbers": {"income.perCapita": 37500000, "housing.temporaryHouses": 0},
 *  "flags": {"plan.approvedAndPublished": true},
 *  "ratios": {"villages.cultural": {"numerator": 7, "denominator": 10}},
 *  "designations": [], "inPoorDistrict": false}
 * }</pre>
 *
 * <p>A variable a set needs but the data lacks makes that indicator {@code UNDETERMINED}.
 */
@Value.Immutable
@NtmStyle
@JsonSerialize(as = ImmutableCommuneMeasurements.class)
@JsonDeserialize(as = ImmutableCommuneMeasurements.class)
public interface CommuneMeasurements extends WithCommuneMeasurements {

  /** The commune. */
  @NotNull
  @Valid
  Commune getCommune();

  /** The date of the data, which chooses the law in force. */
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

  /** Official designations (especially difficult, safe zone). */
  ImmutableSet<Designation> getDesignations();

  /** Whether the commune's district is poor or left poverty in 2018–2020 (QĐ 318/QĐ-TTg). */
  @Value.Default
  default boolean isInPoorDistrict() {
    return false;
  }

  /**
   * Validation: a commune names a district only for data dated before 01/07/2025, when districts
   * were abolished (two-tier local government; {@link District#ABOLISHED_ON}).
   */
  @JsonIgnore
  @AssertTrue(message = CrossFieldMessages.DISTRICT_AFTER_REFORM)
  default boolean isDistrictOnlyBeforeReform() {
    return getDate() == null
        || getCommune() == null
        || getDate().isBefore(District.ABOLISHED_ON)
        || getCommune().getDistrictCode().isEmpty();
  }

  /**
   * The poverty standard the poverty figures ({@code poverty.multidimensional}, {@code
   * poverty.poorHouseholds}) were measured under, when the data say; absent, the standard in force
   * on the date is assumed ({@link PovertyStandard#inForceOn}). JSON: {@code "povertyStandard":
   * "MULTIDIMENSIONAL_2022_2025"}.
   */
  Optional<PovertyStandard> getPovertyStandard();

  /**
   * Validation: a stated poverty standard is the one in force on the data's date — a 2027 rate
   * counted under the 2022–2025 standard is not compared with a 2026–2030 threshold.
   */
  @JsonIgnore
  @AssertTrue(message = CrossFieldMessages.POVERTY_STANDARD_NOT_IN_FORCE)
  default boolean isPovertyStandardInForce() {
    return getDate() == null
        || getPovertyStandard().isEmpty()
        || getPovertyStandard().get().appliesOn(getDate());
  }

  /**
   * The failed cross-field checks above as problems at the document's root ({@code $}), with the
   * messages the validator gives for a document read as JSON: evaluation runs them on values built
   * in code too, which no validator has seen.
   */
  default ImmutableList<InputProblem> crossFieldProblems() {
    ImmutableList.Builder<InputProblem> out = ImmutableList.builder();
    if (!isDistrictOnlyBeforeReform()) {
      out.add(CrossFieldMessages.problem(CrossFieldMessages.DISTRICT_AFTER_REFORM));
    }
    if (!isPovertyStandardInForce()) {
      out.add(CrossFieldMessages.problem(CrossFieldMessages.POVERTY_STANDARD_NOT_IN_FORCE));
    }
    return out.build();
  }

  /** A new builder. */
  static ImmutableCommuneMeasurements.Builder builder() {
    return ImmutableCommuneMeasurements.builder();
  }
}
