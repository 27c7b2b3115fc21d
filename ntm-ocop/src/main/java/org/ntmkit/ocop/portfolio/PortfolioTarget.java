package org.ntmkit.ocop.portfolio;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import java.util.Optional;
import org.immutables.value.Value;
import org.ntmkit.core.LocalizedText;
import org.ntmkit.core.NtmStyle;
import org.ntmkit.core.io.BundledResources;
import org.ntmkit.core.law.LegalReference;
import org.ntmkit.core.law.Provenance;
import org.ntmkit.core.quantity.Percentage;
import org.ntmkit.ocop.StarRating;

/**
 * A target for a portfolio of certified OCOP products: a number of products, and shares or counts
 * by star. A share target counts the products of exactly that star, as a share of the larger of the
 * target number and the actual number of certified products, rounded up to whole products.
 *
 * <pre>{@code
 * PortfolioTarget haTinh = PortfolioTarget.bundled().get(0); // ≥ 300 products, 20% 4★, 5% 5★
 * portfolio.progressTowards(haTinh);  // counts still needed per line
 * }</pre>
 */
@Value.Immutable
@NtmStyle
@JsonSerialize(as = ImmutablePortfolioTarget.class)
@JsonDeserialize(as = ImmutablePortfolioTarget.class)
public interface PortfolioTarget {

  /** A short identifier, e.g. {@code "ha-tinh-2021-2025"}. */
  @NotBlank
  String getId();

  /** What the target is. */
  @NotNull
  @Valid
  LocalizedText getLabel();

  /** At least this many certified (3★–5★) products. */
  Optional<@PositiveOrZero Long> getMinProducts();

  /** At least this share of certified products at exactly this star. */
  ImmutableMap<StarRating, Percentage> getMinShares();

  /** At least this many products at exactly this star. */
  ImmutableMap<StarRating, @PositiveOrZero Long> getMinCounts();

  /** Where the target is set. */
  @NotNull
  @Valid
  LegalReference getRef();

  /** How sure it is. */
  @NotNull
  Provenance getProvenance();

  /** A remark. */
  Optional<String> getNote();

  /** The bundled targets: Hà Tĩnh 2021–2025 (seed report) and national 2021–2025 (QĐ 919). */
  static ImmutableList<PortfolioTarget> bundled() {
    return BundledResources.of(PortfolioTarget.class::getResourceAsStream, "/org/ntmkit/ocop/")
        .readOneList("targets", PortfolioTarget.class);
  }
}
