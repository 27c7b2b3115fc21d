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
   * The star graded: the star by points, lowered below any star whose minimum requirement the
   * product fails; empty when {@link #getOutcome()} is {@code UNDETERMINED}.
   */
  Optional<StarRating> getStar();

  /**
   * {@code MET} when a star is determined, {@code UNDETERMINED} when a fact or value is missing.
   */
  Outcome getOutcome();

  /** Whether the graded star can be certified (3★ to 5★). */
  boolean isCertified();

  /** The level that certifies the graded star on the council's date. */
  Optional<CertificationLevel> getCertifyingLevel();

  /**
   * Whether the council's level cannot certify the star it reached, so the product is only proposed
   * upwards: a province-level score ≥ 90 is "potential 5★" (tiềm năng 5 sao), not 5★.
   */
  boolean isProposedOnly();

  /** Warnings: parts of the rules that are not known (NOT FOUND) or sheet discrepancies. */
  ImmutableList<LocalizedText> getCaveats();

  /** The explanation tree: points and bands, minimums, certification. */
  Explanation getExplanation();
}
