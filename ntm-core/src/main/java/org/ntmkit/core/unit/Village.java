package org.ntmkit.core.unit;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.immutables.value.Value;
import org.ntmkit.core.NtmStyle;

/**
 * A village or residential area (thôn, xóm, bản, ấp, khu dân cư). Villages have no national code;
 * the code is the one the province uses, unique within its commune.
 *
 * <p>JSON: {@code {"code": "TA-01", "name": "Thôn 1", "communeCode": "00001"}}.
 */
@Value.Immutable
@NtmStyle
@JsonSerialize(as = ImmutableVillage.class)
@JsonDeserialize(as = ImmutableVillage.class)
public interface Village {

  /** The province's code for the village. */
  @NotBlank
  String getCode();

  /** The name in Vietnamese. */
  @NotBlank
  String getName();

  /** The code of its commune. */
  @NotNull
  @CommuneCode
  String getCommuneCode();

  /** A new builder. */
  static ImmutableVillage.Builder builder() {
    return ImmutableVillage.builder();
  }
}
