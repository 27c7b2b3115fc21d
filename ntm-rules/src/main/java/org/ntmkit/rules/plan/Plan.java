package org.ntmkit.rules.plan;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import java.math.BigDecimal;
import java.math.RoundingMode;
import org.immutables.value.Value;
import org.ntmkit.core.NtmStyle;

/**
 * A plan (kế hoạch): a number, or a range such as "70–90" products.
 *
 * <pre>{@code
 * Plan.of(15).attainmentPercent(BigDecimal.valueOf(17));          // 113 (17 new NTM communes of 15)
 * Plan.range(70, 90).attainmentPercent(BigDecimal.valueOf(87));   // 100 (inside the range)
 * }</pre>
 *
 * <p>Attainment = actual ÷ plan; for a range it is 100% inside it, actual ÷ lower bound below it,
 * actual ÷ upper bound above it (the seed report's "87 OCOP products against 70–90 = 100%"). It is
 * exact; {@link #attainmentPercent} rounds half-up to a whole percent for print.
 *
 * <p>JSON: {@code {"lower": 70, "upper": 90}}; a single number has equal bounds.
 */
@Value.Immutable
@NtmStyle
@JsonSerialize(as = ImmutablePlan.class)
@JsonDeserialize(as = ImmutablePlan.class)
public interface Plan {

  /** The lower bound (the plan itself for a single number). */
  @NotNull
  @Positive
  BigDecimal getLower();

  /** The upper bound. */
  @NotNull
  @Positive
  BigDecimal getUpper();

  /** Validation: lower ≤ upper. */
  @JsonIgnore
  @AssertTrue(message = "cận dưới lớn hơn cận trên || the lower bound exceeds the upper bound")
  default boolean isOrdered() {
    return getLower() == null || getUpper() == null || getLower().compareTo(getUpper()) <= 0;
  }

  /** A single-number plan. */
  static Plan of(long value) {
    return range(value, value);
  }

  /** A range plan, e.g. 70–90. */
  static Plan range(long lower, long upper) {
    if (lower <= 0 || upper < lower) {
      throw new IllegalArgumentException(
          "a plan needs 0 < lower ≤ upper, was " + lower + "–" + upper);
    }
    return ImmutablePlan.builder()
        .setLower(BigDecimal.valueOf(lower))
        .setUpper(BigDecimal.valueOf(upper))
        .build();
  }

  /** The figure the actual is divided by: the bound it lies beyond, or itself inside the range. */
  default BigDecimal basisFor(BigDecimal actual) {
    if (actual.compareTo(getLower()) < 0) {
      return getLower();
    }
    if (actual.compareTo(getUpper()) > 0) {
      return getUpper();
    }
    return actual.signum() == 0 ? getLower() : actual;
  }

  /** Attainment in percent, exact to {@code scale} decimals (rounded half-up at that scale). */
  default BigDecimal attainment(BigDecimal actual, int scale) {
    return actual
        .multiply(BigDecimal.valueOf(100))
        .divide(basisFor(actual), scale, RoundingMode.HALF_UP);
  }

  /** Attainment rounded half-up to a whole percent, as reports print it ("113%"). */
  default BigDecimal attainmentPercent(BigDecimal actual) {
    return attainment(actual, 0);
  }
}
