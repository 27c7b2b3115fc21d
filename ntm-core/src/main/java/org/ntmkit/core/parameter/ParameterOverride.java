package org.ntmkit.core.parameter;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.google.common.collect.ImmutableList;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.util.Optional;
import org.immutables.value.Value;
import org.ntmkit.core.LocalizedText;
import org.ntmkit.core.NtmStyle;
import org.ntmkit.core.quantity.MeasureUnit;

/**
 * The values an {@link ParameterOverlay overlay} puts on one parameter. For a parameter the base
 * set lacks, {@code unit} and {@code label} are required; for one it has, a given unit must match.
 *
 * <p>JSON: {@code {"parameterId": "commune.qd1980.c10.income", "values": [ … ]}}.
 */
@Value.Immutable
@NtmStyle
@JsonSerialize(as = ImmutableParameterOverride.class)
@JsonDeserialize(as = ImmutableParameterOverride.class)
public interface ParameterOverride {

  /** The identifier of the parameter to change or add. */
  @NotNull
  String getParameterId();

  /** The unit, required when the parameter is new. */
  Optional<MeasureUnit> getUnit();

  /** The name, required when the parameter is new. */
  Optional<@Valid LocalizedText> getLabel();

  /** The values that take precedence over the base values they overlap. */
  @NotEmpty
  ImmutableList<@NotNull @Valid ParameterValue> getValues();

  /** A new builder. */
  static ImmutableParameterOverride.Builder builder() {
    return ImmutableParameterOverride.builder();
  }
}
