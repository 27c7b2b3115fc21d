package org.ntmkit.rules;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.Lists;
import java.math.BigDecimal;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.ntmkit.core.LocalizedText;
import org.ntmkit.core.Outcome;
import org.ntmkit.core.explain.Comparison;
import org.ntmkit.core.explain.Explanation;
import org.ntmkit.core.law.LegalReference;
import org.ntmkit.core.law.Provenance;
import org.ntmkit.core.quantity.MeasureUnit;

/**
 * The result of one indicator (chỉ tiêu), typed: outcome, the value measured and the one required,
 * how they compare, the gap in the measured quantity's unit, the law and how sure it is. A view of
 * the indicator's node in the explanation tree.
 *
 * <pre>{@code
 * IndicatorResult culture = assessment.indicator("16.1").orElseThrow();
 * culture.getOutcome();    // MET
 * culture.getMeasured();   // Optional[70.00] (percent)
 * culture.getRequired();   // Optional[70]
 * culture.getReferences(); // [1980/QĐ-TTg, Phụ lục, tiêu chí 16]
 * }</pre>
 */
public final class IndicatorResult {

  private final Explanation node;

  private IndicatorResult(Explanation node) {
    this.node = node;
  }

  static IndicatorResult of(Explanation node) {
    return new IndicatorResult(node);
  }

  /** Its number as in the law, e.g. {@code "16.1"}. */
  public String getId() {
    return node.getSubject();
  }

  /** Its wording. */
  public LocalizedText getLabel() {
    return node.getLabel();
  }

  /** Met, not met, or undetermined. */
  public Outcome getOutcome() {
    return node.getOutcome();
  }

  /** The value measured, in {@link #getUnit()} (a share in percent); absent without data. */
  public Optional<BigDecimal> getMeasured() {
    return node.getMeasured();
  }

  /** The value required, in the same unit; absent when it is NOT FOUND. */
  public Optional<BigDecimal> getRequired() {
    return node.getRequired();
  }

  /** How the measured value is compared with the required one. */
  public Optional<Comparison> getComparison() {
    return node.getComparison();
  }

  /** The unit of the measured and required values. */
  public Optional<MeasureUnit> getUnit() {
    return node.getUnit();
  }

  /**
   * How far from the requirement, in the measured quantity's own unit (villages for a share of
   * villages, đồng for income): zero when met, absent when it cannot be told.
   */
  public Optional<BigDecimal> getGap() {
    return node.getGap();
  }

  /** Why, in words: "cần thêm 2 thôn" / "needs 2 more villages", "no data for …". */
  public LocalizedText getMessage() {
    return node.getMessage();
  }

  /** The legal references of the threshold (and of the set). */
  public ImmutableList<LegalReference> getReferences() {
    return node.getReferences();
  }

  /** The weakest provenance of the indicator and the values it used. */
  public Optional<Provenance> getProvenance() {
    return node.getProvenance();
  }

  /** The results of its parts, for a composite (all of / any of). */
  public ImmutableList<IndicatorResult> getParts() {
    return ImmutableList.copyOf(Lists.transform(node.getChildren(), IndicatorResult::of));
  }

  /** The indicator's node of the explanation tree. */
  public Explanation getExplanation() {
    return node;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof IndicatorResult i && node.equals(i.node);
  }

  @Override
  public int hashCode() {
    return node.hashCode();
  }

  @Override
  public String toString() {
    return "IndicatorResult{" + getId() + " " + getOutcome() + "}";
  }
}
