package org.ntmkit.core.io;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.NumberDeserializers;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import java.io.IOException;
import java.math.BigDecimal;

/**
 * Reads {@link BigDecimal} but rejects values with more than 30 integer digits or 30 decimals:
 * {@code 1e999999999} is short to write and ruinous to print or compute with.
 */
final class BoundedBigDecimalDeserializer extends NumberDeserializers.BigDecimalDeserializer {

  private static final long serialVersionUID = 1L;
  private static final int MAX_DIGITS = ReadLimits.MAX_DIGITS;

  @Override
  public BigDecimal deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
    BigDecimal value = super.deserialize(p, ctxt);
    if (value != null && !ReadLimits.isWithinDigits(value)) {
      throw new OutOfRange(p, value);
    }
    return value;
  }

  /** A number outside what the SDK reads. */
  static final class OutOfRange extends InvalidFormatException {
    private static final long serialVersionUID = 1L;

    OutOfRange(JsonParser p, BigDecimal value) {
      super(
          p,
          "at most " + MAX_DIGITS + " integer digits and " + MAX_DIGITS + " decimals",
          value,
          BigDecimal.class);
    }
  }
}
