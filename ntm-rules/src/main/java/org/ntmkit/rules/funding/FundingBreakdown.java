package org.ntmkit.rules.funding;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.google.common.collect.ImmutableList;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import org.immutables.value.Value;
import org.ntmkit.core.NtmStyle;
import org.ntmkit.core.quantity.Money;

/**
 * The capital mobilised by a unit over a period, by source, as reported: a stated total and a tree
 * of lines.
 *
 * <p>JSON: {@code {"unit": "Hà Tĩnh", "period": "2020", "total": 9578694000000, "lines": [ … ]}}.
 * Reading a report whose parts do not add up is not an error; {@link FundingAnalysis} states the
 * discrepancies, or rejects them in strict mode.
 */
@Value.Immutable
@NtmStyle
@JsonSerialize(as = ImmutableFundingBreakdown.class)
@JsonDeserialize(as = ImmutableFundingBreakdown.class)
public interface FundingBreakdown {

  /** The unit (province, commune …). */
  @NotBlank
  String getUnit();

  /** The period, e.g. {@code "2020"} or {@code "2021–2025"}. */
  @NotBlank
  String getPeriod();

  /** The stated total. */
  @NotNull
  Money getTotal();

  /** The top-level sources. */
  @NotEmpty
  ImmutableList<@NotNull @Valid FundingLine> getLines();

  /**
   * Every level's parts add up to an amount that {@link Money} holds (at most {@code
   * Long.MAX_VALUE} đồng), so that checking the sums never overflows: parts that add up to more are
   * input out of range, at the list's path.
   *
   * @throws org.ntmkit.core.io.InvalidInputException naming each list whose parts are too large
   */
  @Value.Check
  default void checkSumsFit() {
    java.util.List<org.ntmkit.core.io.InputProblem> problems = new java.util.ArrayList<>();
    sumsFit(getLines(), "$.lines", problems);
    org.ntmkit.core.io.InputProblem.throwIfAny(problems);
  }

  private static void sumsFit(
      java.util.List<FundingLine> lines,
      String path,
      java.util.List<org.ntmkit.core.io.InputProblem> problems) {
    java.math.BigInteger sum = java.math.BigInteger.ZERO;
    for (int i = 0; i < lines.size(); i++) {
      sum = sum.add(java.math.BigInteger.valueOf(lines.get(i).getAmount().dong()));
      sumsFit(lines.get(i).getChildren(), path + "[" + i + "].children", problems);
    }
    if (sum.bitLength() > 63) {
      problems.add(
          org.ntmkit.core.io.InputProblem.of(
              path,
              org.ntmkit.core.io.ProblemCode.OUT_OF_RANGE,
              org.ntmkit.core.LocalizedText.of(
                  "tổng các khoản vượt quá " + Long.MAX_VALUE + " đồng",
                  "the amounts add up to more than " + Long.MAX_VALUE + " VND"),
              sum));
    }
  }

  /** A new builder. */
  static ImmutableFundingBreakdown.Builder builder() {
    return ImmutableFundingBreakdown.builder();
  }
}
