package org.ntmkit.rules.internal;

import com.google.common.collect.ImmutableSet;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.ntmkit.core.LocalizedText;
import org.ntmkit.core.io.InputProblem;
import org.ntmkit.core.io.InvalidInputException;
import org.ntmkit.core.io.ProblemCode;
import org.ntmkit.core.io.ReadLimits;
import org.ntmkit.core.parameter.ParameterSet;
import org.ntmkit.rules.Assessment;
import org.ntmkit.rules.catalog.CriteriaSet;
import org.ntmkit.rules.catalog.Variable;
import org.ntmkit.rules.catalog.VariableCatalog;
import org.ntmkit.rules.catalog.VariableKind;

/**
 * The evaluation engine behind {@code NtmRules}: checks a unit's data against the variable catalog
 * and evaluates it against a set. Not API (this package is not exported).
 */
public final class Engine {

  private final EvaluationContext context;

  /**
   * The data last found valid, by identity. Evaluating several sets on one commune (NTM then
   * advanced, as a report does) checks its variables once. Only immutable data are remembered, so
   * the same object means the same variables. The field is read and written without synchronisation
   * on purpose: any object read from it was checked by this engine, and its fields are final, so a
   * stale read only costs a repeated check.
   */
  private @Nullable Object lastChecked;

  /** An engine over validated parameters and variables. */
  public Engine(ParameterSet parameters, VariableCatalog variables) {
    this.context = new EvaluationContext(parameters, variables);
  }

  /** Evaluates the data against a set (the data checked, the set in force on their date). */
  public Assessment assess(CriteriaSet set, Subject data) {
    return new SetEvaluator(set, data, context).assess();
  }

  /** The variables a set reads (its indicators', their baselines' and conditions'). */
  public ImmutableSet<String> variablesRead(CriteriaSet set) {
    return context.fixedNodes(set).variablesRead;
  }

  /**
   * Cross-checks catalogs: every indicator's variables exist with the kind it needs, its parameters
   * are declared, a commune set counts no members.
   */
  public static void checkCatalogs(
      VariableCatalog variables,
      Collection<CriteriaSet> sets,
      ParameterSet parameters,
      List<InputProblem> problems) {
    CatalogChecks.check(variables, sets, parameters, problems);
  }

  /**
   * Rejects data that evaluation cannot use, unless the same immutable object was the last found
   * valid: unknown variables, a variable in the wrong kind, or a ratio outside 0 ≤ numerator ≤
   * denominator, 0 < denominator.
   *
   * @param source the object the subject was made of (remembered when {@code immutable})
   * @throws InvalidInputException listing every problem, with its path
   */
  public void checkData(Object source, boolean immutable, Subject data) {
    if (source != lastChecked) {
      checkData(data);
      if (immutable) {
        lastChecked = source;
      }
    }
  }

  /**
   * Rejects data that evaluation cannot use. (Documents read through {@code NtmJson} are fully
   * validated at that boundary; this check is cheap enough for every call.)
   */
  void checkData(Subject data) {
    List<InputProblem> problems = new ArrayList<>();
    data.ratios()
        .forEach(
            (name, r) -> {
              if (!r.isNumeratorWithinDenominator()
                  || r.getNumerator().signum() < 0
                  || r.getDenominator().signum() <= 0) {
                problems.add(
                    InputProblem.of(
                        "$.ratios." + name,
                        ProblemCode.INCONSISTENT,
                        LocalizedText.of(
                            "cần 0 ≤ tử số ≤ mẫu số và mẫu số > 0",
                            "needs 0 ≤ numerator ≤ denominator and denominator > 0")));
              }
            });
    data.numbers().forEach((name, n) -> checkDomain(name, n, "$.numbers." + name, problems));
    data.ratios()
        .forEach(
            (name, r) -> {
              checkDomain(name, r.getNumerator(), "$.ratios." + name + ".numerator", problems);
              checkDomain(name, r.getDenominator(), "$.ratios." + name + ".denominator", problems);
            });
    checkKind(data.numbers().keySet(), VariableKind.NUMBER, "$.numbers.", problems);
    checkKind(data.flags().keySet(), VariableKind.FLAG, "$.flags.", problems);
    checkKind(data.ratios().keySet(), VariableKind.RATIO, "$.ratios.", problems);
    if (problems.isEmpty()) {
      // Every variable has one kind, so a name given in two kinds has already failed above.
      return;
    }
    for (String name : data.numbers().keySet()) {
      if (data.flags().containsKey(name) || data.ratios().containsKey(name)) {
        problems.add(duplicate(name));
      }
    }
    for (String name : data.flags().keySet()) {
      if (data.ratios().containsKey(name)) {
        problems.add(duplicate(name));
      }
    }
    throw new InvalidInputException(problems);
  }

  /**
   * A number within the reader's digit bound and its variable's domain: the same limits for values
   * built in code as for documents.
   */
  private void checkDomain(
      String name, BigDecimal value, String path, List<InputProblem> problems) {
    if (!ReadLimits.isWithinDigits(value)) {
      problems.add(
          InputProblem.of(
              path,
              ProblemCode.OUT_OF_RANGE,
              LocalizedText.of(
                  "nhiều nhất " + ReadLimits.MAX_DIGITS + " chữ số phần nguyên và phần thập phân",
                  "at most " + ReadLimits.MAX_DIGITS + " integer digits and decimals"),
              value.toString()));
      return;
    }
    Variable v = context.variables.byName().get(name);
    if (v != null && !v.getDomain().contains(value)) {
      problems.add(
          InputProblem.of(
              path,
              ProblemCode.OUT_OF_RANGE,
              LocalizedText.of(
                  "'" + name + "' phải là " + v.getDomain().label().getVi(),
                  "'" + name + "' must be " + v.getDomain().label().getEn()),
              value.toPlainString()));
    }
  }

  private static InputProblem duplicate(String name) {
    return InputProblem.of(
        "$." + name,
        ProblemCode.DUPLICATE,
        LocalizedText.of(
            "biến xuất hiện ở nhiều nhóm", "a variable is given in more than one kind"));
  }

  private void checkKind(
      Set<String> names, VariableKind kind, String path, List<InputProblem> problems) {
    for (String name : names) {
      Variable v = context.variables.byName().get(name);
      if (v == null) {
        problems.add(
            InputProblem.of(
                path + name,
                ProblemCode.UNKNOWN_VALUE,
                LocalizedText.of("biến không xác định", "unknown variable"),
                name));
      } else if (v.getKind() != kind) {
        problems.add(
            InputProblem.of(
                path + name,
                ProblemCode.WRONG_TYPE,
                LocalizedText.of(
                    "biến này thuộc loại " + v.getKind(), "this variable is a " + v.getKind())));
      }
    }
  }
}
