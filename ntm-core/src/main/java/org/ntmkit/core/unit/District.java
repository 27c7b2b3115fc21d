package org.ntmkit.core.unit;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import org.immutables.value.Value;
import org.ntmkit.core.NtmStyle;

/**
 * A district-level unit (huyện, thị xã, thành phố thuộc tỉnh) with its official three-digit code.
 * Such units existed until 30/06/2025.
 *
 * <pre>{@code
 * District locHa = District.builder().setCode("001").setName("Lộc Hà") // illustrative code
 *     .setProvinceCode("42").setKind(DistrictKind.RURAL_DISTRICT).build();
 * }</pre>
 *
 * <p>JSON: {@code {"code": "001", "name": "Lộc Hà", "provinceCode": "42", "kind":
 * "RURAL_DISTRICT"}}.
 */
@Value.Immutable
@NtmStyle
@JsonSerialize(as = ImmutableDistrict.class)
@JsonDeserialize(as = ImmutableDistrict.class)
public interface District {

  /**
   * The day district-level units ceased (two-tier local government: communes and wards directly
   * under the 34 provinces, from 01/07/2025). Data dated from it name no district.
   */
  LocalDate ABOLISHED_ON = LocalDate.of(2025, 7, 1);

  /** The official code, three digits. */
  @NotNull
  @DistrictCode
  String getCode();

  /** The name in Vietnamese, without the kind ("Lộc Hà", not "huyện Lộc Hà"). */
  @NotBlank
  String getName();

  /** The code of the province it belongs to. */
  @NotNull
  @ProvinceCode
  String getProvinceCode();

  /** Rural district, town or provincial city. */
  @NotNull
  DistrictKind getKind();

  /** A new builder. */
  static ImmutableDistrict.Builder builder() {
    return ImmutableDistrict.builder();
  }
}
