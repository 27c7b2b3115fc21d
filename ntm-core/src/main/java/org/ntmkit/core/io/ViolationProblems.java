package org.ntmkit.core.io;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Path;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.metadata.ConstraintDescriptor;
import java.lang.annotation.Annotation;
import java.util.Map;
import org.ntmkit.core.LocalizedText;

/**
 * Turns a Jakarta Validation violation into an {@link InputProblem} with a JSON path, a code and a
 * message in both languages.
 *
 * <p>The SDK's own constraints carry their message as {@code "Vietnamese || English"}; the standard
 * constraints get the texts below, with their attributes ({@code {value}}) filled in.
 */
final class ViolationProblems {
  private ViolationProblems() {}

  private static final Map<String, String[]> STANDARD =
      Map.ofEntries(
          Map.entry("NotNull", new String[] {"bắt buộc phải có", "is required"}),
          Map.entry("NotBlank", new String[] {"không được để trống", "must not be blank"}),
          Map.entry("NotEmpty", new String[] {"không được rỗng", "must not be empty"}),
          Map.entry(
              "Min", new String[] {"phải lớn hơn hoặc bằng {value}", "must be at least {value}"}),
          Map.entry(
              "Max", new String[] {"phải nhỏ hơn hoặc bằng {value}", "must be at most {value}"}),
          Map.entry(
              "DecimalMin",
              new String[] {"phải lớn hơn hoặc bằng {value}", "must be at least {value}"}),
          Map.entry(
              "DecimalMax",
              new String[] {"phải nhỏ hơn hoặc bằng {value}", "must be at most {value}"}),
          Map.entry("Positive", new String[] {"phải lớn hơn 0", "must be greater than 0"}),
          Map.entry("PositiveOrZero", new String[] {"không được âm", "must not be negative"}),
          Map.entry(
              "Size",
              new String[] {
                "số phần tử phải từ {min} đến {max}", "size must be between {min} and {max}"
              }),
          Map.entry(
              "Pattern",
              new String[] {
                "không đúng định dạng {regexp}", "does not match the pattern {regexp}"
              }),
          Map.entry(
              "AssertTrue", new String[] {"điều kiện không thỏa mãn", "condition not satisfied"}));

  private static final Map<String, ProblemCode> CODES =
      Map.ofEntries(
          Map.entry("NotNull", ProblemCode.MISSING),
          Map.entry("NotBlank", ProblemCode.MISSING),
          Map.entry("NotEmpty", ProblemCode.MISSING),
          Map.entry("Min", ProblemCode.OUT_OF_RANGE),
          Map.entry("Max", ProblemCode.OUT_OF_RANGE),
          Map.entry("DecimalMin", ProblemCode.OUT_OF_RANGE),
          Map.entry("DecimalMax", ProblemCode.OUT_OF_RANGE),
          Map.entry("Positive", ProblemCode.OUT_OF_RANGE),
          Map.entry("PositiveOrZero", ProblemCode.OUT_OF_RANGE),
          Map.entry("Size", ProblemCode.OUT_OF_RANGE),
          Map.entry("Pattern", ProblemCode.INVALID_FORMAT),
          Map.entry("AssertTrue", ProblemCode.INCONSISTENT));

  static InputProblem of(ConstraintViolation<?> v) {
    Annotation annotation = v.getConstraintDescriptor().getAnnotation();
    String name = annotation.annotationType().getSimpleName();
    boolean crossField = annotation instanceof AssertTrue;
    String path = path(v.getPropertyPath(), crossField);
    LocalizedText message = message(v, name);
    ProblemCode code = code(v.getConstraintDescriptor());
    Object rejected = v.getInvalidValue();
    if (crossField || rejected == null || !isScalar(rejected)) {
      return InputProblem.of(path, code, message);
    }
    return InputProblem.of(path, code, message, rejected);
  }

  /** The code of a constraint, or of the constraints it is composed of (e.g. a code pattern). */
  private static ProblemCode code(ConstraintDescriptor<?> descriptor) {
    ProblemCode code = CODES.get(descriptor.getAnnotation().annotationType().getSimpleName());
    if (code != null) {
      return code;
    }
    for (ConstraintDescriptor<?> part : descriptor.getComposingConstraints()) {
      ProblemCode c = code(part);
      if (c != ProblemCode.CONSTRAINT) {
        return c;
      }
    }
    return ProblemCode.CONSTRAINT;
  }

  private static boolean isScalar(Object o) {
    return o instanceof CharSequence
        || o instanceof Number
        || o instanceof Enum
        || o instanceof Boolean;
  }

  private static LocalizedText message(ConstraintViolation<?> v, String name) {
    String template = v.getMessageTemplate();
    int split = template.indexOf(" || ");
    if (split >= 0) {
      return LocalizedText.of(template.substring(0, split), template.substring(split + 4));
    }
    String[] texts = STANDARD.get(name);
    if (texts == null || !template.startsWith("{jakarta.validation.constraints.")) {
      return LocalizedText.of(v.getMessage(), v.getMessage());
    }
    Map<String, Object> attributes = v.getConstraintDescriptor().getAttributes();
    return LocalizedText.of(fill(texts[0], attributes), fill(texts[1], attributes));
  }

  private static String fill(String text, Map<String, Object> attributes) {
    String out = text;
    for (Map.Entry<String, Object> a : attributes.entrySet()) {
      out = out.replace("{" + a.getKey() + "}", String.valueOf(a.getValue()));
    }
    return out;
  }

  /** {@code $.values[0].to}; a cross-field check is reported at its object. */
  static String path(Path propertyPath, boolean atObject) {
    StringBuilder sb = new StringBuilder("$");
    int lastName = -1;
    for (Path.Node node : propertyPath) {
      if (node.getIndex() != null) {
        sb.append('[').append(node.getIndex()).append(']');
      } else if (node.getKey() != null) {
        sb.append('[').append(node.getKey()).append(']');
      }
      String name = node.getName();
      if (name != null && !name.isEmpty() && !name.startsWith("<")) {
        lastName = sb.length();
        sb.append('.').append(name);
      }
    }
    if (atObject && lastName >= 0) {
      sb.setLength(lastName);
    }
    return sb.toString();
  }
}
