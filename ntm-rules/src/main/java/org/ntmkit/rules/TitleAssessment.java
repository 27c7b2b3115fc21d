package org.ntmkit.rules;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.google.common.collect.ImmutableMap;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;
import org.ntmkit.core.LocalizedText;
import org.ntmkit.core.NtmStyle;
import org.ntmkit.core.Outcome;

/**
 * Which titles a commune's data reaches on a date: NTM, advanced (NTM and the advanced set) and
 * model (advanced, or NTM where the model set says so, and the model set), each also under the
 * recognition conditions in force ({@link #getConditions()}). A title whose set is not known for
 * the date is {@code UNDETERMINED}.
 */
@Value.Immutable
@NtmStyle
@JsonSerialize(as = ImmutableTitleAssessment.class)
@JsonDeserialize(as = ImmutableTitleAssessment.class)
public interface TitleAssessment {

  /** The code of the unit assessed (commune, district, province, village). */
  String getUnitCode();

  /** The date. */
  LocalDate getDate();

  /** The outcome per title, chained. */
  ImmutableMap<Title, Outcome> getOutcomes();

  /** The assessment against each title's own set, where a set applies. */
  ImmutableMap<Title, Assessment> getAssessments();

  /**
   * Per title, why it could not be assessed (no set in force), or that its outcome is its
   * criteria's only (no recognition conditions encoded for the date).
   */
  ImmutableMap<Title, LocalizedText> getNotes();

  /**
   * The assessment against the recognition conditions in force on the date (QĐ 18/2022/QĐ-TTg:
   * residents' satisfaction, no outstanding construction debt, security and order), which every
   * title's outcome includes; empty where none is encoded for the date.
   */
  Optional<Assessment> getConditions();

  /** The highest title reached, if any is {@code MET}. */
  default Optional<Title> highestTitle() {
    Optional<Title> best = Optional.empty();
    for (Title t : Title.values()) {
      if (getOutcomes().get(t) == Outcome.MET) {
        best = Optional.of(t);
      }
    }
    return best;
  }
}
