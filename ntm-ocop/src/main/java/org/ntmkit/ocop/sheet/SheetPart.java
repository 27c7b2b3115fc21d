package org.ntmkit.ocop.sheet;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.google.common.collect.ImmutableList;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import org.immutables.value.Value;
import org.ntmkit.core.LocalizedText;
import org.ntmkit.core.NtmStyle;

/**
 * A part of a score sheet with its cap: under QĐ 1048/QĐ-TTg A 35, B 25, C 40; under QĐ 148/QĐ-TTg
 * A 40, B 25, C 35. A member's points in a part never exceed its cap, even where the criteria
 * maxima add up to more (the 1048 fresh-produce Part A transcription adds up to 36).
 */
@Value.Immutable
@NtmStyle
@JsonSerialize(as = ImmutableSheetPart.class)
@JsonDeserialize(as = ImmutableSheetPart.class)
public interface SheetPart {

  /** {@code "A"}, {@code "B"} or {@code "C"}. */
  @NotBlank
  String getCode();

  /** The part's name. */
  @NotNull
  @Valid
  LocalizedText getName();

  /** The most points the part gives. */
  @PositiveOrZero
  @Max(100)
  int getCap();

  /** Its criteria groups. */
  @NotEmpty
  ImmutableList<@NotNull @Valid CriteriaGroup> getGroups();

  /**
   * The sum of its criteria maxima (may differ from the cap in a transcription); a {@code long},
   * which no sheet's criteria overflow.
   */
  default long criteriaMaximum() {
    return getGroups().stream()
        .flatMap(g -> g.getCriteria().stream())
        .mapToLong(SheetCriterion::getMaxPoints)
        .sum();
  }
}
