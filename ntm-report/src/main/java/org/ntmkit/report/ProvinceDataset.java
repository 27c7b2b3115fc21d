package org.ntmkit.report;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableListMultimap;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.Multimaps;
import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import org.ntmkit.core.LocalizedText;
import org.ntmkit.core.NtmStyle;
import org.ntmkit.core.io.InputProblem;
import org.ntmkit.core.io.InvalidInputException;
import org.ntmkit.core.law.LegalReference;
import org.ntmkit.core.unit.District;
import org.ntmkit.core.unit.Merger;
import org.ntmkit.core.unit.Province;
import org.ntmkit.ocop.portfolio.OcopProduct;
import org.ntmkit.rules.Title;
import org.ntmkit.rules.UnitLevel;
import org.ntmkit.rules.funding.FundingBreakdown;
import org.ntmkit.rules.measurement.Member;
import org.ntmkit.rules.measurement.UnitMeasurements;
import org.ntmkit.rules.plan.Plan;
import org.ntmkit.rules.recognition.RecognitionRecord;

/**
 * Everything about a province's year that is not a commune's measurements: its district-level
 * units, recognition decisions, district measurements, plans, village counts, OCOP products,
 * funding and targets. Read by {@code ntm report} next to a commune file.
 *
 * <p>Example: {@code ntm report --communes communes.json --province province.json}.
 */
@Value.Immutable
@NtmStyle
@JsonSerialize(as = ImmutableProvinceDataset.class)
@JsonDeserialize(as = ImmutableProvinceDataset.class)
public interface ProvinceDataset extends WithProvinceDataset {

  /** The province. */
  @NotNull
  @Valid
  Province getProvince();

  /** The report's date (end of the year reported). */
  @NotNull
  LocalDate getDate();

  /** The commune criteria set the communes are evaluated against, e.g. {@code qd-1980-2016}. */
  @NotBlank
  String getCommuneSet();

  /**
   * The district criteria set the district measurements are evaluated against; needed only with
   * district measurements (none after the two-tier reform of 01/07/2025).
   */
  Optional<
          @Pattern(
              regexp = "\\S+",
              message = "mã bộ tiêu chí không có khoảng trắng || a set id has no spaces")
          String>
      getDistrictSet();

  /** Where the data comes from, and whether it is synthetic. */
  @NotNull
  @Valid
  LegalReference getSource();

  /**
   * District-level units (districts, towns, provincial city); none for a date from 01/07/2025, when
   * districts were abolished (two-tier local government).
   */
  ImmutableList<@NotNull @Valid District> getDistricts();

  /** Validation: district measurements name the set they are evaluated against. */
  @JsonIgnore
  @AssertTrue(
      message =
          "cần districtSet khi có districtMeasurements || districtMeasurements need a districtSet")
  default boolean isDistrictSetGiven() {
    return getDistrictMeasurements().isEmpty() || getDistrictSet().isPresent();
  }

  /** Validation: no district level from 01/07/2025. */
  @JsonIgnore
  @AssertTrue(
      message =
          "từ 01/07/2025 không còn cấp huyện (chính quyền địa phương hai cấp): bỏ districts và"
              + " districtMeasurements || from 01/07/2025 there are no districts (two-tier local"
              + " government): leave out districts and districtMeasurements")
  default boolean isNoDistrictsAfterReform() {
    return getDate().isBefore(District.ABOLISHED_ON)
        || (getDistricts().isEmpty() && getDistrictMeasurements().isEmpty());
  }

  /**
   * Commune-level units formed by merger, with the resolution and the day (titles not inherited).
   */
  ImmutableList<@NotNull @Valid Merger> getMergers();

  /** Recognition decisions for communes and district-level units. */
  ImmutableList<@NotNull @Valid RecognitionRecord> getRecognitions();

  /** Each unit's recognition decisions, by unit code (computed once). */
  @Value.Lazy
  default ImmutableListMultimap<String, RecognitionRecord> recognitionsByUnit() {
    return Multimaps.index(getRecognitions(), RecognitionRecord::getUnitCode);
  }

  /**
   * A unit as a member of a district or the province, holding the titles its decisions give on the
   * dataset's date.
   */
  default Member member(String code, String name, UnitLevel level) {
    return Member.fromRecognitions(code, name, level, recognitionsByUnit().get(code), getDate());
  }

  /** District-level measurements (members are filled in from recognitions). */
  ImmutableList<@NotNull @Valid UnitMeasurements> getDistrictMeasurements();

  /** Plans for new recognitions in the year, by title. */
  ImmutableMap<Title, @NotNull @Valid Plan> getPlans();

  /** Village-level counts (model residential areas, model gardens). */
  ImmutableList<@NotNull @Valid VillageCount> getVillageCounts();

  /** Certified OCOP products. */
  ImmutableList<@NotNull @Valid OcopProduct> getOcopProducts();

  /** The plan for products certified in the year. */
  Optional<@Valid Plan> getOcopPlan();

  /** Capital mobilised in the year. */
  Optional<@Valid FundingBreakdown> getFunding();

  /** Share targets ("at least 10% of communes model"), with the count reached. */
  ImmutableList<@NotNull @Valid ShareTarget> getTargets();

  /**
   * Nothing counted twice: district, merger and district-measurement codes are unique, and no
   * recognition decision, OCOP product or target is listed twice (a unit holding a title by two
   * different decisions is counted once by the report).
   *
   * @throws InvalidInputException naming each repeat and the element it repeats
   */
  @Value.Check
  default void checkNoRepeats() {
    List<InputProblem> problems = new ArrayList<>();
    problems.addAll(
        InputProblem.duplicates("$.districts", getDistricts(), District::getCode, ".code"));
    problems.addAll(InputProblem.duplicates("$.mergers", getMergers(), Merger::getCode, ".code"));
    problems.addAll(InputProblem.duplicates("$.recognitions", getRecognitions(), r -> r, ""));
    problems.addAll(
        InputProblem.duplicates(
            "$.districtMeasurements",
            getDistrictMeasurements(),
            UnitMeasurements::getCode,
            ".code"));
    problems.addAll(InputProblem.duplicates("$.ocopProducts", getOcopProducts(), p -> p, ""));
    problems.addAll(InputProblem.duplicates("$.targets", getTargets(), t -> t, ""));
    InputProblem.throwIfAny(problems);
  }

  /** A new builder. */
  static ImmutableProvinceDataset.Builder builder() {
    return ImmutableProvinceDataset.builder();
  }

  /** A count at village level against a plan. */
  @Value.Immutable
  @NtmStyle
  @JsonSerialize(as = ImmutableVillageCount.class)
  @JsonDeserialize(as = ImmutableVillageCount.class)
  interface VillageCount {
    /** A new builder. */
    static ImmutableVillageCount.Builder builder() {
      return ImmutableVillageCount.builder();
    }

    /** What is counted. */
    @NotNull
    @Valid
    LocalizedText getLabel();

    /** Reached in the year. */
    @PositiveOrZero
    long getActual();

    /** Planned for the year. */
    Optional<@Valid Plan> getPlan();

    /** Reached since the programme began. */
    Optional<@PositiveOrZero Long> getCumulative();
  }

  /** "At least {@code percent}% of {@code of} units", and how many are reached. */
  @Value.Immutable
  @NtmStyle
  @JsonSerialize(as = ImmutableShareTarget.class)
  @JsonDeserialize(as = ImmutableShareTarget.class)
  interface ShareTarget {
    /** A new builder. */
    static ImmutableShareTarget.Builder builder() {
      return ImmutableShareTarget.builder();
    }

    /** What the target is about. */
    @NotNull
    @Valid
    LocalizedText getLabel();

    /** The share, in percent: more than 0, at most 100. */
    @NotNull
    @Positive
    @jakarta.validation.constraints.DecimalMax("100")
    BigDecimal getPercent();

    /** The number of units the share is of. */
    @Positive
    long getOf();

    /** Units reached so far. */
    @PositiveOrZero
    long getReached();
  }
}
