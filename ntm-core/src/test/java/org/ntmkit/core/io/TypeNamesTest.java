package org.ntmkit.core.io;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.ntmkit.core.Language;
import org.ntmkit.core.unit.Region;

/** The kind of value an input-error message says was expected, in both languages. */
class TypeNamesTest {

  private static String en(Class<?> type) {
    return TypeNames.of(type).get(Language.EN);
  }

  @Test
  void scalarKindsAreNamedAsTheyAppearInJson() {
    assertEquals("a string", en(String.class));
    assertEquals("a string", en(char.class));
    assertEquals("a string", en(Character.class));
    for (Class<?> integral :
        List.of(
            int.class,
            Integer.class,
            long.class,
            Long.class,
            short.class,
            Short.class,
            BigInteger.class)) {
      assertEquals("an integer", en(integral), integral.getName());
    }
    assertEquals("a number", en(BigDecimal.class));
    assertEquals("a number", en(Double.class));
    assertEquals("true or false", en(boolean.class));
    assertEquals("true or false", en(Boolean.class));
    assertEquals("a date as YYYY-MM-DD", en(LocalDate.class));
    assertEquals("one of the allowed names", en(Region.class));
    assertEquals("another value", en(null));
  }

  @Test
  void containersAndObjectsAreNamedInBothLanguages() {
    assertEquals("an array", en(List.class));
    assertEquals("an array", en(String[].class));
    assertEquals("an object", en(Map.class));
    assertEquals("mảng", TypeNames.of(List.class).get(Language.VI));
    assertEquals("an object ReadLimits", en(ImmutableReadLimits.class));
    assertEquals("đối tượng ReadLimits", TypeNames.of(ReadLimits.class).get(Language.VI));
  }
}
