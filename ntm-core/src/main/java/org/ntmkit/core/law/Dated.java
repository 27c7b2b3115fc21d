package org.ntmkit.core.law;

import com.fasterxml.jackson.annotation.JsonIgnore;
import jakarta.validation.constraints.AssertTrue;
import java.time.LocalDate;
import java.util.Optional;

/**
 * A catalog entry that applies from a day to another ({@code "from"} and {@code "to"} in its JSON,
 * {@code to} exclusive and absent while in force): parameter values, criteria sets, OCOP minimum
 * requirements. The period rule itself is {@link Validity}'s.
 */
public interface Dated {

  /** The first day it applies. */
  LocalDate getFrom();

  /** The first day it no longer applies; absent while in force. */
  Optional<LocalDate> getTo();

  /** Its period. */
  default Validity validity() {
    return Validity.of(getFrom(), getTo());
  }

  /** Whether it applies on a day. */
  default boolean appliesOn(LocalDate date) {
    return validity().contains(date);
  }

  /** Validation: the period is not empty. */
  @JsonIgnore
  @AssertTrue(message = "ngày kết thúc phải sau ngày bắt đầu || 'to' must be after 'from'")
  default boolean isPeriodNotEmpty() {
    return Validity.isPeriod(getFrom(), getTo());
  }
}
