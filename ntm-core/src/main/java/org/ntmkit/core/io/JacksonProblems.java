package org.ntmkit.core.io;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.InvalidTypeIdException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.ntmkit.core.LocalizedText;

/**
 * Maps Jackson's exceptions to input problems: the path from the parser's position or Jackson's
 * references, a {@link ProblemCode}, and a message in both languages.
 */
final class JacksonProblems {
  private static final Pattern MISSING_ATTRIBUTES =
      Pattern.compile("some of required attributes are not set \\[([^\\]]*)\\]");

  private JacksonProblems() {}

  /**
   * The problems of a failed read.
   *
   * @param e what Jackson threw
   * @param parser the parser that read the document, whose position gives the path
   */
  static List<InputProblem> of(JsonProcessingException e, @Nullable JsonParser parser) {
    String here = "$";
    if (parser != null) {
      JsonStreamContext ctx = parser.getParsingContext();
      // On '{' or '[' the parser has entered the new value; the problem is the value itself.
      if ((parser.currentToken() == JsonToken.START_OBJECT
              || parser.currentToken() == JsonToken.START_ARRAY)
          && ctx.getParent() != null) {
        ctx = ctx.getParent();
      }
      here = contextPath(ctx);
    }
    if (e instanceof StreamConstraintsException) {
      return tooLarge(here, (StreamConstraintsException) e);
    }
    if (e instanceof JsonMappingException && e.getCause() instanceof StreamConstraintsException) {
      return tooLarge(here, (StreamConstraintsException) e.getCause());
    }
    if (e instanceof InputCoercionException) {
      return List.of(
          InputProblem.of(
              here,
              ProblemCode.OUT_OF_RANGE,
              LocalizedText.of(
                  "số vượt quá phạm vi cho phép",
                  "number out of range: " + e.getOriginalMessage())));
    }
    if (e instanceof StreamReadException) {
      return malformed(here, e);
    }
    if (e instanceof JsonMappingException) {
      return mapping((JsonMappingException) e, here);
    }
    return List.of(
        InputProblem.of(
            "$",
            ProblemCode.MALFORMED_JSON,
            LocalizedText.of("JSON không hợp lệ", "malformed JSON: " + e.getOriginalMessage())));
  }

  private static List<InputProblem> tooLarge(String path, StreamConstraintsException e) {
    String msg = String.valueOf(e.getOriginalMessage());
    boolean deep = msg.toLowerCase(java.util.Locale.ROOT).contains("nesting");
    return List.of(
        InputProblem.of(
            path,
            deep ? ProblemCode.TOO_DEEP : ProblemCode.TOO_LARGE,
            LocalizedText.of(
                deep ? "tài liệu lồng nhau quá sâu" : "tài liệu hoặc giá trị quá lớn",
                (deep ? "the document is nested too deeply: " : "too large: ") + msg)));
  }

  private static List<InputProblem> mapping(JsonMappingException e, String here) {
    String referenced = path(e.getPath());
    // The parser's position knows list indexes that Jackson's references may lack.
    String path = here.length() >= referenced.length() ? here : referenced;
    if (e instanceof MismatchedInputException && e.getPath().isEmpty()) {
      path = "$"; // the document itself has the wrong shape (e.g. an array for an object)
    }
    if (e instanceof com.fasterxml.jackson.databind.exc.PropertyBindingException) {
      // Unknown, or ignored (a derived value such as "numeratorWithinDenominator").
      com.fasterxml.jackson.databind.exc.PropertyBindingException u =
          (com.fasterxml.jackson.databind.exc.PropertyBindingException) e;
      // The parser may already stand inside the unknown property's array or object value.
      String property = "." + u.getPropertyName();
      int at = path.lastIndexOf(property);
      if (at >= 0 && path.startsWith("[", at + property.length())) {
        path = path.substring(0, at + property.length());
      }
      String known =
          u.getKnownPropertyIds() == null
              ? ""
              : u.getKnownPropertyIds().stream()
                  .map(String::valueOf)
                  .sorted()
                  .collect(Collectors.joining(", "));
      return List.of(
          InputProblem.of(
              path,
              ProblemCode.UNKNOWN_PROPERTY,
              LocalizedText.of(
                  "thuộc tính không xác định '" + u.getPropertyName() + "'; cho phép: " + known,
                  "unknown property '" + u.getPropertyName() + "'; allowed: " + known)));
    }
    if (e instanceof InvalidFormatException) {
      InvalidFormatException f = (InvalidFormatException) e;
      Class<?> target = f.getTargetType();
      if (f instanceof BoundedBigDecimalDeserializer.OutOfRange) {
        return List.of(
            InputProblem.of(
                path,
                ProblemCode.OUT_OF_RANGE,
                LocalizedText.of(
                    "số quá lớn hoặc quá nhiều chữ số thập phân",
                    "number too large or too precise: " + f.getOriginalMessage()),
                f.getValue()));
      }
      if (target != null && target.isEnum()) {
        String allowed =
            Arrays.stream(target.getEnumConstants())
                .map(String::valueOf)
                .collect(Collectors.joining(", "));
        return List.of(
            InputProblem.of(
                path,
                ProblemCode.UNKNOWN_VALUE,
                LocalizedText.of(
                    "giá trị không hợp lệ; cho phép: " + allowed,
                    "unknown value; allowed: " + allowed),
                f.getValue()));
      }
      return List.of(
          InputProblem.of(
              path,
              ProblemCode.INVALID_FORMAT,
              LocalizedText.of(
                  "sai định dạng, cần " + TypeNames.of(target).getVi(),
                  "invalid format, expected " + TypeNames.of(target).getEn()),
              f.getValue()));
    }
    if (e.getCause() instanceof InputCoercionException) {
      return List.of(
          InputProblem.of(
              path,
              ProblemCode.OUT_OF_RANGE,
              LocalizedText.of(
                  "số vượt quá phạm vi cho phép",
                  "number out of range: "
                      + ((InputCoercionException) e.getCause()).getOriginalMessage())));
    }
    if (e.getCause() instanceof StreamReadException) {
      return malformed(path, (StreamReadException) e.getCause());
    }
    if (e instanceof ValueInstantiationException) {
      return instantiation(path, e.getCause());
    }
    if (e instanceof InvalidTypeIdException) {
      return typeId((InvalidTypeIdException) e, path);
    }
    if (e instanceof MismatchedInputException) {
      MismatchedInputException m = (MismatchedInputException) e;
      String msg = String.valueOf(m.getOriginalMessage());
      if (msg.startsWith("No content to map") || msg.startsWith("Trailing token")) {
        return List.of(
            InputProblem.of(
                path,
                ProblemCode.MALFORMED_JSON,
                LocalizedText.of(
                    msg.startsWith("No content") ? "tài liệu trống" : "có nội dung thừa sau JSON",
                    msg.startsWith("No content")
                        ? "the document is empty"
                        : "content after the end of the JSON value")));
      }
      if (msg.toLowerCase(java.util.Locale.ROOT).contains("null")) {
        return List.of(
            InputProblem.of(
                path,
                ProblemCode.MISSING,
                LocalizedText.of(
                    "không được có giá trị null ở đây", "null is not allowed here: " + msg)));
      }
      LocalizedText expected = TypeNames.of(m.getTargetType());
      return List.of(
          InputProblem.of(
              path,
              ProblemCode.WRONG_TYPE,
              LocalizedText.of(
                  "sai kiểu dữ liệu, cần " + expected.getVi(),
                  "wrong type, expected " + expected.getEn())));
    }
    if (e.getCause() != null) {
      return instantiation(path, e.getCause());
    }
    return List.of(
        InputProblem.of(
            path,
            ProblemCode.CONSTRAINT,
            LocalizedText.of("giá trị không hợp lệ", "invalid value: " + e.getOriginalMessage())));
  }

  /**
   * A polymorphic value (e.g. an indicator, by its {@code "kind"}) whose type property is missing
   * or names no known type: the problem is at the type property, with the names allowed.
   */
  private static List<InputProblem> typeId(InvalidTypeIdException e, String path) {
    Class<?> base = e.getBaseType() == null ? Object.class : e.getBaseType().getRawClass();
    JsonTypeInfo info = base.getAnnotation(JsonTypeInfo.class);
    String property = info == null || info.property().isEmpty() ? "type" : info.property();
    JsonSubTypes subTypes = base.getAnnotation(JsonSubTypes.class);
    String allowed =
        subTypes == null
            ? ""
            : Arrays.stream(subTypes.value())
                .map(JsonSubTypes.Type::name)
                .collect(Collectors.joining(", "));
    String at = path.endsWith("." + property) ? path : path + "." + property;
    if (e.getTypeId() == null) {
      return List.of(
          InputProblem.of(
              at,
              ProblemCode.MISSING,
              LocalizedText.of(
                  "bắt buộc phải có; cho phép: " + allowed, "is required; allowed: " + allowed)));
    }
    return List.of(
        InputProblem.of(
            at,
            ProblemCode.UNKNOWN_VALUE,
            LocalizedText.of(
                "giá trị không hợp lệ; cho phép: " + allowed, "unknown value; allowed: " + allowed),
            e.getTypeId()));
  }

  /** An exception thrown while building a value: a missing attribute or a failed check. */
  private static List<InputProblem> instantiation(String path, @Nullable Throwable cause) {
    if (cause instanceof InvalidInputException) {
      // A value that checks its own invariant (e.g. a ratio): its problems, under the value's path.
      List<InputProblem> problems = new ArrayList<>();
      for (InputProblem p : ((InvalidInputException) cause).getProblems()) {
        problems.add(p.under(path));
      }
      return problems;
    }
    String msg = cause == null ? "" : String.valueOf(cause.getMessage());
    Matcher m = MISSING_ATTRIBUTES.matcher(msg);
    if (m.find()) {
      List<InputProblem> problems = new ArrayList<>();
      for (String name : m.group(1).split(",\\s*")) {
        problems.add(
            InputProblem.of(
                path + "." + name,
                ProblemCode.MISSING,
                LocalizedText.of("bắt buộc phải có", "is required")));
      }
      return problems;
    }
    if (cause instanceof NullPointerException) {
      return List.of(
          InputProblem.of(
              path,
              ProblemCode.MISSING,
              LocalizedText.of(
                  "không được có giá trị null (" + msg + ")",
                  "null is not allowed (" + msg + ")")));
    }
    if (cause instanceof ArithmeticException) {
      return List.of(
          InputProblem.of(
              path,
              ProblemCode.OUT_OF_RANGE,
              LocalizedText.of("số vượt quá phạm vi cho phép", "number out of range: " + msg)));
    }
    return List.of(
        InputProblem.of(
            path,
            ProblemCode.OUT_OF_RANGE,
            LocalizedText.of("giá trị không hợp lệ: " + msg, "invalid value: " + msg)));
  }

  /** Malformed JSON, or a key given twice in one object (a map's included): DUPLICATE. */
  private static List<InputProblem> malformed(String path, JsonProcessingException e) {
    String msg = String.valueOf(e.getOriginalMessage());
    if (msg.startsWith("Duplicate field")) {
      return List.of(
          InputProblem.of(
              path,
              ProblemCode.DUPLICATE,
              LocalizedText.of("khóa bị lặp lại: " + msg, "duplicate key: " + msg)));
    }
    return List.of(
        InputProblem.of(
            path,
            ProblemCode.MALFORMED_JSON,
            LocalizedText.of(
                "JSON không hợp lệ" + at(e, "dòng", "cột"),
                "malformed JSON" + at(e, "line", "column") + ": " + e.getOriginalMessage())));
  }

  private static String at(JsonProcessingException e, String line, String column) {
    if (e.getLocation() == null || e.getLocation().getLineNr() < 0) {
      return "";
    }
    return " ("
        + line
        + " "
        + e.getLocation().getLineNr()
        + ", "
        + column
        + " "
        + e.getLocation().getColumnNr()
        + ")";
  }

  private static String contextPath(JsonStreamContext context) {
    List<String> parts = new ArrayList<>();
    for (JsonStreamContext ctx = context; ctx != null && !ctx.inRoot(); ctx = ctx.getParent()) {
      if (ctx.inArray()) {
        parts.add("[" + Math.max(ctx.getCurrentIndex(), 0) + "]");
      } else if (ctx.getCurrentName() != null) {
        parts.add("." + ctx.getCurrentName());
      }
    }
    StringBuilder sb = new StringBuilder("$");
    for (int i = parts.size() - 1; i >= 0; i--) {
      sb.append(parts.get(i));
    }
    return sb.toString();
  }

  static String path(List<JsonMappingException.Reference> refs) {
    StringBuilder sb = new StringBuilder("$");
    for (JsonMappingException.Reference r : refs) {
      if (r.getFieldName() != null) {
        sb.append('.').append(r.getFieldName());
      } else if (r.getIndex() >= 0) {
        sb.append('[').append(r.getIndex()).append(']');
      }
    }
    return sb.toString();
  }
}
