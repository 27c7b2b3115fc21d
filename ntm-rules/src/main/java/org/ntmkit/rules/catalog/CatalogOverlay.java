package org.ntmkit.rules.catalog;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.google.common.collect.ImmutableList;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.util.Optional;
import org.immutables.value.Value;
import org.ntmkit.core.LocalizedText;
import org.ntmkit.core.NtmStyle;
import org.ntmkit.core.parameter.ParameterOverlay;

/**
 * A province's additions to the national commune sets: values where the national set delegates them
 * or is stricter (a {@link ParameterOverlay}), and whole criteria the province adds to a set. Data,
 * no code.
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

  /** Criteria added to sets. */
  ImmutableList<@NotNull @Valid CriterionAddition> getAdditions();

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
}
