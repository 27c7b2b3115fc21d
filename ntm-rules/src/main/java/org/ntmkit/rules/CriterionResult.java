package org.ntmkit.rules;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.Lists;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.ntmkit.core.LocalizedText;
import org.ntmkit.core.Outcome;
import org.ntmkit.core.explain.Explanation;

/**
 * The result of one criterion (tiêu chí) of an {@link Assessment}: its outcome, message and
 * indicators' results, typed. A view of the criterion's node in the explanation tree, which {@link
 * #getExplanation()} gives for rendering.
 *
 * <pre>{@code
 * CriterionResult income = assessment.criterion("10").orElseThrow();
 * income.getOutcome();                           // NOT_MET
 * income.getIndicators().get(0).getGap();        // Optional[1400000] (đồng per person and year)
 * }</pre>
 */
public final class CriterionResult {

  private final Explanation node;
  private final boolean precondition;

  private CriterionResult(Explanation node, boolean precondition) {
    this.node = node;
    this.precondition = precondition;
  }

  static CriterionResult of(Explanation node, boolean precondition) {
    return new CriterionResult(node, precondition);
  }

  /** Its number as in the law, e.g. {@code "10"}, or {@code "P"} for a precondition. */
  public String getNumber() {
    return node.getSubject();
  }

  /** Its name. */
  public LocalizedText getLabel() {
    return node.getLabel();
  }

  /** Met, not met, or undetermined (Kleene conjunction of its indicators). */
  public Outcome getOutcome() {
    return node.getOutcome();
  }

  /** Why, in words: "đạt" / "met", or why it cannot be told. */
  public LocalizedText getMessage() {
    return node.getMessage();
  }

  /**
   * Whether this is a precondition of the title rather than one of its numbered criteria (QĐ
   * 558/QĐ-TTg: 100% of the district's communes NTM); reports count it apart.
   */
  public boolean isPrecondition() {
    return precondition;
  }

  /** Its indicators' results, in the set's order; empty when its indicators are NOT FOUND. */
  public ImmutableList<IndicatorResult> getIndicators() {
    return ImmutableList.copyOf(Lists.transform(node.getChildren(), IndicatorResult::of));
  }

  /** The criterion's node of the explanation tree. */
  public Explanation getExplanation() {
    return node;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof CriterionResult c && node.equals(c.node) && precondition == c.precondition;
  }

  @Override
  public int hashCode() {
    return Objects.hash(node, precondition);
  }

  @Override
  public String toString() {
    return "CriterionResult{" + getNumber() + " " + getOutcome() + "}";
  }
}
