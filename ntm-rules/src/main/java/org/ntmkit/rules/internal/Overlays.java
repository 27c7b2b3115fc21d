package org.ntmkit.rules.internal;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.ntmkit.core.LocalizedText;
import org.ntmkit.core.io.InputProblem;
import org.ntmkit.core.io.InvalidInputException;
import org.ntmkit.core.io.ProblemCode;
import org.ntmkit.core.parameter.ParameterSet;
import org.ntmkit.rules.catalog.CatalogOverlay;
import org.ntmkit.rules.catalog.CriteriaSet;
import org.ntmkit.rules.catalog.Criterion;
import org.ntmkit.rules.catalog.ImmutableCriterion;
import org.ntmkit.rules.catalog.ImmutableVariableCatalog;
import org.ntmkit.rules.catalog.Indicator;
import org.ntmkit.rules.catalog.VariableCatalog;

/**
 * A {@link CatalogOverlay} applied to catalogs, everything checked: see {@code
 * NtmRules.withOverlay}.
 */
public final class Overlays {
  private Overlays() {}

  private static final LocalizedText CRITERIA_SET = LocalizedText.of("bộ tiêu chí", "criteria set");

  /** The catalogs with an overlay applied. */
  public record Applied(
      VariableCatalog variables, Map<String, CriteriaSet> sets, ParameterSet parameters) {}

  /**
   * Applies the overlay.
   *
   * @throws InvalidInputException listing every inconsistency, with paths into the overlay or the
   *     changed set
   */
  public static Applied apply(
      CatalogOverlay overlay,
      VariableCatalog variables,
      Map<String, CriteriaSet> sets,
      ParameterSet parameters) {
    List<InputProblem> problems = new ArrayList<>();
    VariableCatalog vars = withVariables(overlay, variables, problems);
    Map<String, CriteriaSet> copy = new LinkedHashMap<>(sets);
    for (int i = 0; i < overlay.getAdditions().size(); i++) {
      CatalogOverlay.CriterionAddition a = overlay.getAdditions().get(i);
      CriteriaSet target = target(copy, a.getSetId(), "$.additions[" + i + "]", problems);
      if (target != null) {
        copy.put(target.getId(), target.withCriteria(withAdded(target, a)));
      }
    }
    for (int i = 0; i < overlay.getIndicators().size(); i++) {
      CatalogOverlay.IndicatorAddition a = overlay.getIndicators().get(i);
      String path = "$.indicators[" + i + "]";
      CriteriaSet target = target(copy, a.getSetId(), path, problems);
      if (target != null) {
        withIndicators(target, a, path, problems).ifPresent(s -> copy.put(s.getId(), s));
      }
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    ParameterSet params =
        overlay.getParameters().map(p -> applyParameters(p, parameters)).orElse(parameters);
    Engine.checkCatalogs(vars, copy.values(), params, problems);
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    return new Applied(vars, copy, params);
  }

  /** The parameter overlay applied, its problems' paths from the overlay document's root. */
  private static ParameterSet applyParameters(
      org.ntmkit.core.parameter.ParameterOverlay p, ParameterSet parameters) {
    try {
      return p.applyTo(parameters);
    } catch (InvalidInputException e) {
      throw new InvalidInputException(
          e.getProblems().stream().map(x -> x.under("$.parameters")).toList());
    }
  }

  private static VariableCatalog withVariables(
      CatalogOverlay overlay, VariableCatalog variables, List<InputProblem> problems) {
    if (overlay.getVariables().isEmpty()) {
      return variables;
    }
    for (int i = 0; i < overlay.getVariables().size(); i++) {
      String name = overlay.getVariables().get(i).getName();
      if (variables.byName().containsKey(name)
          || overlay.getVariables().subList(0, i).stream()
              .anyMatch(v -> v.getName().equals(name))) {
        problems.add(
            InputProblem.of(
                "$.variables[" + i + "].name",
                ProblemCode.DUPLICATE,
                LocalizedText.of("tên biến đã có", "a variable with this name exists"),
                name));
      }
    }
    return ImmutableVariableCatalog.builder()
        .addAllVariables(variables.getVariables())
        .addAllVariables(
            overlay.getVariables().stream()
                .filter(v -> !variables.byName().containsKey(v.getName()))
                .toList())
        .build();
  }

  private static @Nullable CriteriaSet target(
      Map<String, CriteriaSet> sets, String setId, String path, List<InputProblem> problems) {
    CriteriaSet target = sets.get(setId);
    if (target == null) {
      problems.add(InputProblem.unknownId(path + ".setId", CRITERIA_SET, setId, sets.keySet()));
    }
    return target;
  }

  private static List<Criterion> withAdded(CriteriaSet set, CatalogOverlay.CriterionAddition a) {
    List<Criterion> criteria = new ArrayList<>(set.getCriteria());
    criteria.removeIf(c -> c.getNumber().equals(a.getCriterion().getNumber()));
    criteria.add(a.getCriterion());
    return criteria;
  }

  /** The set with the indicators added to their criterion, if the ids are free. */
  private static Optional<CriteriaSet> withIndicators(
      CriteriaSet set,
      CatalogOverlay.IndicatorAddition a,
      String path,
      List<InputProblem> problems) {
    Optional<Criterion> criterion = set.criterion(a.getCriterion());
    if (criterion.isEmpty()) {
      problems.add(
          InputProblem.unknownId(
              path + ".criterion",
              LocalizedText.of("tiêu chí", "criterion"),
              a.getCriterion(),
              set.getCriteria().stream().map(Criterion::getNumber).toList()));
      return Optional.empty();
    }
    Set<String> taken = new HashSet<>();
    set.getCriteria()
        .forEach(c -> Indicator.flatten(c.getIndicators()).forEach(i -> taken.add(i.getId())));
    boolean free = true;
    for (int j = 0; j < a.getIndicators().size(); j++) {
      for (Indicator i : Indicator.flatten(List.of(a.getIndicators().get(j)))) {
        if (!taken.add(i.getId())) {
          free = false;
          problems.add(
              InputProblem.of(
                  path + ".indicators[" + j + "].id",
                  ProblemCode.DUPLICATE,
                  LocalizedText.of(
                      "mã chỉ tiêu đã có trong bộ tiêu chí",
                      "the set already has this indicator id"),
                  i.getId()));
        }
      }
    }
    if (!free) {
      return Optional.empty();
    }
    Criterion c = criterion.get();
    ImmutableCriterion changed =
        ImmutableCriterion.copyOf(c)
            .withIndicators(
                ImmutableList.<Indicator>builder()
                    .addAll(c.getIndicators())
                    .addAll(a.getIndicators())
                    .build())
            .withIndicatorsComplete(a.getIndicatorsComplete().orElse(c.isFullyKnown()));
    List<Criterion> criteria = new ArrayList<>(set.getCriteria());
    criteria.replaceAll(x -> x == c ? changed : x);
    return Optional.of(set.withCriteria(criteria));
  }
}
