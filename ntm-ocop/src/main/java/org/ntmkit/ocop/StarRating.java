package org.ntmkit.ocop;

import org.ntmkit.core.LocalizedText;

/**
 * The OCOP star rating of a product, 1★ to 5★ (QĐ 1048/QĐ-TTg, 2019; QĐ 148/QĐ-TTg, 2023). Only 3★
 * to 5★ products are certified as OCOP products.
 *
 * <pre>{@code
 * StarRating.of(3);               // THREE
 * StarRating.THREE.isCertified(); // true
 * }</pre>
 */
public enum StarRating {
  /** 1 sao. */
  ONE(1),
  /** 2 sao. */
  TWO(2),
  /** 3 sao — the first certified level. */
  THREE(3),
  /** 4 sao. */
  FOUR(4),
  /** 5 sao — certified by the central level. */
  FIVE(5);

  private final int stars;

  StarRating(int stars) {
    this.stars = stars;
  }

  /** The number of stars, 1 to 5. */
  public int stars() {
    return stars;
  }

  /** Whether products with this rating are certified OCOP products (3★ and above). */
  public boolean isCertified() {
    return stars >= 3;
  }

  /** The rating's name: "3 sao" / "3-star". */
  public LocalizedText label() {
    return LocalizedText.of(stars + " sao", stars + "-star");
  }

  /**
   * The rating with a number of stars.
   *
   * @throws IllegalArgumentException unless 1 ≤ stars ≤ 5
   */
  public static StarRating of(int stars) {
    if (stars < 1 || stars > 5) {
      throw new IllegalArgumentException("an OCOP rating has 1 to 5 stars, was " + stars);
    }
    return values()[stars - 1];
  }
}
