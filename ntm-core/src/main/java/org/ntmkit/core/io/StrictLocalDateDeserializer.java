package org.ntmkit.core.io;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;

/**
 * Reads a date only as ISO-8601 text {@code "2020-12-31"}: not with a time ({@code
 * "2020-12-31T10:00"}, which the lenient default truncates), not as an array or a number.
 */
final class StrictLocalDateDeserializer extends StdScalarDeserializer<LocalDate> {

  private static final long serialVersionUID = 1L;
  private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

  StrictLocalDateDeserializer() {
    super(LocalDate.class);
  }

  @Override
  public LocalDate deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
    if (p.currentToken() != JsonToken.VALUE_STRING) {
      p.skipChildren(); // an array or object: the problem is the value as a whole
      throw com.fasterxml.jackson.databind.exc.MismatchedInputException.from(
          p, LocalDate.class, "a date is text yyyy-MM-dd, e.g. \"2020-12-31\"");
    }
    String text = p.getText();
    if (ISO_DATE.matcher(text).matches()) {
      try {
        return LocalDate.parse(text);
      } catch (DateTimeParseException e) {
        // falls through: "2020-13-45"
      }
    }
    throw new InvalidFormatException(
        p, "a date is written yyyy-MM-dd, e.g. 2020-12-31", text, LocalDate.class);
  }
}
