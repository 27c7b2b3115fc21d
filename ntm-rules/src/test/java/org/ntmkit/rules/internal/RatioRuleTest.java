package org.ntmkit.rules.internal;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import net.jqwik.api.Example;
import org.ntmkit.core.explain.Comparison;
import org.ntmkit.core.quantity.Ratio;

/**
 * A share at 100% meets every "at least" threshold in [0%, 100%] and 0% every "at most" one, so it
 * is decided even when the threshold is NOT FOUND (architecture.md, principle 3).
 */
class RatioRuleTest {

  @Example
  void strictComparisonsNeverQualify() {
    Ratio all = Ratio.of(5, 5);
    Ratio none = Ratio.of(0, 5);
    assertTrue(RatioRule.metWhateverTheThreshold(Comparison.AT_LEAST, all));
    assertTrue(RatioRule.metWhateverTheThreshold(Comparison.AT_MOST, none));
    assertFalse(RatioRule.metWhateverTheThreshold(Comparison.AT_LEAST, none));
    assertFalse(RatioRule.metWhateverTheThreshold(Comparison.AT_MOST, all));
    assertFalse(RatioRule.metWhateverTheThreshold(Comparison.MORE_THAN, all));
    assertFalse(RatioRule.metWhateverTheThreshold(Comparison.LESS_THAN, none));
  }
}
