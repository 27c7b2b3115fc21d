package org.ntmkit.rules.internal;

import com.google.common.collect.ImmutableList;
import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.ntmkit.core.LocalizedText;
import org.ntmkit.core.Outcome;
import org.ntmkit.core.explain.Comparison;
import org.ntmkit.core.explain.Explanation;
import org.ntmkit.core.explain.ImmutableExplanation;
import org.ntmkit.core.law.LegalReference;
import org.ntmkit.core.law.Provenance;
import org.ntmkit.core.quantity.MeasureUnit;

/**
 * One explanation node in the making: the attributes set so far, then one {@code
 * ImmutableExplanation.of} call. (Performance note: the generated builder would allocate two list
 * builders per node, and an evaluation makes about a hundred nodes.)
 */
final class Node {
  private final String subject;
  private final LocalizedText label;
  private @Nullable Outcome outcome;
  private @Nullable BigDecimal measured;
  private @Nullable BigDecimal required;
  private @Nullable Comparison comparison;
  private @Nullable MeasureUnit unit;
  private @Nullable BigDecimal gap;
  private @Nullable LocalizedText message;
  private ImmutableList<LegalReference> references = ImmutableList.of();
  private @Nullable Provenance provenance;
  private ImmutableList<Explanation> children = ImmutableList.of();
  private ImmutableList<String> sources = ImmutableList.of();

  Node(String subject, LocalizedText label) {
    this.subject = subject;
    this.label = label;
  }

  Node setOutcome(Outcome value) {
    this.outcome = value;
    return this;
  }

  Node setMeasured(BigDecimal value) {
    this.measured = value;
    return this;
  }

  Node setRequired(BigDecimal value) {
    this.required = value;
    return this;
  }

  Node setComparison(Comparison value) {
    this.comparison = value;
    return this;
  }

  Node setUnit(MeasureUnit value) {
    this.unit = value;
    return this;
  }

  Node setGap(BigDecimal value) {
    this.gap = value;
    return this;
  }

  Node setMessage(LocalizedText value) {
    this.message = value;
    return this;
  }

  Node setProvenance(Provenance value) {
    this.provenance = value;
    return this;
  }

  /** Adds references; a shared list is kept as it is when it is the first. */
  Node addReferences(ImmutableList<LegalReference> more) {
    this.references = concat(references, more);
    return this;
  }

  /** Cites a threshold: its legal references and the sources its value was read from. */
  Node cite(EvaluationContext.Threshold threshold) {
    return addReferences(threshold.references()).addSources(threshold.sources());
  }

  /** Adds source keys; a shared list is kept as it is when it is the first. */
  Node addSources(ImmutableList<String> more) {
    this.sources = concat(sources, more);
    return this;
  }

  /** {@code first} then {@code more}; {@code more} itself (a shared list) when first is empty. */
  private static <T> ImmutableList<T> concat(ImmutableList<T> first, ImmutableList<T> more) {
    return first.isEmpty() ? more : ImmutableList.<T>builder().addAll(first).addAll(more).build();
  }

  Node setChildren(ImmutableList<Explanation> value) {
    this.children = value;
    return this;
  }

  /** The outcome with its own label as the message, e.g. "đạt" / "met". */
  Explanation decided(Outcome value) {
    return setOutcome(value).setMessage(value.label()).build();
  }

  /** Met with no gap. */
  Explanation met() {
    return setGap(BigDecimal.ZERO).decided(Outcome.MET);
  }

  /** Undetermined, for the reason given. */
  Explanation undetermined(LocalizedText reason) {
    return setOutcome(Outcome.UNDETERMINED).setMessage(reason).build();
  }

  Explanation build() {
    return ImmutableExplanation.of(
        subject,
        label,
        Objects.requireNonNull(outcome, "outcome"),
        Optional.ofNullable(measured),
        Optional.ofNullable(required),
        Optional.ofNullable(comparison),
        Optional.ofNullable(unit),
        Optional.ofNullable(gap),
        Objects.requireNonNull(message, "message"),
        references,
        Optional.ofNullable(provenance),
        children,
        sources);
  }
}
