package org.ntmkit.rules.recognition;

import java.util.List;
import org.ntmkit.core.Outcome;
import org.ntmkit.core.quantity.Ratio;
import org.ntmkit.rules.Assessment;

/**
 * Rolling member assessments up into a ratio variable of their parent, e.g. the share of a
 * commune's villages that are model residential areas ({@code villages.modelResidentialAreas}).
 *
 * <pre>{@code
 * Ratio share = Rollup.shareMet(villageAssessments); // 7 of 10 villages met
 * }</pre>
 */
public final class Rollup {
  private Rollup() {}

  /**
   * The share of assessments whose outcome is {@code MET}, over all of them (undetermined ones
   * count as not yet met, as a report counts recognised units).
   *
   * @throws IllegalArgumentException for an empty list (a share of nothing is undefined)
   */
  public static Ratio shareMet(List<Assessment> assessments) {
    if (assessments.isEmpty()) {
      throw new IllegalArgumentException("no assessments to roll up");
    }
    long met = assessments.stream().filter(a -> a.getOutcome() == Outcome.MET).count();
    return Ratio.of(met, assessments.size());
  }
}
