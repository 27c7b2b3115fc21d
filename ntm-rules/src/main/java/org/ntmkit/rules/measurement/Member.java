package org.ntmkit.rules.measurement;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.google.common.collect.ImmutableMap;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;
import org.ntmkit.core.NtmStyle;
import org.ntmkit.core.Outcome;
import org.ntmkit.rules.Title;
import org.ntmkit.rules.TitleAssessment;
import org.ntmkit.rules.UnitLevel;
import org.ntmkit.rules.recognition.RecognitionRecord;

/**
 * A member unit of a district or province as its aggregation rules see it: which titles it holds
 * (MET), does not (NOT_MET) or cannot be told (UNDETERMINED), and how many criteria it meets, for
 * ranking the ones closest to qualifying.
 *
 * <p>JSON: {@code {"code": "00001", "name": "Thạch Kim", "level": "COMMUNE", "titles": {"NTM":
 * "MET", "ADVANCED": "NOT_MET"}, "criteriaMet": 19}}. A title not listed is {@code UNDETERMINED}.
 */
@Value.Immutable
@NtmStyle
@JsonSerialize(as = ImmutableMember.class)
@JsonDeserialize(as = ImmutableMember.class)
public interface Member {

  /** The member's code. */
  @NotBlank
  String getCode();

  /** Its name. */
  @NotBlank
  String getName();

  /** Its level (communes of a district; districts, towns and communes of a province). */
  @NotNull
  UnitLevel getLevel();

  /** The outcome per title; a title not listed is {@code UNDETERMINED}. */
  ImmutableMap<Title, Outcome> getTitles();

  /** How many criteria of its set it meets, if known. */
  Optional<@PositiveOrZero Integer> getCriteriaMet();

  /** Whether a recognition of this member was revoked in the period (for district revocation). */
  @Value.Default
  default boolean isRevoked() {
    return false;
  }

  /** The outcome for a title. */
  default Outcome title(Title title) {
    return getTitles().getOrDefault(title, Outcome.UNDETERMINED);
  }

  /** A commune member from its current assessment. */
  static Member of(TitleAssessment assessment, String name) {
    Optional<Integer> met =
        Optional.ofNullable(assessment.getAssessments().get(Title.NTM))
            .map(a -> (int) a.count(Outcome.MET));
    return ImmutableMember.builder()
        .setCode(assessment.getUnitCode())
        .setName(name)
        .setLevel(UnitLevel.COMMUNE)
        .putAllTitles(assessment.getOutcomes())
        .setCriteriaMet(met)
        .build();
  }

  /**
   * A member from its recognition decisions: a title held on the date is {@code MET}, any other
   * {@code NOT_MET} (recognition, not today's evaluation, is what district rules count).
   */
  static Member fromRecognitions(
      String code, String name, UnitLevel level, List<RecognitionRecord> records, LocalDate date) {
    Map<Title, Outcome> titles = new EnumMap<>(Title.class);
    for (Title t : Title.values()) {
      boolean held =
          records.stream()
              .anyMatch(r -> r.getUnitCode().equals(code) && r.getTitle() == t && r.isHeldOn(date));
      titles.put(t, Outcome.of(held));
    }
    boolean revoked =
        records.stream()
            .anyMatch(
                r ->
                    r.getUnitCode().equals(code)
                        && r.getRevokedOn().map(d -> !d.isAfter(date)).orElse(false));
    return ImmutableMember.builder()
        .setCode(code)
        .setName(name)
        .setLevel(level)
        .putAllTitles(titles)
        .setRevoked(revoked)
        .build();
  }
}
