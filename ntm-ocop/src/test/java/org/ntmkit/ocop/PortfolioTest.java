package org.ntmkit.ocop;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.ntmkit.core.Outcome;
import org.ntmkit.ocop.portfolio.OcopProduct;
import org.ntmkit.ocop.portfolio.Portfolio;
import org.ntmkit.ocop.portfolio.PortfolioTarget;
import org.ntmkit.ocop.portfolio.TargetProgress;

/** The seed report's OCOP figures (seed-digest.md §4) from a product list. */
class PortfolioTest {

  /** 159 products: 152 3★ + 7 4★; of them 87 certified in 2020 (83 3★ + 4 4★). */
  static List<OcopProduct> haTinh2020() {
    List<OcopProduct> products = new ArrayList<>();
    add(products, 152 - 83, StarRating.THREE, LocalDate.of(2019, 12, 15));
    add(products, 83, StarRating.THREE, LocalDate.of(2020, 11, 20));
    add(products, 7 - 4, StarRating.FOUR, LocalDate.of(2019, 12, 15));
    add(products, 4, StarRating.FOUR, LocalDate.of(2020, 11, 20));
    return products;
  }

  private static void add(List<OcopProduct> list, int n, StarRating star, LocalDate on) {
    for (int i = 0; i < n; i++) {
      list.add(
          OcopProduct.builder()
              .setName(star + " " + on + " #" + i)
              .setStar(star)
              .setCertifiedOn(on)
              .build());
    }
  }

  @Test
  void countsByStarAndCertifiedInTheYear() {
    Portfolio p = Portfolio.of(haTinh2020());
    assertEquals(159, p.count());
    assertEquals(152L, p.countByStar().get(StarRating.THREE));
    assertEquals(7L, p.countByStar().get(StarRating.FOUR));
    assertEquals(0L, p.countByStar().get(StarRating.FIVE));
    Portfolio new2020 = p.certifiedIn(2020);
    assertEquals(87, new2020.count());
    assertEquals(83L, new2020.countByStar().get(StarRating.THREE));
    assertEquals(4L, new2020.countByStar().get(StarRating.FOUR));
  }

  @Test
  void sharesByStarSumTo100() {
    var shares = Portfolio.of(haTinh2020()).sharesByStar(1);
    // 152/159 = 95.597…, 7/159 = 4.402…
    assertEquals(new BigDecimal("95.6"), shares.get(StarRating.THREE));
    assertEquals(new BigDecimal("4.4"), shares.get(StarRating.FOUR));
    assertEquals(new BigDecimal("0.0"), shares.get(StarRating.FIVE));
  }

  @Test
  void progressTowardsHaTinh2025Targets() {
    // ≥ 300 products, 20% 4★ (60 of 300), 5% 5★ (15 of 300).
    PortfolioTarget haTinh = PortfolioTarget.bundled().get(0);
    List<TargetProgress> progress = Portfolio.of(haTinh2020()).progressTowards(haTinh);
    assertEquals(3, progress.size());
    assertEquals(300, progress.get(0).getRequired());
    assertEquals(141, progress.get(0).stillNeeded());
    assertEquals(60, progress.get(1).getRequired());
    assertEquals(53, progress.get(1).stillNeeded());
    assertEquals(15, progress.get(2).getRequired());
    assertEquals(15, progress.get(2).stillNeeded());
    assertEquals(Outcome.NOT_MET, progress.get(2).outcome());
  }

  @Test
  void progressTowardsNationalTargets() {
    // QĐ 919/QĐ-TTg: ≥ 10,000 products ≥ 3★, of which 400–500 5★ (the lower bound counts).
    PortfolioTarget national = PortfolioTarget.bundled().get(1);
    List<TargetProgress> progress = Portfolio.of(haTinh2020()).progressTowards(national);
    assertEquals(10_000 - 159, progress.get(0).stillNeeded());
    assertEquals(400, progress.get(1).getRequired());
  }
}
