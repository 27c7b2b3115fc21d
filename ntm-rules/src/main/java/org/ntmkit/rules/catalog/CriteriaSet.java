package org.ntmkit.rules.catalog;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.google.common.collect.ImmutableList;
import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;
import org.ntmkit.core.LocalizedText;
import org.ntmkit.core.NtmStyle;
import org.ntmkit.core.law.Dated;
import org.ntmkit.core.law.LegalReference;
import org.ntmkit.core.law.Provenance;
import org.ntmkit.core.parameter.Parameter;
import org.ntmkit.rules.Title;
import org.ntmkit.rules.UnitLevel;

/**
 * A commune criteria set as data, one per instrument and tier (e.g. {@code qd-1980-2016}: the 19
 * criteria of QĐ 1980/QĐ-TTg for NTM communes, in force 01/12/2016–07/03/2022), with its thresholds
 * as dated parameters per region or group, each with its legal reference and provenance. Values no
 * public source gives are declared in {@link #getMissingParameters()} and have none.
 */
@Value.Immutable
@NtmStyle
@JsonSerialize(as = ImmutableCriteriaSet.class)
@JsonDeserialize(as = ImmutableCriteriaSet.class)
public interface CriteriaSet extends Dated, WithCriteriaSet {

  /** A stable identifier, e.g. {@code "qd-1980-2016"}. */
  @NotBlank
  String getId();

  /** Criteria of a title, or further recognition conditions. */
  @Value.Default
  default SetPurpose getPurpose() {
    return SetPurpose.CRITERIA;
  }

  /** The level of unit the set is for; default commune. */
  @Value.Default
  default UnitLevel getLevel() {
    return UnitLevel.COMMUNE;
  }

  /**
   * The province the set is limited to (a province's own set, e.g. Hà Tĩnh's pilot); absent for
   * national sets. Such sets are evaluated by name, never chosen as "the set in force".
   */
  Optional<@org.ntmkit.core.unit.ProvinceCode String> getProvinceCode();

  /** The title the set is for. */
  @NotNull
  Title getTitle();

  /** The set's name. */
  @NotNull
  @Valid
  LocalizedText getLabel();

  /** The instrument that issued it. */
  @NotNull
  @Valid
  LegalReference getRef();

  /** How sure its structure is. */
  @NotNull
  Provenance getProvenance();

  /** The first day it applies. */
  @NotNull
  LocalDate getFrom();

  /** The first day it no longer applies; absent while in force. */
  Optional<LocalDate> getTo();

  /** Regions or commune groups. */
  @Value.Default
  default ThresholdAxis getAxis() {
    return ThresholdAxis.REGION;
  }

  /** The title a commune must reach first (advanced requires NTM; model requires advanced). */
  Optional<Title> getRequires();

  /**
   * Whether especially difficult and safe-zone communes in poor districts (or districts that left
   * poverty in 2018–2020) use the Northern Midlands and Mountains thresholds (QĐ 318/QĐ-TTg).
   */
  @Value.Default
  default boolean isDifficultCommunesUseNmm() {
    return false;
  }

  /** Criteria whose loss weighs in revocation (income, environment, defence …). */
  ImmutableList<String> getKeyCriteria();

  /** The criteria. */
  @NotEmpty
  ImmutableList<@NotNull @Valid Criterion> getCriteria();

  /** The thresholds known, as dated parameters. */
  ImmutableList<@NotNull @Valid Parameter> getParameters();

  /** Thresholds the set needs that no public source gives. */
  ImmutableList<@NotNull @Valid MissingParameter> getMissingParameters();

  /**
   * How many indicators the instrument has, where a source gives the count (47 for QĐ
   * 51/2025/QĐ-TTg Phụ lục I; 57 and 75 for QĐ 318/QĐ-TTg's NTM and advanced sets): what {@code
   * NtmRules.completeness} compares the encoded indicators with. Absent when no source gives it.
   */
  Optional<@Positive Integer> getIndicatorsInLaw();

  /** A remark on sources and gaps. */
  Optional<String> getNote();

  /** Validation: criterion numbers, indicator ids and parameter ids are unique. */
  @JsonIgnore
  @AssertTrue(
      message =
          "số tiêu chí, mã chỉ tiêu hoặc mã tham số bị trùng || a criterion number, indicator id"
              + " or parameter id appears twice")
  default boolean isIdsUnique() {
    Set<String> criteria = new HashSet<>();
    Set<String> indicators = new HashSet<>();
    for (Criterion c : getCriteria()) {
      if (c == null) {
        continue;
      }
      if (!criteria.add(c.getNumber())) {
        return false;
      }
      for (Indicator i : Indicator.flatten(c.getIndicators())) {
        if (!indicators.add(i.getId())) {
          return false;
        }
      }
    }
    Set<String> params = new HashSet<>();
    for (Parameter p : getParameters()) {
      if (p != null && !params.add(p.getId())) {
        return false;
      }
    }
    for (MissingParameter p : getMissingParameters()) {
      if (p != null && !params.add(p.getId())) {
        return false;
      }
    }
    return true;
  }

  /** The criterion with a number. */
  default Optional<Criterion> criterion(String number) {
    return getCriteria().stream().filter(c -> c.getNumber().equals(number)).findFirst();
  }
}
