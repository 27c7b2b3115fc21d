package org.ntmkit.rules.recognition;

import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.ntmkit.core.LocalizedText;
import org.ntmkit.core.Outcome;
import org.ntmkit.core.explain.Comparison;
import org.ntmkit.core.explain.Explanation;
import org.ntmkit.core.law.Bibliography;
import org.ntmkit.core.law.Provenance;
import org.ntmkit.core.parameter.ParameterQuery;
import org.ntmkit.core.parameter.ParameterValue;
import org.ntmkit.core.quantity.MeasureUnit;
import org.ntmkit.core.quantity.Percentage;
import org.ntmkit.core.quantity.Ratio;
import org.ntmkit.rules.Assessment;
import org.ntmkit.rules.CriterionResult;
import org.ntmkit.rules.NtmRules;
import org.ntmkit.rules.UnitLevel;
import org.ntmkit.rules.catalog.CriteriaSet;
import org.ntmkit.rules.measurement.Member;

/**
 * The 2021–2025 revocation rule for a recognised commune, as read (INFERRED) from a garbled
 * secondary source on the 2021–2025 recognition rules (QĐ 18/2022/QĐ-TTg as reported): the title is
 * withdrawn when at least {@code recognition.revocation.upperShare} (50%) of its criteria no longer
 * meet the standard, or at least {@code recognition.revocation.lowerShare} (30%) do and one of them
 * is a key criterion of the set (income, environment, living environment, defence and security).
 *
 * <pre>{@code
 * Explanation verdict = Revocation.assess(assessment, NtmRules.bundled());
 * verdict.getOutcome(); // MET: the rule calls for revocation; NOT_MET: it does not; UNDETERMINED
 * }</pre>
 *
 * <p>Undetermined criteria are counted both ways: the rule is {@code MET} if it holds with the
 * criteria known to fail, {@code NOT_MET} if it fails even when every undetermined criterion fails
 * too, and {@code UNDETERMINED} in between.
 */
public final class Revocation {

  static final String LOWER = "recognition.revocation.lowerShare";
  static final String UPPER = "recognition.revocation.upperShare";
  static final String MEMBERS = "recognition.revocation.memberShare";

  private Revocation() {}

  /**
   * The district rule (QĐ 18/2022/QĐ-TTg [S8]): revoked when at least {@code
   * recognition.revocation.memberShare} (30%) of its communes had their recognition revoked, or by
   * the share of its own criteria lost as for communes (key criteria: economy, environment, living
   * environment, political system – security – public administration).
   *
   * @param members the district's communes, with {@link Member#isRevoked()}
   */
  public static Explanation assessDistrict(
      Assessment assessment, NtmRules rules, List<Member> members) {
    Explanation own = assess(assessment, rules);
    ParameterQuery q = ParameterQuery.builder().setDate(assessment.getDate()).build();
    Optional<ParameterValue> share = rules.parameters().find(MEMBERS, q);
    List<Member> communes =
        members.stream().filter(m -> m.getLevel() == UnitLevel.COMMUNE).toList();
    if (share.isEmpty() || communes.isEmpty()) {
      return own;
    }
    long revoked = communes.stream().filter(Member::isRevoked).count();
    boolean byMembers =
        Ratio.of(revoked, communes.size()).isAtLeast(Percentage.of(share.get().getValue()));
    Explanation memberRule =
        Explanation.builder()
            .setSubject("members")
            .setLabel(
                LocalizedText.of(
                    "Xã bị thu hồi công nhận", "Communes whose recognition was revoked"))
            .setOutcome(Outcome.of(byMembers))
            .setMeasured(Ratio.of(revoked, communes.size()).percentHalfUp(2))
            .setRequired(share.get().getValue())
            .setComparison(Comparison.AT_LEAST)
            .setUnit(MeasureUnit.PERCENT)
            .addReferences(share.get().getRef())
            .addAllSources(Bibliography.citedKeys(share.get().getNote().orElse("")))
            .setProvenance(share.get().getProvenance())
            .setMessage(
                LocalizedText.of(
                    revoked + "/" + communes.size() + " xã bị thu hồi",
                    revoked + " of " + communes.size() + " communes revoked"))
            .build();
    return org.ntmkit.core.explain.ImmutableExplanation.copyOf(own)
        .withOutcome(own.getOutcome().or(memberRule.getOutcome()))
        .withChildren(memberRule, own);
  }

  /**
   * Whether the revocation rule applies to a unit's current assessment (share of criteria lost).
   */
  public static Explanation assess(Assessment assessment, NtmRules rules) {
    ParameterQuery q = ParameterQuery.builder().setDate(assessment.getDate()).build();
    Optional<ParameterValue> lower = rules.parameters().find(LOWER, q);
    Optional<ParameterValue> upper = rules.parameters().find(UPPER, q);
    CriteriaSet set = rules.sets().get(assessment.getSetId());
    var builder =
        Explanation.builder()
            .setSubject(assessment.getUnitCode())
            .setLabel(LocalizedText.of("Thu hồi quyết định công nhận", "Revocation of recognition"))
            .setUnit(MeasureUnit.PERCENT);
    if (lower.isEmpty() || upper.isEmpty()) {
      return builder
          .setOutcome(Outcome.UNDETERMINED)
          .setMessage(
              LocalizedText.of(
                  "không có quy tắc thu hồi áp dụng vào ngày " + assessment.getDate(),
                  "no revocation rule in force on " + assessment.getDate()))
          .build();
    }
    List<CriterionResult> criteria = assessment.criteria();
    long total = criteria.size();
    long notMet = criteria.stream().filter(c -> c.getOutcome() == Outcome.NOT_MET).count();
    long unknown = criteria.stream().filter(c -> c.getOutcome() == Outcome.UNDETERMINED).count();
    boolean keyFails =
        criteria.stream().anyMatch(c -> isKey(set, c) && c.getOutcome() == Outcome.NOT_MET);
    boolean keyMayFail =
        criteria.stream().anyMatch(c -> isKey(set, c) && c.getOutcome() != Outcome.MET);
    Percentage lo = Percentage.of(lower.get().getValue());
    Percentage hi = Percentage.of(upper.get().getValue());
    boolean certain = triggered(Ratio.of(notMet, total), keyFails, lo, hi);
    boolean possible = triggered(Ratio.of(notMet + unknown, total), keyMayFail, lo, hi);
    Outcome outcome = certain ? Outcome.MET : possible ? Outcome.UNDETERMINED : Outcome.NOT_MET;
    return builder
        .setOutcome(outcome)
        .setMeasured(Ratio.of(notMet, total).percentHalfUp(2))
        .setRequired(lo.value())
        .setComparison(Comparison.AT_LEAST)
        .addReferences(lower.get().getRef())
        .addAllSources(Bibliography.citedKeys(lower.get().getNote().orElse("")))
        .setProvenance(Provenance.weakest(lower.get().getProvenance(), upper.get().getProvenance()))
        .setMessage(
            LocalizedText.of(
                notMet
                    + "/"
                    + total
                    + " tiêu chí không đạt"
                    + (keyFails ? ", có tiêu chí trọng yếu" : "")
                    + ": "
                    + verdict(
                        outcome, "thuộc diện thu hồi", "chưa thuộc diện thu hồi", "chưa xác định"),
                notMet
                    + "/"
                    + total
                    + " criteria not met"
                    + (keyFails ? ", including a key criterion" : "")
                    + ": "
                    + verdict(
                        outcome,
                        "revocation applies",
                        "revocation does not apply",
                        "cannot tell yet")))
        .build();
  }

  private static String verdict(Outcome outcome, String met, String notMet, String undetermined) {
    return outcome == Outcome.MET ? met : outcome == Outcome.NOT_MET ? notMet : undetermined;
  }

  private static boolean isKey(@Nullable CriteriaSet set, CriterionResult criterion) {
    return set != null && set.getKeyCriteria().contains(criterion.getNumber());
  }

  private static boolean triggered(Ratio share, boolean key, Percentage lower, Percentage upper) {
    return share.isAtLeast(upper) || (share.isAtLeast(lower) && key);
  }
}
