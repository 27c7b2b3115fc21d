package org.ntmkit.rules.internal;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.Maps;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.ntmkit.core.LocalizedText;
import org.ntmkit.core.law.Bibliography;
import org.ntmkit.core.law.LegalReference;
import org.ntmkit.core.parameter.ParameterQuery;
import org.ntmkit.core.parameter.ParameterSet;
import org.ntmkit.core.parameter.ParameterValue;
import org.ntmkit.core.unit.CommuneGroup;
import org.ntmkit.core.unit.Region;
import org.ntmkit.rules.NtmRules;
import org.ntmkit.rules.catalog.CriteriaSet;
import org.ntmkit.rules.catalog.Variable;
import org.ntmkit.rules.catalog.VariableCatalog;

/**
 * What every evaluation with one {@link NtmRules} shares: the parameters and variables, and memos
 * of parameter look-ups and fixed messages. The memos hold immutable values derived from immutable
 * inputs, so sharing them between threads changes no result; the look-up memo is bounded.
 */
final class EvaluationContext {

  /**
   * Queries remembered at most (a date and a place each, up to about a hundred parameters each):
   * enough for every region on every day of a few years.
   */
  private static final int MAX_MEMO = 1_000;

  final ParameterSet parameters;
  final VariableCatalog variables;
  private final ImmutableMap<String, LocalizedText> missingVariable;
  private final Map<ThresholdsKey, Thresholds> thresholds = new ConcurrentHashMap<>();
  private final Map<String, FixedNodes> fixedNodes = new ConcurrentHashMap<>();

  private record ThresholdsKey(ParameterQuery query, LocalizedText where) {}

  /**
   * A parameter's value for one query, with the reference list and the source keys (cited in the
   * value's note) its explanation nodes share.
   */
  record Threshold(
      ParameterValue value,
      ImmutableList<LegalReference> references,
      ImmutableList<String> sources) {

    static Threshold of(ParameterValue value) {
      return new Threshold(
          value,
          ImmutableList.of(value.getRef()),
          Bibliography.citedKeys(value.getNote().orElse("")).asList());
    }
  }

  /**
   * The parameters' values for one query (date and region or group), each resolved once, and the
   * messages about a missing value, which name the place ("where") the query stands for.
   */
  static final class Thresholds {
    private final ParameterSet parameters;
    private final ParameterQuery query;
    private final LocalizedText where;
    private final Map<String, Optional<Threshold>> byId = new ConcurrentHashMap<>();
    private final Map<String, LocalizedText> missing = new ConcurrentHashMap<>();
    private final Map<String, LocalizedText> metWhatever = new ConcurrentHashMap<>();

    private Thresholds(ParameterSet parameters, ParameterQuery query, LocalizedText where) {
      this.parameters = parameters;
      this.query = query;
      this.where = where;
    }

    /** The parameter's value for this query, if one is known. */
    Optional<Threshold> find(String id) {
      Optional<Threshold> known = byId.get(id);
      if (known != null) {
        return known;
      }
      return byId.computeIfAbsent(id, k -> parameters.find(k, query).map(Threshold::of));
    }

    /** "No value of parameter X for <where>". */
    LocalizedText missingParameter(String id) {
      return missing.computeIfAbsent(id, k -> Wording.missingParameter(k, where));
    }

    /** "Met whatever the value of parameter X" (none for <where>). */
    LocalizedText metWhateverTheThreshold(String id) {
      return metWhatever.computeIfAbsent(id, k -> Wording.metWhateverTheThreshold(k, where));
    }
  }

  EvaluationContext(ParameterSet parameters, VariableCatalog variables) {
    this.parameters = parameters;
    this.variables = variables;
    ImmutableMap.Builder<String, LocalizedText> m = ImmutableMap.builder();
    for (Variable v : variables.getVariables()) {
      m.put(v.getName(), Wording.missingVariable(v.getName(), v.getLabel()));
    }
    this.missingVariable = m.buildOrThrow();
  }

  /**
   * The parameters' values for a query, whose messages name {@code where}; the memo is bounded
   * (cleared when full).
   */
  Thresholds thresholds(ParameterQuery query, LocalizedText where) {
    ThresholdsKey key = new ThresholdsKey(query, where);
    Thresholds known = thresholds.get(key);
    if (known != null) {
      return known;
    }
    if (thresholds.size() > MAX_MEMO) {
      thresholds.clear();
    }
    return thresholds.computeIfAbsent(key, k -> new Thresholds(parameters, query, where));
  }

  /** The set's explanation nodes that do not depend on the data, built on first use. */
  FixedNodes fixedNodes(CriteriaSet set) {
    return fixedNodes.computeIfAbsent(set.getId(), k -> new FixedNodes(set, this));
  }

  LocalizedText missingVariable(String name) {
    return Objects.requireNonNull(missingVariable.get(name), name);
  }

  /** A variable of the catalog; the catalog checks guarantee every indicator's exists. */
  Variable variable(String name) {
    return Objects.requireNonNull(variables.byName().get(name), name);
  }

  /** "Where" in messages about missing values, for a region. */
  static LocalizedText inRegion(Region region) {
    return Objects.requireNonNull(IN_REGION.get(region));
  }

  /** "Where" in messages about missing values, for a commune group (or none: "?"). */
  static LocalizedText inGroup(Optional<CommuneGroup> group) {
    return Objects.requireNonNull(IN_GROUP.get(group.map(Enum::name).orElse("?")));
  }

  private static final ImmutableMap<Region, LocalizedText> IN_REGION =
      Maps.toMap(List.of(Region.values()), r -> Wording.inRegion(r.label()));

  private static final ImmutableMap<String, LocalizedText> IN_GROUP =
      Maps.toMap(
          Stream.concat(Arrays.stream(CommuneGroup.values()).map(Enum::name), Stream.of("?"))
              .toList(),
          Wording::inGroup);
}
