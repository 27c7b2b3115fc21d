package org.ntmkit.rules.internal;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.ntmkit.core.LocalizedText;
import org.ntmkit.core.explain.Comparison;
import org.ntmkit.core.io.InputProblem;
import org.ntmkit.core.io.ProblemCode;
import org.ntmkit.core.parameter.Parameter;
import org.ntmkit.core.parameter.ParameterSet;
import org.ntmkit.core.quantity.MeasureUnit;
import org.ntmkit.rules.UnitLevel;
import org.ntmkit.rules.catalog.CriteriaSet;
import org.ntmkit.rules.catalog.Direction;
import org.ntmkit.rules.catalog.Indicator;
import org.ntmkit.rules.catalog.Variable;
import org.ntmkit.rules.catalog.VariableCatalog;
import org.ntmkit.rules.catalog.VariableKind;

/** Cross-checks of catalogs: variables exist with the right kind, parameters are declared. */
final class CatalogChecks {
  private CatalogChecks() {}

  static void check(
      VariableCatalog variables,
      Collection<CriteriaSet> sets,
      ParameterSet parameters,
      List<InputProblem> problems) {
    Set<String> declared = new HashSet<>(parameters.byId().keySet());
    sets.forEach(s -> s.getMissingParameters().forEach(m -> declared.add(m.getId())));
    for (CriteriaSet set : sets) {
      for (int c = 0; c < set.getCriteria().size(); c++) {
        List<Indicator> indicators = set.getCriteria().get(c).getIndicators();
        for (int i = 0; i < indicators.size(); i++) {
          String path = "$[" + set.getId() + "].criteria[" + c + "].indicators[" + i + "]";
          check(indicators.get(i), path, variables, declared, problems);
          unitsFit(indicators.get(i), path, variables, parameters, problems);
          if (set.getLevel() == UnitLevel.COMMUNE
              && Indicator.flatten(List.of(indicators.get(i))).stream()
                  .anyMatch(x -> x instanceof Indicator.OfMembers)) {
            problems.add(
                InputProblem.of(
                    path + ".kind",
                    ProblemCode.INCONSISTENT,
                    LocalizedText.of(
                        "xã không có đơn vị thành viên",
                        "a commune set cannot count member units")));
          }
        }
      }
    }
  }

  private static void check(
      Indicator ind,
      String path,
      VariableCatalog variables,
      Set<String> declared,
      List<InputProblem> problems) {
    if (ind instanceof Indicator.Measured m) {
      VariableKind expected =
          ind instanceof Indicator.Flag
              ? VariableKind.FLAG
              : ind instanceof Indicator.Ratio ? VariableKind.RATIO : VariableKind.NUMBER;
      variable(m.getVariable(), expected, path + ".variable", variables, problems);
      if (ind instanceof Indicator.Compared c) {
        direction(c, variables.byName().get(m.getVariable()), path, problems);
      }
    }
    if (ind instanceof Indicator.MultipleOfVariable m) {
      variable(m.getBaseline(), VariableKind.NUMBER, path + ".baseline", variables, problems);
    }
    ind.getOnlyIf()
        .ifPresent(
            a -> variable(a.getVariable(), null, path + ".onlyIf.variable", variables, problems));
    if (ind instanceof Indicator.Compared c) {
      parameter(c.getParameter(), path + ".parameter", declared, problems);
    }
    if (ind instanceof Indicator.MultipleOfParameter m) {
      parameter(m.getBaseParameter(), path + ".baseParameter", declared, problems);
    }
    if (ind instanceof Indicator.Composite c) {
      for (int p = 0; p < c.getParts().size(); p++) {
        check(c.getParts().get(p), path + ".parts[" + p + "]", variables, declared, problems);
      }
    }
  }

  private static void variable(
      String name,
      @Nullable VariableKind kind,
      String path,
      VariableCatalog variables,
      List<InputProblem> problems) {
    Variable v = variables.byName().get(name);
    if (v == null) {
      problems.add(
          InputProblem.of(
              path,
              ProblemCode.UNKNOWN_VALUE,
              LocalizedText.of(
                  "biến không có trong danh mục biến", "no such variable in the variable catalog"),
              name));
    } else if (kind != null && v.getKind() != kind) {
      problems.add(
          InputProblem.of(
              path,
              ProblemCode.WRONG_TYPE,
              LocalizedText.of(
                  "chỉ tiêu cần biến loại " + kind + ", biến này là " + v.getKind(),
                  "the indicator needs a " + kind + " variable; this one is a " + v.getKind()),
              name));
    }
  }

  /**
   * An indicator's comparison must follow its variable's direction: "at least" on a variable where
   * less is better (or "at most" where more is better) would call the worse commune the better one.
   * The comparison defaults to "at least", so an indicator on a lower-is-better variable must say
   * {@code "AT_MOST"} or {@code "LESS_THAN"}.
   */
  private static void direction(
      Indicator.Compared ind, @Nullable Variable v, String path, List<InputProblem> problems) {
    if (v == null) {
      return;
    }
    Comparison c = ind.getComparison();
    boolean upward = c == Comparison.AT_LEAST || c == Comparison.MORE_THAN;
    boolean downward = c == Comparison.AT_MOST || c == Comparison.LESS_THAN;
    if ((upward && v.getDirection() == Direction.LOWER_IS_BETTER)
        || (downward && v.getDirection() == Direction.HIGHER_IS_BETTER)) {
      problems.add(
          InputProblem.of(
              path + ".comparison",
              ProblemCode.INCONSISTENT,
              LocalizedText.of(
                  "so sánh "
                      + c
                      + " (mặc định AT_LEAST) trái với chiều của biến '"
                      + v.getName()
                      + "' ("
                      + v.getDirection()
                      + ")",
                  "comparison "
                      + c
                      + " (default AT_LEAST) contradicts the direction of variable '"
                      + v.getName()
                      + "' ("
                      + v.getDirection()
                      + ")"),
              c));
    }
  }

  /**
   * A threshold's unit fits what its indicator compares: a share with a percentage, a count of
   * members with a count, a number with a value in the variable's own unit. (A VND income compared
   * with "70 %" gave MET.) Parameters not known (NOT FOUND) are not checked.
   */
  private static void unitsFit(
      Indicator ind,
      String path,
      VariableCatalog variables,
      ParameterSet parameters,
      List<InputProblem> problems) {
    if (ind instanceof Indicator.Composite c) {
      for (int p = 0; p < c.getParts().size(); p++) {
        unitsFit(c.getParts().get(p), path + ".parts[" + p + "]", variables, parameters, problems);
      }
      return;
    }
    if (!(ind instanceof Indicator.Compared c)) {
      return;
    }
    Parameter parameter = parameters.byId().get(c.getParameter());
    MeasureUnit expected = null;
    if (ind instanceof Indicator.Ratio || ind instanceof Indicator.MemberShare) {
      expected = MeasureUnit.PERCENT;
    } else if (ind instanceof Indicator.MemberCount) {
      expected = MeasureUnit.COUNT;
    } else if (ind instanceof Indicator.Number n) {
      Variable v = variables.byName().get(n.getVariable());
      expected = v == null ? null : v.getUnit();
    }
    if (parameter != null && expected != null && parameter.getUnit() != expected) {
      problems.add(
          InputProblem.of(
              path + ".parameter",
              ProblemCode.INCONSISTENT,
              LocalizedText.of(
                  "tham số '"
                      + parameter.getId()
                      + "' tính bằng "
                      + parameter.getUnit()
                      + ", chỉ tiêu cần "
                      + expected,
                  "parameter '"
                      + parameter.getId()
                      + "' is in "
                      + parameter.getUnit()
                      + "; the indicator compares "
                      + expected),
              parameter.getId()));
    }
  }

  private static void parameter(
      String id, String path, Set<String> declared, List<InputProblem> problems) {
    if (!declared.contains(id)) {
      problems.add(
          InputProblem.of(
              path,
              ProblemCode.UNKNOWN_VALUE,
              LocalizedText.of(
                  "tham số chưa khai báo (trong parameters hoặc missingParameters)",
                  "parameter not declared (in parameters or missingParameters)"),
              id));
    }
  }
}
