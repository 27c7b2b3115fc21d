package org.ntmkit.core.unit;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.util.Optional;
import org.immutables.value.Value;
import org.ntmkit.core.NtmStyle;

/**
 * A commune (xã) with its official five-digit code, the unit that NTM criteria are assessed for.
 *
 * <pre>{@code
 * Commune tungAnh = Commune.builder()
 *     .setCode("00001").setName("Tùng Ảnh").setProvinceCode("42").setDistrictCode("001") // illustrative codes
 *     .setRegion(Region.NORTH_CENTRAL_COAST).build();
 * }</pre>
 *
 * <p>JSON: {@code {"code": "00001", "name": "Tùng Ảnh", "provinceCode": "42", "districtCode":
 * "001", "region": "NORTH_CENTRAL_COAST", "group": "GROUP_2"}}; {@code districtCode} is absent for
 * communes after 01/07/2025 and {@code group} before 2026.
 */
@Value.Immutable
@NtmStyle
@JsonSerialize(as = ImmutableCommune.class)
@JsonDeserialize(as = ImmutableCommune.class)
public interface Commune {

  /** The official code, five digits. */
  @NotNull
  @CommuneCode
  String getCode();

  /** The name in Vietnamese, without "xã". */
  @NotBlank
  String getName();

  /** The code of its province. */
  @NotNull
  @ProvinceCode
  String getProvinceCode();

  /** The code of its district-level unit, for communes before 01/07/2025. */
  Optional<@DistrictCode String> getDistrictCode();

  /** The socio-economic region whose thresholds apply (2016–2025). */
  @NotNull
  Region getRegion();

  /** The commune group whose thresholds apply (from 15/02/2026). */
  Optional<CommuneGroup> getGroup();

  /** A new builder. */
  static ImmutableCommune.Builder builder() {
    return ImmutableCommune.builder();
  }
}
