package org.ntmkit.report;

import java.util.Optional;
import org.immutables.value.Value;
import org.ntmkit.core.LocalizedText;
import org.ntmkit.core.NtmStyle;
import org.ntmkit.rules.plan.Plan;

/** A count reported against a plan: "250 model residential areas against a plan of 200". */
@Value.Immutable
@NtmStyle
public interface PlannedCount {

  /** What is counted. */
  LocalizedText getLabel();

  /** The count reached in the year. */
  long getActual();

  /** The plan, if any. */
  Optional<Plan> getPlan();

  /** A cumulative figure, if reported (e.g. 678 model residential areas in all). */
  Optional<Long> getCumulative();

  /** Attainment of the plan, whole percent half-up. */
  default Optional<java.math.BigDecimal> attainmentPercent() {
    return getPlan().map(p -> p.attainmentPercent(java.math.BigDecimal.valueOf(getActual())));
  }

  /** A count with a plan. */
  static PlannedCount of(LocalizedText label, long actual, Plan plan) {
    return PlannedCount.builder().setLabel(label).setActual(actual).setPlan(plan).build();
  }

  /** A new builder. */
  static ImmutablePlannedCount.Builder builder() {
    return ImmutablePlannedCount.builder();
  }
}
