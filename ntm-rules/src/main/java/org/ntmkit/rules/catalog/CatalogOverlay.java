package org.ntmkit.rules.catalog;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.google.common.collect.ImmutableList;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.util.Optional;
import org.immutables.value.Value;
import org.ntmkit.core.LocalizedText;
import org.ntmkit.core.NtmStyle;
import org.ntmkit.core.parameter.ParameterOverlay;

/**
 * A province's additions to the national sets, as data: values where the national set delegates
 * them or is stricter (a {@link ParameterOverlay}, by region or commune group), the variables its
 * own indicators read, indicators added to an existing criterion, and whole criteria. This is how a
 * province that holds the official text of QĐ 51/2025/QĐ-TTg Phụ lục I encodes its indicators.
 * Everything is checked when applied ({@code NtmRules.withOverlay}): unknown sets and criteria,
 * repeated names and ids, and an indicator whose comparison contradicts its variable's direction
 * are rejected with their paths.
 *
 * <p>The bundled example, {@code overlays/ha-tinh-2021-2025.json}, adds the requirements the Hà
 * Tĩnh 2020 report names for advanced and model communes in 2021–2025.
 */
@Value.Immutable
@NtmStyle
@JsonSerialize(as = ImmutableCatalogOverlay.class)
@JsonDeserialize(as = ImmutableCatalogOverlay.class)
public interface CatalogOverlay {

  /** A short identifier. */
  @NotBlank
  String getId();

  /** What it is. */
  @NotNull
  @Valid
  LocalizedText getLabel();

  /** Values replacing or adding to the sets' parameters. */
  Optional<@Valid ParameterOverlay> getParameters();

  /**
   * Variables the added indicators read, beside the bundled ones: each with its kind, unit,
   * direction and labels. A name the catalog already has is rejected.
   */
  ImmutableList<@NotNull @Valid Variable> getVariables();

  /** Criteria added to sets (a criterion with the number of an existing one replaces it). */
  ImmutableList<@NotNull @Valid CriterionAddition> getAdditions();

  /** Indicators added to existing criteria, e.g. the indicators of QĐ 51/2025 a province holds. */
  ImmutableList<@NotNull @Valid IndicatorAddition> getIndicators();

  /** A criterion added to a set, with the parameters it needs. */
  @Value.Immutable
  @NtmStyle
  @JsonSerialize(as = ImmutableCriterionAddition.class)
  @JsonDeserialize(as = ImmutableCriterionAddition.class)
  interface CriterionAddition {

    /** The set it is added to. */
    @NotBlank
    String getSetId();

    /** The criterion. */
    @NotNull
    @Valid
    Criterion getCriterion();
  }

  /**
   * Indicators added to an existing criterion of a set. The criterion stays "indicators not all
   * known" (so never met) unless {@code indicatorsComplete} says the province's text gives all.
   */
  @Value.Immutable
  @NtmStyle
  @JsonSerialize(as = ImmutableIndicatorAddition.class)
  @JsonDeserialize(as = ImmutableIndicatorAddition.class)
  interface IndicatorAddition {

    /** The set. */
    @NotBlank
    String getSetId();

    /** The criterion's number in that set. */
    @NotBlank
    String getCriterion();

    /** The indicators added, after the criterion's own. */
    @NotEmpty
    ImmutableList<@NotNull @Valid Indicator> getIndicators();

    /** Whether the criterion's indicators are now all known; absent: unchanged. */
    Optional<Boolean> getIndicatorsComplete();
  }
}
