package org.ntmkit.core.io;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Map;
import org.ntmkit.core.LocalizedText;

/** Names of JSON value kinds for messages, in Vietnamese and English. */
final class TypeNames {
  private TypeNames() {}

  static LocalizedText of(Class<?> type) {
    if (type == null) {
      return LocalizedText.of("giá trị khác", "another value");
    }
    if (type == String.class || type == Character.class || type == char.class) {
      return LocalizedText.of("chuỗi", "a string");
    }
    if (type == Integer.class
        || type == int.class
        || type == Long.class
        || type == long.class
        || type == Short.class
        || type == short.class
        || type == BigInteger.class) {
      return LocalizedText.of("số nguyên", "an integer");
    }
    if (type == BigDecimal.class || Number.class.isAssignableFrom(type)) {
      return LocalizedText.of("số", "a number");
    }
    if (type == Boolean.class || type == boolean.class) {
      return LocalizedText.of("true hoặc false", "true or false");
    }
    if (type == LocalDate.class) {
      return LocalizedText.of("ngày dạng YYYY-MM-DD", "a date as YYYY-MM-DD");
    }
    if (type.isEnum()) {
      return LocalizedText.of("một trong các giá trị quy định", "one of the allowed names");
    }
    if (Collection.class.isAssignableFrom(type) || type.isArray()) {
      return LocalizedText.of("mảng", "an array");
    }
    if (Map.class.isAssignableFrom(type)) {
      return LocalizedText.of("đối tượng", "an object");
    }
    String name = type.getSimpleName();
    if (name.equals("Json") && type.getEnclosingClass() != null) {
      name = type.getEnclosingClass().getSimpleName(); // Immutables' JSON delegate
    }
    name = name.startsWith("Immutable") ? name.substring("Immutable".length()) : name;
    return LocalizedText.of("đối tượng " + name, "an object " + name);
  }
}
