package org.ntmkit.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.ntmkit.core.LocalizedText;
import org.ntmkit.core.Outcome;
import org.ntmkit.core.explain.Explanation;
import org.ntmkit.rules.recognition.Revocation;

/**
 * The boundaries of the 2021–2025 revocation rule for communes (shared/domain/commune-criteria.md
 * §2.1, INFERRED reading): recognition is revoked when at least 50% of the criteria are no longer
 * met, or at least 30% including a key criterion (income, environment, defence and security:
 * criteria 10, 17, 19 of QĐ 318/QĐ-TTg). Ten criteria make the boundaries exact: 5 and 3.
 */
class RevocationBoundaryTest {

  private static final NtmRules RULES = NtmRules.bundled();

  /**
   * An assessment under QĐ 318 (2023) whose ten criteria have the given outcomes; {@code key} is
   * given to criterion 19 (a key criterion), the others are numbered 1, 2, … (not key).
   */
  private static Assessment assessment(int notMet, int undetermined, String key) {
    List<Explanation> criteria = new ArrayList<>();
    if (!key.equals("-")) {
      criteria.add(criterion("19", Outcome.valueOf(key)));
    }
    for (int i = 1; criteria.size() < 10; i++) {
      Outcome o =
          i <= notMet
              ? Outcome.NOT_MET
              : i <= notMet + undetermined ? Outcome.UNDETERMINED : Outcome.MET;
      criteria.add(criterion(String.valueOf(i), o));
    }
    return ImmutableAssessment.builder()
        .setUnitCode("18505")
        .setSetId("qd-318-2022-basic")
        .setTitle(Title.NTM)
        .setDate(LocalDate.of(2023, 6, 30))
        .setOutcome(Outcome.NOT_MET)
        .setExplanation(
            Explanation.builder()
                .setSubject("18505")
                .setLabel(LocalizedText.of("Xã", "Commune"))
                .setOutcome(Outcome.NOT_MET)
                .setMessage(LocalizedText.of("-", "-"))
                .addAllChildren(criteria)
                .build())
        .build();
  }

  private static Explanation criterion(String number, Outcome outcome) {
    return Explanation.builder()
        .setSubject(number)
        .setLabel(LocalizedText.of("Tiêu chí " + number, "Criterion " + number))
        .setOutcome(outcome)
        .setMessage(LocalizedText.of("-", "-"))
        .build();
  }

  @ParameterizedTest(name = "{0} other criteria lost, {1} unknown, key criterion {2} → {3}")
  @CsvSource({
    // ≥ 50% lost revokes, with or without a key criterion
    "5, 0, -, MET, 5/10 criteria not met: revocation applies",
    "4, 0, -, NOT_MET, 4/10 criteria not met: revocation does not apply",
    "4, 0, NOT_MET, MET, '5/10 criteria not met, including a key criterion: revocation applies'",
    // ≥ 30% with a key criterion revokes; without one it does not
    "2, 0, NOT_MET, MET, '3/10 criteria not met, including a key criterion: revocation applies'",
    "1, 0, NOT_MET, NOT_MET, '2/10 criteria not met, including a key criterion: revocation does"
        + " not apply'",
    "3, 0, MET, NOT_MET, 3/10 criteria not met: revocation does not apply",
    "3, 0, -, NOT_MET, 3/10 criteria not met: revocation does not apply",
    // unknown criteria that could tip it leave it undetermined, and only then
    "2, 0, UNDETERMINED, UNDETERMINED, 2/10 criteria not met: cannot tell yet",
    "4, 1, -, UNDETERMINED, 4/10 criteria not met: cannot tell yet",
    "3, 1, MET, NOT_MET, 3/10 criteria not met: revocation does not apply",
    "1, 1, UNDETERMINED, UNDETERMINED, 1/10 criteria not met: cannot tell yet",
    "1, 0, UNDETERMINED, NOT_MET, 1/10 criteria not met: revocation does not apply",
  })
  void revocationBoundaries(int lost, int unknown, String key, Outcome expected, String message) {
    Explanation r = Revocation.assess(assessment(lost, unknown, key), RULES);
    assertEquals(expected, r.getOutcome(), r.getMessage().getEn());
    assertEquals(message, r.getMessage().getEn());
    assertTrue(r.getMessage().getVi().contains("tiêu chí không đạt"), r.getMessage().getVi());
  }
}
