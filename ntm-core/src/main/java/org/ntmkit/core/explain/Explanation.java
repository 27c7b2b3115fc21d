package org.ntmkit.core.explain;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.util.Optional;
import org.immutables.value.Value;
import org.ntmkit.core.LocalizedText;
import org.ntmkit.core.NtmStyle;
import org.ntmkit.core.Outcome;
import org.ntmkit.core.law.LegalReference;
import org.ntmkit.core.law.Provenance;
import org.ntmkit.core.quantity.MeasureUnit;

/**
 * One node of the tree that explains a decision: unit → criterion → indicator, each with what was
 * measured, what was required, the outcome, the gap to the standard and the law behind it.
 *
 * <pre>{@code
 * Explanation indicator = Explanation.builder()
 *     .setSubject("16.1")
 *     .setLabel(LocalizedText.of("Tỷ lệ thôn đạt chuẩn văn hóa", "Share of cultural villages"))
 *     .setOutcome(Outcome.NOT_MET)
 *     .setMeasured(new BigDecimal("60")).setRequired(new BigDecimal("70"))
 *     .setComparison(Comparison.AT_LEAST).setUnit(MeasureUnit.PERCENT)
 *     .setGap(BigDecimal.ONE)
 *     .setMessage(LocalizedText.of("Cần thêm 1 thôn", "Needs 1 more village"))
 *     .addReferences(qd1980).setProvenance(Provenance.SECONDARY_SOURCE)
 *     .build();
 * }</pre>
 *
 * <p>Immutable and thread-safe; serialises to stable JSON. Evaluators that build many nodes use
 * {@code ImmutableExplanation.of(subject, label, outcome, measured, required, comparison, unit,
 * gap, message, references, provenance, children, sources)}, every attribute in declaration order,
 * which skips the builder's intermediate lists; and since nodes are immutable, a node that depends
 * on the rules only (a yes/no indicator's verdict, say) may be shared by many trees.
 */
@Value.Immutable
@NtmStyle
@JsonSerialize(as = ImmutableExplanation.class)
@JsonDeserialize(as = ImmutableExplanation.class)
public interface Explanation {

  /** What is explained: a unit code, a criterion or indicator number ("17.1"), a title. */
  @Value.Parameter
  @NotBlank
  String getSubject();

  /** Its name in Vietnamese and English. */
  @Value.Parameter
  @NotNull
  @Valid
  LocalizedText getLabel();

  /** The verdict. */
  @Value.Parameter
  @NotNull
  Outcome getOutcome();

  /** The measured value, in {@link #getUnit()}, if there is one. */
  @Value.Parameter
  Optional<BigDecimal> getMeasured();

  /** The required value, if there is one (absent when the parameter is missing). */
  @Value.Parameter
  Optional<BigDecimal> getRequired();

  /** How measured and required are compared. */
  @Value.Parameter
  Optional<Comparison> getComparison();

  /** The unit of measured, required and gap. */
  @Value.Parameter
  Optional<MeasureUnit> getUnit();

  /** How far the measurement is from the standard, in the unit (0 or absent when met). */
  @Value.Parameter
  Optional<BigDecimal> getGap();

  /** The explanation in words, e.g. "needs 2 more villages" or which parameter is missing. */
  @Value.Parameter
  @NotNull
  @Valid
  LocalizedText getMessage();

  /** The legal sources of the values used. */
  @Value.Parameter
  ImmutableList<@Valid LegalReference> getReferences();

  /** The weakest provenance of the values used, if any value of the law was used. */
  @Value.Parameter
  Optional<Provenance> getProvenance();

  /** The parts this verdict combines (criteria of a title, indicators of a criterion). */
  @Value.Parameter
  ImmutableList<@Valid Explanation> getChildren();

  /**
   * The keys of the sources the values used were read from ({@code "CC-S31"}), each resolving in
   * the bundled bibliography: {@code Bibliography.bundled().require(key)} gives the title,
   * publisher, URL and kind of source. Empty where no value of the law was used, or where the
   * value's own record names no source (a province's overlay citing its decision in {@link
   * #getReferences()}).
   */
  @Value.Parameter
  ImmutableList<String> getSources();

  /** The source keys of this node and all below it, in tree order, each once. */
  default ImmutableSet<String> allSources() {
    ImmutableSet.Builder<String> keys = ImmutableSet.builder();
    collectSources(this, keys);
    return keys.build();
  }

  private static void collectSources(Explanation node, ImmutableSet.Builder<String> keys) {
    keys.addAll(node.getSources());
    for (Explanation child : node.getChildren()) {
      collectSources(child, keys);
    }
  }

  /** The weakest provenance in this node and all below it. */
  default Optional<Provenance> weakestProvenance() {
    Optional<Provenance> weakest = getProvenance();
    for (Explanation child : getChildren()) {
      Optional<Provenance> c = child.weakestProvenance();
      if (c.isPresent()) {
        weakest = Optional.of(weakest.map(w -> Provenance.weakest(w, c.get())).orElse(c.get()));
      }
    }
    return weakest;
  }

  /** A new builder. */
  static ImmutableExplanation.Builder builder() {
    return ImmutableExplanation.builder();
  }
}
