package org.ntmkit.ocop.grading;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.google.common.collect.ImmutableList;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.immutables.value.Value;
import org.ntmkit.core.LocalizedText;
import org.ntmkit.core.NtmStyle;

/**
 * A requirement a product must meet to be graded at a star or above, whatever its points (a
 * knock-out; QĐ 781/QĐ-TTg, 2020, Annex II item 6).
 *
 * <p>JSON: {@code {"code": "781.C.3star.standardDeclared", "star": 3, "groups": [], "label": {…}}};
 * {@code groups} lists the QĐ 781 product groupings (1–5) it applies to, empty for all.
 */
@Value.Immutable
@NtmStyle
@JsonSerialize(as = ImmutableMinimumRequirement.class)
@JsonDeserialize(as = ImmutableMinimumRequirement.class)
public interface MinimumRequirement {

  /** A stable code; evaluations state whether the product meets it under this code. */
  @NotBlank
  String getCode();

  /** The lowest star it is required for (it also binds every higher star). */
  @Min(1)
  @Max(5)
  int getStar();

  /** The QĐ 781 product groupings (1–5) it applies to; empty = all. */
  ImmutableList<@NotNull @Min(1) @Max(5) Integer> getGroups();

  /** What it requires. */
  @NotNull
  @Valid
  LocalizedText getLabel();
}
