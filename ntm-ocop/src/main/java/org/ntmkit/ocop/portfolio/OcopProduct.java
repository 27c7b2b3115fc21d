package org.ntmkit.ocop.portfolio;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;
import org.ntmkit.core.NtmStyle;
import org.ntmkit.core.unit.CommuneCode;
import org.ntmkit.ocop.StarRating;

/**
 * A certified OCOP product in a province's portfolio.
 *
 * <p>JSON: {@code {"name": "Cam Khe Mây", "producer": "HTX …", "communeCode": "00001", "star":
 * "THREE", "certifiedOn": "2020-11-20"}}.
 */
@Value.Immutable
@NtmStyle
@JsonSerialize(as = ImmutableOcopProduct.class)
@JsonDeserialize(as = ImmutableOcopProduct.class)
public interface OcopProduct {

  /** The product's name. */
  @NotBlank
  String getName();

  /** The producer (chủ thể OCOP), if known. */
  Optional<String> getProducer();

  /** The commune it comes from, if known. */
  Optional<@CommuneCode String> getCommuneCode();

  /** Its current star. */
  @NotNull
  StarRating getStar();

  /** The date of the decision that certified its current star. */
  @NotNull
  LocalDate getCertifiedOn();

  /** A new builder. */
  static ImmutableOcopProduct.Builder builder() {
    return ImmutableOcopProduct.builder();
  }
}
