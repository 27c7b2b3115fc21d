package org.ntmkit.ocop.portfolio;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.ntmkit.core.LocalizedText;
import org.ntmkit.core.quantity.Percentage;
import org.ntmkit.core.quantity.ShareRounding;
import org.ntmkit.ocop.StarRating;

/**
 * A province's certified OCOP products: counts and shares by star, products certified in a year,
 * and progress towards targets.
 *
 * <pre>{@code
 * Portfolio p = Portfolio.of(products);
 * p.countByStar();                 // {THREE=152, FOUR=7, …} for Hà Tĩnh at the end of 2020
 * p.certifiedIn(2020).count();     // 87
 * p.progressTowards(haTinhTarget); // ≥ 300 products: 141 still needed, …
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class Portfolio {

  private final ImmutableList<OcopProduct> products;

  private Portfolio(List<OcopProduct> products) {
    this.products = ImmutableList.copyOf(products);
  }

  /** A portfolio of products. */
  public static Portfolio of(Collection<? extends OcopProduct> products) {
    return new Portfolio(ImmutableList.copyOf(products));
  }

  /** The products. */
  public ImmutableList<OcopProduct> products() {
    return products;
  }

  /** The number of certified (3★–5★) products. */
  public long count() {
    return products.stream().filter(p -> p.getStar().isCertified()).count();
  }

  /** The number of products at each star, every star present (0 where none). */
  public ImmutableMap<StarRating, Long> countByStar() {
    Map<StarRating, Long> counts = new EnumMap<>(StarRating.class);
    for (StarRating s : StarRating.values()) {
      counts.put(s, 0L);
    }
    for (OcopProduct p : products) {
      counts.merge(p.getStar(), 1L, Long::sum);
    }
    return ImmutableMap.copyOf(counts);
  }

  /**
   * The share of certified products at 3★, 4★ and 5★, in percent, by largest remainder so they sum
   * to exactly 100; empty map when there are no certified products.
   */
  public ImmutableMap<StarRating, BigDecimal> sharesByStar(int decimals) {
    if (count() == 0) {
      return ImmutableMap.of();
    }
    List<StarRating> stars = List.of(StarRating.THREE, StarRating.FOUR, StarRating.FIVE);
    ImmutableMap<StarRating, Long> counts = countByStar();
    List<BigDecimal> shares =
        ShareRounding.LARGEST_REMAINDER.shares(
            stars.stream().map(s -> BigDecimal.valueOf(counts.getOrDefault(s, 0L))).toList(),
            decimals);
    ImmutableMap.Builder<StarRating, BigDecimal> out = ImmutableMap.builder();
    for (int i = 0; i < stars.size(); i++) {
      out.put(stars.get(i), shares.get(i));
    }
    return out.build();
  }

  /** The products whose current star was certified in a calendar year. */
  public Portfolio certifiedIn(int year) {
    return new Portfolio(
        products.stream().filter(p -> p.getCertifiedOn().getYear() == year).toList());
  }

  /** Progress on each line of a target, in the order: products, shares by star, counts by star. */
  public ImmutableList<TargetProgress> progressTowards(PortfolioTarget target) {
    ImmutableList.Builder<TargetProgress> out = ImmutableList.builder();
    long total = count();
    ImmutableMap<StarRating, Long> counts = countByStar();
    target
        .getMinProducts()
        .ifPresent(
            min ->
                out.add(
                    ImmutableTargetProgress.builder()
                        .setItem(
                            LocalizedText.of("sản phẩm OCOP (3–5 sao)", "OCOP products (3★–5★)"))
                        .setRequired(min)
                        .setActual(total)
                        .build()));
    long base = Math.max(total, target.getMinProducts().orElse(0L));
    for (Map.Entry<StarRating, Percentage> share : target.getMinShares().entrySet()) {
      out.add(
          ImmutableTargetProgress.builder()
              .setItem(item(share.getKey()))
              .setRequired(share.getValue().minimumCountOf(base))
              .setActual(counts.getOrDefault(share.getKey(), 0L))
              .build());
    }
    for (Map.Entry<StarRating, Long> min : target.getMinCounts().entrySet()) {
      out.add(
          ImmutableTargetProgress.builder()
              .setItem(item(min.getKey()))
              .setRequired(min.getValue())
              .setActual(counts.getOrDefault(min.getKey(), 0L))
              .build());
    }
    return out.build();
  }

  private static LocalizedText item(StarRating star) {
    return LocalizedText.of("sản phẩm " + star.label().getVi(), star.label().getEn() + " products");
  }
}
