package org.ntmkit.core.io;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import org.immutables.value.Value;
import org.ntmkit.core.LocalizedText;
import org.ntmkit.core.NtmStyle;

/**
 * One problem of an input document: where ({@code $.communes[3].villages.numerator}), what kind,
 * and what is wrong and allowed, in Vietnamese and English.
 */
@Value.Immutable
@NtmStyle
@JsonSerialize(as = ImmutableInputProblem.class)
@JsonDeserialize(as = ImmutableInputProblem.class)
public interface InputProblem {

  /** A JSON path from the document's root {@code $}, e.g. {@code $.values[0].to}. */
  @Value.Parameter
  String getPath();

  /** The kind of problem. */
  @Value.Parameter
  ProblemCode getCode();

  /** What is wrong and what is allowed. */
  @Value.Parameter
  LocalizedText getMessage();

  /** The offending value as text, shortened, when there is one. */
  Optional<String> getRejectedValue();

  /**
   * This problem inside a larger document: its path from {@code root} instead of {@code $} ({@code
   * $.unit} under {@code $.parameters.overrides[0]} is {@code $.parameters.overrides[0].unit}).
   */
  default InputProblem under(String root) {
    return ImmutableInputProblem.copyOf(this).withPath(root + getPath().substring(1));
  }

  /** A problem without a rejected value. */
  static InputProblem of(String path, ProblemCode code, LocalizedText message) {
    return ImmutableInputProblem.of(path, code, message);
  }

  /** A problem with the offending value (shortened to 100 characters). */
  static InputProblem of(String path, ProblemCode code, LocalizedText message, Object rejected) {
    String text = String.valueOf(rejected);
    if (text.length() > 100) {
      text = text.substring(0, 97) + "...";
    }
    return ImmutableInputProblem.of(path, code, message).withRejectedValue(text);
  }

  /**
   * The one "unknown id" problem: "không có bộ tiêu chí 'x'; có: a, b" / "no criteria set 'x';
   * known: a, b".
   *
   * @param path where the id was given, e.g. {@code $.set} or {@code --set}
   * @param what the kind of thing, e.g. {@code LocalizedText.of("bộ tiêu chí", "criteria set")}
   * @param id the id given
   * @param known the ids known, listed in the message
   */
  static InputProblem unknownId(
      String path, LocalizedText what, String id, java.util.Collection<String> known) {
    String list = String.join(", ", known);
    return of(
        path,
        ProblemCode.UNKNOWN_VALUE,
        LocalizedText.of(
            "không có " + what.getVi() + " '" + id + "'; có: " + list,
            "no " + what.getEn() + " '" + id + "'; known: " + list),
        id);
  }

  /**
   * The "repeated" problems of a list: one for each element whose key an earlier element already
   * has, at the repeat's path and naming the first, so that nothing is counted twice. A list
   * without repeats gives none.
   *
   * <pre>{@code
   * InputProblem.duplicates("$.districts", districts, District::getCode, ".code")
   * // [$.districts[3].code: trùng với $.districts[0] … [DUPLICATE]]
   * }</pre>
   *
   * @param listPath the list's path, e.g. {@code $.districts}
   * @param items the elements
   * @param key what must not repeat (a code, or the element itself)
   * @param keyPath the key's path inside an element, e.g. {@code .code}, or {@code ""}
   */
  static <T> java.util.List<InputProblem> duplicates(
      String listPath,
      java.util.List<T> items,
      java.util.function.Function<? super T, ?> key,
      String keyPath) {
    java.util.Map<Object, Integer> first = new java.util.HashMap<>();
    java.util.List<InputProblem> problems = new java.util.ArrayList<>();
    for (int i = 0; i < items.size(); i++) {
      Object k = key.apply(items.get(i));
      Integer earlier = first.putIfAbsent(k, i);
      if (earlier != null) {
        String was = listPath + "[" + earlier + "]";
        InputProblem p =
            of(
                listPath + "[" + i + "]" + keyPath,
                ProblemCode.DUPLICATE,
                LocalizedText.of(
                    "trùng với " + was + " (không được tính hai lần)",
                    "the same as " + was + " (it must not count twice)"));
        // A key inside the element is shown; a whole repeated element is named by its path.
        problems.add(
            keyPath.isEmpty()
                ? p
                : ImmutableInputProblem.copyOf(p).withRejectedValue(String.valueOf(k)));
      }
    }
    return problems;
  }

  /**
   * Throws the problems, if there are any: for {@code @Value.Check} methods of the document types.
   *
   * @throws InvalidInputException listing the problems
   */
  static void throwIfAny(java.util.List<InputProblem> problems) {
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
  }
}
