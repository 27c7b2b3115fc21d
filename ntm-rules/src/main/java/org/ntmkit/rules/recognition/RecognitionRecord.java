package org.ntmkit.rules.recognition;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.google.common.collect.ImmutableList;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;
import org.ntmkit.core.LocalizedText;
import org.ntmkit.core.NtmStyle;
import org.ntmkit.core.Outcome;
import org.ntmkit.core.explain.Explanation;
import org.ntmkit.rules.Assessment;
import org.ntmkit.rules.Title;
import org.ntmkit.rules.TitleAssessment;
import org.ntmkit.rules.UnitLevel;

/**
 * A recognition decision: a dated fact, not today's evaluation. A commune recognised NTM in 2016
 * may fail two criteria today (the seed report's 75 criterion failures across 182 communes include
 * at least 31 in recognised communes); {@link #lapses(TitleAssessment)} flags that, which feeds
 * revocation.
 *
 * <p>JSON: {@code {"unitCode": "00001", "title": "NTM", "decision": "1234/QĐ-UBND", "date":
 * "2016-12-20", "setId": "qd-1980-2016"}}.
 */
@Value.Immutable
@NtmStyle
@JsonSerialize(as = ImmutableRecognitionRecord.class)
@JsonDeserialize(as = ImmutableRecognitionRecord.class)
public interface RecognitionRecord {

  /** The unit recognised (a commune's five-digit code, a district's three-digit code …). */
  @NotBlank
  String getUnitCode();

  /** The unit's level; default commune. */
  @Value.Default
  default UnitLevel getLevel() {
    return UnitLevel.COMMUNE;
  }

  /** The title granted. */
  @NotNull
  Title getTitle();

  /** The decision's number, if known. */
  Optional<String> getDecision();

  /** The decision's date. */
  @NotNull
  LocalDate getDate();

  /** The criteria set the commune was recognised under. */
  @NotBlank
  String getSetId();

  /** Whether a revocation decision ended the title, and when. */
  Optional<LocalDate> getRevokedOn();

  /** Whether the title was held on a date (granted on or before it, not yet revoked). */
  default boolean isHeldOn(LocalDate date) {
    return !date.isBefore(getDate()) && getRevokedOn().map(date::isBefore).orElse(true);
  }

  /**
   * Whether the title is held on the assessment's date and the assessment's outcome for it is
   * {@code NOT_MET} (what {@link #lapses} explains, without building the explanation).
   *
   * <pre>{@code
   * record.isLapsed(rules.titles(data));  // true: recognised in 2018, fails criterion 17 now
   * }</pre>
   */
  default boolean isLapsed(TitleAssessment current) {
    return isHeldOn(current.getDate()) && current.getOutcomes().get(getTitle()) == Outcome.NOT_MET;
  }

  /**
   * Whether a current assessment shows the recognised title no longer met: its outcome for this
   * title is {@code NOT_MET}. The explanation names the failing criteria.
   *
   * @return empty when the title is still met or cannot be told
   */
  default Optional<Explanation> lapses(TitleAssessment current) {
    if (!isLapsed(current)) {
      return Optional.empty();
    }
    ImmutableList.Builder<Explanation> failing = ImmutableList.builder();
    for (Assessment a : current.getAssessments().values()) {
      if (a.getTitle().compareTo(getTitle()) <= 0) {
        a.getExplanation().getChildren().stream()
            .filter(c -> c.getOutcome() == Outcome.NOT_MET)
            .forEach(failing::add);
      }
    }
    ImmutableList<Explanation> criteria = failing.build();
    return Optional.of(
        Explanation.builder()
            .setSubject(getUnitCode())
            .setLabel(getTitle().label())
            .setOutcome(Outcome.NOT_MET)
            .setMessage(
                LocalizedText.of(
                    "đã công nhận ngày "
                        + getDate()
                        + " nhưng hiện chưa đạt "
                        + criteria.size()
                        + " tiêu chí; cần rà soát, xem xét thu hồi",
                    "recognised on "
                        + getDate()
                        + " but now fails "
                        + criteria.size()
                        + " criteria; review for revocation"))
            .addAllChildren(criteria)
            .build());
  }

  /** A new builder. */
  static ImmutableRecognitionRecord.Builder builder() {
    return ImmutableRecognitionRecord.builder();
  }
}
