package org.ntmkit.rules;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.google.common.collect.ImmutableMap;
import java.time.LocalDate;
import org.immutables.value.Value;
import org.ntmkit.core.NtmStyle;
import org.ntmkit.core.Outcome;

/**
 * The verdicts of an assessment without their explanations: for bulk output (a national run, a
 * report's input) where the full tree of {@link Assessment#getExplanation()} would be ten times the
 * data.
 *
 * <p>JSON: {@code {"unitCode": "00001", "setId": "qd-1980-2016", "date": "2020-12-31", "outcome":
 * "UNDETERMINED", "criteria": {"1": "MET", "2": "UNDETERMINED", …}}}.
 */
@Value.Immutable
@NtmStyle
@JsonSerialize(as = ImmutableAssessmentSummary.class)
@JsonDeserialize(as = ImmutableAssessmentSummary.class)
public interface AssessmentSummary {

  /** The code of the unit assessed (commune, district, province, village). */
  String getUnitCode();

  /** The set applied. */
  String getSetId();

  /** The date. */
  LocalDate getDate();

  /** The overall outcome. */
  Outcome getOutcome();

  /** Each criterion's outcome, by number, in catalog order. */
  ImmutableMap<String, Outcome> getCriteria();
}
