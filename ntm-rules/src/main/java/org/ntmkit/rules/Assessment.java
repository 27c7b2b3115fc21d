package org.ntmkit.rules;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;
import org.ntmkit.core.NtmStyle;
import org.ntmkit.core.Outcome;
import org.ntmkit.core.explain.Explanation;
import org.ntmkit.core.unit.CommuneGroup;
import org.ntmkit.core.unit.Region;
import org.ntmkit.rules.catalog.Criterion;

/**
 * A unit (commune, district, town, province, village) evaluated against one criteria set on a date:
 * the outcome of every criterion and indicator with measured and required values, gaps, legal
 * references and provenance.
 *
 * <p>{@link #getExplanation()} is the tree: its children are the criteria, theirs the indicators.
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

  /** The numbers of the criteria that are preconditions of the title (see {@link org.ntmkit.rules.catalog.Criterion}). */
  ImmutableList<String> getPreconditions();

  /** The criterion with a number. */
  default Optional<Explanation> criterion(String number) {
    return getExplanation().getChildren().stream()
        .filter(c -> c.getSubject().equals(number))
        .findFirst();
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
