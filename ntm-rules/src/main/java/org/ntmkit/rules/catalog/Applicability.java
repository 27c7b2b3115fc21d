package org.ntmkit.rules.catalog;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import org.immutables.value.Value;
import org.ntmkit.core.NtmStyle;
import org.ntmkit.core.explain.Comparison;

/**
 * When an indicator applies ("nếu có", "applies only if present"): a condition on a variable. A
 * flag counts as 1 when true and 0 when false.
 *
 * <p>JSON: {@code {"variable": "schools.count", "comparison": "MORE_THAN", "value": 3}} or {@code
 * {"variable": "commerce.infrastructureNeeded", "comparison": "EQUAL", "value": 1}}.
 */
@Value.Immutable
@NtmStyle
@JsonSerialize(as = ImmutableApplicability.class)
@JsonDeserialize(as = ImmutableApplicability.class)
public interface Applicability {

  /** The variable the condition reads. */
  @NotBlank
  String getVariable();

  /** How it is compared. */
  @NotNull
  Comparison getComparison();

  /** The value compared with. */
  @NotNull
  BigDecimal getValue();
}
