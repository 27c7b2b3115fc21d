package org.ntmkit.rules.catalog;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.util.Optional;
import org.immutables.value.Value;
import org.ntmkit.core.LocalizedText;
import org.ntmkit.core.NtmStyle;
import org.ntmkit.core.quantity.MeasureUnit;

/**
 * A parameter a set needs but no public source gives (NOT FOUND): declared so indicators can name
 * it and the catalog can report it, with no value. A province supplies it with an overlay.
 */
@Value.Immutable
@NtmStyle
@JsonSerialize(as = ImmutableMissingParameter.class)
@JsonDeserialize(as = ImmutableMissingParameter.class)
public interface MissingParameter {

  /** The parameter's identifier. */
  @NotBlank
  String getId();

  /** What it is. */
  @NotNull
  @Valid
  LocalizedText getLabel();

  /** Its unit. */
  @NotNull
  MeasureUnit getUnit();

  /** What is known of it. */
  Optional<String> getNote();
}
