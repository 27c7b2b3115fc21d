package org.ntmkit.rules.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.ntmkit.core.Outcome;
import org.ntmkit.core.explain.Comparison;
import org.ntmkit.core.explain.Explanation;
import org.ntmkit.core.quantity.MeasureUnit;
import org.ntmkit.core.quantity.Percentage;
import org.ntmkit.core.quantity.Ratio;
import org.ntmkit.core.unit.District;
import org.ntmkit.rules.Title;
import org.ntmkit.rules.UnitLevel;
import org.ntmkit.rules.catalog.Indicator;
import org.ntmkit.rules.catalog.ValueDomain;
import org.ntmkit.rules.internal.EvaluationContext.Threshold;
import org.ntmkit.rules.measurement.Member;

/**
 * The share ({@link Indicator.MemberShare}) or number ({@link Indicator.MemberCount}) of members at
 * a level holding a title, against a parameter: decided on the members known to hold it and those
 * that might (undetermined), so one unknown member cannot make a verdict that more data could
 * overturn. The gap names the members closest to qualifying.
 */
final class MemberRule implements IndicatorRule<Indicator.OfMembers> {
  static final MemberRule INSTANCE = new MemberRule();

  private MemberRule() {}

  @Override
  public Explanation evaluate(Indicator.OfMembers ind, SetEvaluator e) {
    UnitLevel level = ind.getMemberLevel();
    Title title = ind.getMemberTitle();
    List<Member> members = new ArrayList<>();
    for (Member m : e.data().members()) {
      if (m.getLevel() == level) {
        members.add(m);
      }
    }
    boolean share = ind instanceof Indicator.MemberShare;
    Optional<Threshold> p = e.parameter(ind.getParameter());
    Node node =
        new Node(ind.getId(), ind.getName())
            .setUnit(share ? MeasureUnit.PERCENT : MeasureUnit.COUNT)
            .setComparison(ind.getComparison());
    p.ifPresent(
        t ->
            node.setRequired(t.value().getValue())
                .cite(t)
                .setProvenance(SetEvaluator.weakest(ind, t)));
    if (level.isDistrictLevel() && !e.data().date().isBefore(District.ABOLISHED_ON)) {
      return node.undetermined(Wording.districtsCeased(level));
    }
    if (members.isEmpty() && share) {
      return node.undetermined(Wording.noMembers(level));
    }
    if (p.isEmpty()) {
      return node.undetermined(e.missingParameter(ind.getParameter()));
    }
    long met = members.stream().filter(m -> m.title(title) == Outcome.MET).count();
    long unknown = members.stream().filter(m -> m.title(title) == Outcome.UNDETERMINED).count();
    int total = members.size();
    BigDecimal requiredValue = p.get().value().getValue();
    Comparison c = ind.getComparison();
    // The count of members holding the title lies in [met, met + unknown]. Every comparison holds
    // on an interval of counts (≥, > upwards; ≤, < downwards; = at one point), so it holds for
    // every completion of the unknowns iff it holds at both ends, and for none iff it holds at
    // neither end and (for =) the one count where it holds is outside the range (Kleene logic).
    long most = met + unknown;
    boolean atFewest;
    boolean atMost;
    boolean inBetween;
    long needed;
    if (share) {
      Percentage required = Percentage.of(requiredValue);
      node.setMeasured(Ratio.of(met, total).percentHalfUp(2));
      atFewest = c.holds(Ratio.of(met, total).compareTo(required));
      atMost = c.holds(Ratio.of(most, total).compareTo(required));
      // = p% of total: the count p·total/100, when it is whole.
      BigDecimal exact = requiredValue.multiply(BigDecimal.valueOf(total)).movePointLeft(2);
      inBetween = c == Comparison.EQUAL && isWholeWithin(exact, met, most);
      needed = Math.max(1, required.minimumCountOf(total) - met);
    } else {
      node.setMeasured(BigDecimal.valueOf(met));
      atFewest = c.test(BigDecimal.valueOf(met), requiredValue);
      atMost = c.test(BigDecimal.valueOf(most), requiredValue);
      inBetween = c == Comparison.EQUAL && isWholeWithin(requiredValue, met, most);
      needed =
          Math.max(
              1,
              requiredValue
                      .min(BigDecimal.valueOf(total))
                      .setScale(0, RoundingMode.CEILING)
                      .longValueExact()
                  - met);
    }
    boolean certain = atFewest && atMost;
    boolean possible = atFewest || atMost || inBetween;
    if (certain) {
      return node.met();
    }
    if (c != Comparison.AT_LEAST && c != Comparison.MORE_THAN) {
      // No "needs n more" for ≤, < and =: the measured share or count against the requirement.
      return node.setOutcome(possible ? Outcome.UNDETERMINED : Outcome.NOT_MET)
          .setMessage(Wording.membersAgainst(c, title, met, unknown, total))
          .build();
    }
    List<Member> closest = new ArrayList<>();
    for (Member m : members) {
      if (m.title(title) != Outcome.MET) {
        closest.add(m);
      }
    }
    closest.sort(
        Comparator.comparing((Member m) -> -m.getCriteriaMet().orElse(-1))
            .thenComparing(Member::getCode));
    String names =
        String.join(
            ", ",
            closest.subList(0, (int) Math.min(closest.size(), needed)).stream()
                .map(Member::getName)
                .toList());
    return node.setOutcome(possible ? Outcome.UNDETERMINED : Outcome.NOT_MET)
        .setGap(BigDecimal.valueOf(needed))
        .setMessage(Wording.membersShort(needed, title, met, total, names))
        .build();
  }

  /** Whether {@code value} is a whole number between {@code low} and {@code high} inclusive. */
  private static boolean isWholeWithin(BigDecimal value, long low, long high) {
    return ValueDomain.WHOLE_NUMBER.contains(value)
        && value.compareTo(BigDecimal.valueOf(low)) >= 0
        && value.compareTo(BigDecimal.valueOf(high)) <= 0;
  }
}
