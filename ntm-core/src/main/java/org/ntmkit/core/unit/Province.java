package org.ntmkit.core.unit;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.immutables.value.Value;
import org.ntmkit.core.NtmStyle;

/**
 * A province or centrally-run city (tỉnh, thành phố trực thuộc trung ương) with its official
 * two-digit code.
 *
 * <pre>{@code
 * Province haTinh = Province.builder()
 *     .setCode("42").setName("Hà Tĩnh").setRegion(Region.NORTH_CENTRAL_COAST).build();
 * }</pre>
 *
 * <p>JSON: {@code {"code": "42", "name": "Hà Tĩnh", "region": "NORTH_CENTRAL_COAST"}}.
 */
@Value.Immutable
@NtmStyle
@JsonSerialize(as = ImmutableProvince.class)
@JsonDeserialize(as = ImmutableProvince.class)
public interface Province {

  /** The official code, two digits ("42" for Hà Tĩnh). */
  @NotNull
  @ProvinceCode
  String getCode();

  /** The name in Vietnamese. */
  @NotBlank
  String getName();

  /** The socio-economic region the province lies in. */
  @NotNull
  Region getRegion();

  /** A new builder. */
  static ImmutableProvince.Builder builder() {
    return ImmutableProvince.builder();
  }
}
