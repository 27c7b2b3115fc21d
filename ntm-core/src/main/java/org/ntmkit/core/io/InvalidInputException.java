package org.ntmkit.core.io;

import com.google.common.collect.ImmutableList;
import java.util.List;

/**
 * The one error for bad input: it lists every problem found, each with a JSON path, a code and a
 * message in Vietnamese and English. Nothing is evaluated from a document that gave this error.
 *
 * <pre>{@code
 * try {
 *   Ratio r = NtmJson.defaults().read("{\"numerator\": 11, \"denominator\": 10}", Ratio.class);
 * } catch (InvalidInputException e) {
 *   e.getProblems().get(0).getPath();  // "$"
 *   e.getProblems().get(0).getCode();  // INCONSISTENT
 * }
 * }</pre>
 */
public final class InvalidInputException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final ImmutableList<InputProblem> problems;

  /**
   * An error listing problems.
   *
   * @param problems at least one problem
   */
  public InvalidInputException(List<InputProblem> problems) {
    super(describe(problems));
    if (problems.isEmpty()) {
      throw new IllegalArgumentException("an input error needs at least one problem");
    }
    this.problems = ImmutableList.copyOf(problems);
  }

  /** Every problem found, in document order where known. */
  public ImmutableList<InputProblem> getProblems() {
    return problems;
  }

  private static String describe(List<InputProblem> problems) {
    StringBuilder sb =
        new StringBuilder()
            .append(problems.size())
            .append(" problem(s) in the input / lỗi dữ liệu đầu vào:");
    for (InputProblem p : problems) {
      sb.append("\n  ")
          .append(p.getPath())
          .append(" [")
          .append(p.getCode())
          .append("] ")
          .append(p.getMessage().getEn())
          .append(" / ")
          .append(p.getMessage().getVi());
      p.getRejectedValue().ifPresent(v -> sb.append(" (value: ").append(v).append(')'));
    }
    return sb.toString();
  }
}
