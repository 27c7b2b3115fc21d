package org.ntmkit.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.ntmkit.core.Language;
import org.ntmkit.core.Outcome;
import org.ntmkit.core.io.InvalidInputException;
import org.ntmkit.core.io.NtmJson;
import org.ntmkit.core.io.ProblemCode;
import org.ntmkit.core.quantity.Money;
import org.ntmkit.core.quantity.MoneyUnit;
import org.ntmkit.core.quantity.Percentage;
import org.ntmkit.core.quantity.Ratio;
import org.ntmkit.core.quantity.ShareRounding;

/** The README's Java example, kept compiling and true. */
class ReadmeExampleTest {

  @Test
  void readmeExample() {
    NtmJson json = NtmJson.defaults();
    Ratio villages = json.read("{\"numerator\": 7, \"denominator\": 10}", Ratio.class);
    Outcome culture = Outcome.of(villages.isAtLeast(Percentage.of(70))); // QĐ 1980, 16.1
    Outcome criterion = Outcome.allOf(List.of(culture, Outcome.UNDETERMINED));
    long modelCommunesNeeded = Percentage.of(10).minimumCountOf(182);
    List<BigDecimal> shares =
        ShareRounding.LARGEST_REMAINDER.shares(
            List.of(BigDecimal.valueOf(1), BigDecimal.valueOf(1), BigDecimal.valueOf(1)), 1);
    String total = Money.ofMillions(9_578_694).format(MoneyUnit.BILLION, 1, Language.VI);
    InvalidInputException e =
        assertThrows(
            InvalidInputException.class,
            () -> json.read("{\"numerator\": 11, \"denominator\": 10}", Ratio.class));

    assertEquals(Outcome.MET, culture);
    assertEquals(Outcome.UNDETERMINED, criterion);
    assertEquals(19, modelCommunesNeeded);
    assertEquals(
        List.of(new BigDecimal("33.4"), new BigDecimal("33.3"), new BigDecimal("33.3")), shares);
    assertEquals("9.578,7 tỷ đồng", total);
    assertEquals("$", e.getProblems().get(0).getPath());
    assertEquals(ProblemCode.INCONSISTENT, e.getProblems().get(0).getCode());
  }
}
