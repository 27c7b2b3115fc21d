package org.ntmkit.ocop.sheet;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.google.common.collect.ImmutableList;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import org.immutables.value.Value;
import org.ntmkit.core.LocalizedText;
import org.ntmkit.core.NtmStyle;

/** A group of criteria within a part, e.g. A1 "Tổ chức sản xuất" (production organisation). */
@Value.Immutable
@NtmStyle
@JsonSerialize(as = ImmutableCriteriaGroup.class)
@JsonDeserialize(as = ImmutableCriteriaGroup.class)
public interface CriteriaGroup {

  /** The group's code, e.g. {@code "A1"}. */
  @NotBlank
  String getCode();

  /** Its name. */
  @NotNull
  @Valid
  LocalizedText getName();

  /** Its criteria. */
  @NotEmpty
  ImmutableList<@NotNull @Valid SheetCriterion> getCriteria();
}
