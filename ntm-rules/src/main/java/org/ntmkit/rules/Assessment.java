package org.ntmkit.rules;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import org.ntmkit.core.NtmStyle;
import org.ntmkit.core.Outcome;
import org.ntmkit.core.explain.Explanation;
import org.ntmkit.core.unit.CommuneGroup;
import org.ntmkit.core.unit.Region;

/**
 * A unit (commune, district, town, province, village) evaluated against one criteria set on a date:
 * the outcome of every criterion and indicator with measured and required values, gaps, legal
 * references and provenance.
 *
 * <p>Typed results: {@link #criteria()}, {@link #criterion(String)} and {@link #indicator(String)}.
 * {@link #getExplanation()} is the same as a tree for rendering: its children are the criteria,
 * theirs the indicators.
 *
 * <pre>{@code
 * Assessment a = NtmRules.bundled().evaluate(data, "qd-1980-2016");
 * a.criterion("16").orElseThrow().getOutcome();        // MET / NOT_MET / UNDETERMINED
 * a.indicator("10.1").orElseThrow().getMessage();      // "short by 1.4 million VND"
 * }</pre>
 */
@Value.Immutable
@NtmStyle
@JsonSerialize(as = ImmutableAssessment.class)
@JsonDeserialize(as = ImmutableAssessment.class)
public interface Assessment {

  /** The code of the unit assessed (commune, district, province, village). */
  String getUnitCode();

  /** The level of the unit assessed. */
  @Value.Default
  default UnitLevel getLevel() {
    return UnitLevel.COMMUNE;
  }

  /** The set applied. */
  String getSetId();

  /** The title the set is for. */
  Title getTitle();

  /** The date of the data and of the law applied. */
  LocalDate getDate();

  /** The region whose thresholds applied (after the QĐ 318 override), for region sets. */
  Optional<Region> getRegionApplied();

  /** The commune group whose thresholds applied, for group sets. */
  Optional<CommuneGroup> getGroupApplied();

  /** All criteria met, by Kleene logic. */
  Outcome getOutcome();

  /** The explanation tree: set → criteria → indicators. */
  Explanation getExplanation();

  /**
   * The numbers of the criteria that are preconditions of the title (see {@link
   * org.ntmkit.rules.catalog.Criterion}).
   */
  ImmutableList<String> getPreconditions();

  /**
   * Whether the set applied is complete: every criterion's indicators known and, where a source
   * gives how many indicators the instrument has, all of them encoded. When false the outcome is at
   * best {@code UNDETERMINED} and {@link #getIncompleteCriteria()} says where; {@code
   * NtmRules.completeness} gives the whole list of gaps.
   */
  @Value.Default
  default boolean isSetComplete() {
    return true;
  }

  /** The numbers of the criteria whose indicators are not all known (NOT FOUND). */
  ImmutableList<String> getIncompleteCriteria();

  /**
   * The numbers of the criteria whose verdict rests on a value or an indicator of provenance {@code
   * EXAMPLE} (a demonstration overlay): no verdict of law. Empty unless the set reads such a value
   * somewhere.
   */
  ImmutableList<String> getCriteriaOnExamples();

  /** The criteria's results, in the set's order (preconditions included, and marked). */
  default ImmutableList<CriterionResult> criteria() {
    ImmutableList.Builder<CriterionResult> out = ImmutableList.builder();
    for (Explanation c : getExplanation().getChildren()) {
      out.add(CriterionResult.of(c, getPreconditions().contains(c.getSubject())));
    }
    return out.build();
  }

  /** The result of the criterion with a number, e.g. {@code "16"}. */
  default Optional<CriterionResult> criterion(String number) {
    for (Explanation c : getExplanation().getChildren()) {
      if (c.getSubject().equals(number)) {
        return Optional.of(CriterionResult.of(c, getPreconditions().contains(number)));
      }
    }
    return Optional.empty();
  }

  /**
   * The result of the indicator with an id, e.g. {@code "16.1"}, wherever it stands (parts of a
   * composite included).
   */
  default Optional<IndicatorResult> indicator(String id) {
    for (Explanation c : getExplanation().getChildren()) {
      Optional<Explanation> found = find(c.getChildren(), id);
      if (found.isPresent()) {
        return found.map(IndicatorResult::of);
      }
    }
    return Optional.empty();
  }

  private static Optional<Explanation> find(List<Explanation> nodes, String id) {
    for (Explanation n : nodes) {
      if (n.getSubject().equals(id)) {
        return Optional.of(n);
      }
      Optional<Explanation> inParts = find(n.getChildren(), id);
      if (inParts.isPresent()) {
        return inParts;
      }
    }
    return Optional.empty();
  }

  /** The verdicts without the explanations, for bulk output. */
  default AssessmentSummary summary() {
    ImmutableAssessmentSummary.Builder b =
        ImmutableAssessmentSummary.builder()
            .setUnitCode(getUnitCode())
            .setSetId(getSetId())
            .setDate(getDate())
            .setOutcome(getOutcome());
    getExplanation().getChildren().forEach(c -> b.putCriteria(c.getSubject(), c.getOutcome()));
    return b.build();
  }

  /** The number of criteria with an outcome. */
  default long count(Outcome outcome) {
    return getExplanation().getChildren().stream().filter(c -> c.getOutcome() == outcome).count();
  }
}
