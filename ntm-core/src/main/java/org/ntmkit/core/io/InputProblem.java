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
}
