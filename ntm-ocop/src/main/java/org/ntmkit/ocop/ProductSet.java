package org.ntmkit.ocop;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import org.immutables.value.Value;
import org.ntmkit.core.LocalizedText;
import org.ntmkit.core.NtmStyle;

/**
 * A product set (bộ sản phẩm, phân nhóm) of an OCOP classification: each has its own score sheet.
 *
 * <p>JSON: {@code {"number": 1, "sector": "FOOD", "group": {"vi": "Thực phẩm tươi sống", …},
 * "name": {"vi": "Rau, củ, quả, hạt tươi", …}}}.
 */
@Value.Immutable
@NtmStyle
@JsonSerialize(as = ImmutableProductSet.class)
@JsonDeserialize(as = ImmutableProductSet.class)
public interface ProductSet {

  /** The set's number in the annex. */
  @Positive
  int getNumber();

  /** The sector it belongs to. */
  @NotNull
  Sector getSector();

  /** The group (nhóm) within the sector. */
  @NotNull
  @Valid
  LocalizedText getGroup();

  /** The set's name. */
  @NotNull
  @Valid
  LocalizedText getName();
}
