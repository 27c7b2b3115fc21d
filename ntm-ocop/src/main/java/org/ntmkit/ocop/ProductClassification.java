package org.ntmkit.ocop;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.google.common.collect.ImmutableList;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.util.Optional;
import org.immutables.value.Value;
import org.ntmkit.core.NtmStyle;
import org.ntmkit.core.io.BundledResources;
import org.ntmkit.core.law.LegalReference;
import org.ntmkit.core.law.Provenance;

/**
 * The product sets of a criteria set, as data with their source.
 *
 * <pre>{@code
 * ProductClassification c = ProductClassification.qd1048();
 * c.getProductSets().size();  // 26
 * c.productSet(1).get().getName().getVi(); // "Rau, củ, quả, hạt tươi"
 * }</pre>
 *
 * <p>Under QĐ 148/QĐ-TTg the six {@link ProductGroup groups} are known; its product sets are not
 * (NOT FOUND beyond the first rows), so no 148 classification is bundled.
 */
@Value.Immutable
@NtmStyle
@JsonSerialize(as = ImmutableProductClassification.class)
@JsonDeserialize(as = ImmutableProductClassification.class)
public interface ProductClassification {

  /** The criteria set it belongs to. */
  @NotNull
  OcopCriteriaSet getCriteriaSet();

  /** Its source. */
  @NotNull
  @Valid
  LegalReference getRef();

  /** How sure it is. */
  @NotNull
  Provenance getProvenance();

  /** Remarks: conflicts between sources. */
  Optional<String> getNote();

  /** The product sets. */
  @NotEmpty
  ImmutableList<@NotNull @Valid ProductSet> getProductSets();

  /** The product set with a number. */
  default Optional<ProductSet> productSet(int number) {
    return getProductSets().stream().filter(p -> p.getNumber() == number).findFirst();
  }

  /** The 26 product sets of QĐ 1048/QĐ-TTg, Annex I (secondary source). */
  static ProductClassification qd1048() {
    return BundledResources.of(
            ProductClassification.class::getResourceAsStream, "/org/ntmkit/ocop/")
        .readOne("productSets", ProductClassification.class);
  }
}
