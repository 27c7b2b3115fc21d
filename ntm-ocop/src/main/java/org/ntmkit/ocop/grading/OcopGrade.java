package org.ntmkit.ocop.grading;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.google.common.collect.ImmutableList;
import java.math.BigDecimal;
import java.util.Optional;
import org.immutables.value.Value;
import org.ntmkit.core.LocalizedText;
import org.ntmkit.core.NtmStyle;
import org.ntmkit.core.Outcome;
import org.ntmkit.core.explain.Explanation;
import org.ntmkit.ocop.CertificationLevel;
import org.ntmkit.ocop.StarRating;
import org.ntmkit.ocop.sheet.MemberScore;

/**
 * The result of grading a product: members' totals, the exact average, the star by points, the star
 * after the minimum requirements, who certifies it, and why.
 */
@Value.Immutable
@NtmStyle
@JsonSerialize(as = ImmutableOcopGrade.class)
@JsonDeserialize(as = ImmutableOcopGrade.class)
public interface OcopGrade {

  /** The product graded. */
  String getProduct();

  /** Each member's points. */
  ImmutableList<MemberScore> getMemberScores();

  /** The sum of the members' totals; the average is this divided by the number of members. */
  int getSumOfTotals();

  /** The average total score rounded half-up to two decimals, for display only. */
  BigDecimal getAverageForDisplay();

  /** The star the points reach; empty if a band boundary is missing from the parameters. */
  Optional<StarRating> getStarByPoints();

  /**
   * The star this council's grading gives: the star by points, lowered below any star whose minimum
   * requirement the product fails, and — where the council's level cannot certify that star — the
   * highest star its level does certify. A province council's ≥ 90 points is 4★ at the province and
   * a potential 5★ ({@link #getProposedStar()}): the sources say only the central council certifies
   * 5★ and that the province proposes the product ("tiềm năng 5 sao", QĐ 1048/QĐ-TTg and QĐ
   * 148/QĐ-TTg); that the province meanwhile certifies it at 4★ is not stated — it is this
   * library's reading, graded INFERRED in the explanation, suggested by provincial reports that
   * count potential 5★ products among their OCOP products. Empty when {@link #getOutcome()} is
   * {@code UNDETERMINED}, or when the council's level certifies no star (a district council under
   * QĐ 1048 only forwards products to the province).
   *
   * <pre>{@code
   * grade.getStar();          // Optional[FOUR]  province council, average 94
   * grade.getProposedStar();  // Optional[FIVE]  "tiềm năng 5 sao", proposed to the centre
   * }</pre>
   */
  Optional<StarRating> getStar();

  /**
   * {@code MET} when a star is determined, {@code UNDETERMINED} when a fact or value is missing.
   */
  Outcome getOutcome();

  /** Whether the star graded ({@link #getStar()}) can be certified (3★ to 5★). */
  boolean isCertified();

  /** The level that certifies the star graded ({@link #getStar()}) on the council's date. */
  Optional<CertificationLevel> getCertifyingLevel();

  /**
   * The star the product reached but the council's level cannot certify, for which it is only
   * proposed to the level that can ({@link CertificationLevel#certifying}): a province council's ≥
   * 90 points is a "potential 5★" (sản phẩm tiềm năng 5 sao) proposed to the central council —
   * never "5★" from a province. Empty when the council certifies what it graded.
   */
  Optional<StarRating> getProposedStar();

  /** Warnings: parts of the rules that are not known (NOT FOUND) or sheet discrepancies. */
  ImmutableList<LocalizedText> getCaveats();

  /** The explanation tree: points and bands, minimums, certification. */
  Explanation getExplanation();
}
