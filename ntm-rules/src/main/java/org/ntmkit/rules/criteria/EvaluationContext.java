package org.ntmkit.rules.criteria;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.ntmkit.core.LocalizedText;
import org.ntmkit.core.law.LegalReference;
import org.ntmkit.core.parameter.ParameterQuery;
import org.ntmkit.core.parameter.ParameterSet;
import org.ntmkit.core.parameter.ParameterValue;

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
  private final Map<String, SetEvaluation.FixedNodes> fixedNodes = new ConcurrentHashMap<>();

  private record ThresholdsKey(ParameterQuery query, LocalizedText where) {}

  /** A parameter's value for one query, with the reference list its explanation nodes share. */
  record Threshold(ParameterValue value, ImmutableList<LegalReference> references) {}

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
      return byId.computeIfAbsent(
          id,
          k -> parameters.find(k, query).map(v -> new Threshold(v, ImmutableList.of(v.getRef()))));
    }

    /** "No value of parameter X for <where>". */
    LocalizedText missingParameter(String id) {
      return missing.computeIfAbsent(
          id,
          k ->
              LocalizedText.of(
                  "chưa có giá trị tham số "
                      + id
                      + " cho "
                      + where.getVi()
                      + " vào ngày đánh giá (không tìm thấy trong nguồn công khai); cung cấp bằng"
                      + " lớp phủ của tỉnh",
                  "no value of parameter "
                      + id
                      + " for "
                      + where.getEn()
                      + " on the assessment date (not found in public sources); supply it with a"
                      + " province overlay"));
    }

    /** "Met whatever the value of parameter X" (none for <where>). */
    LocalizedText metWhateverTheThreshold(String id) {
      return metWhatever.computeIfAbsent(
          id,
          k ->
              LocalizedText.of(
                  "đạt với mọi giá trị của tham số "
                      + id
                      + " (chưa có giá trị cho "
                      + where.getVi()
                      + "): 100% đạt mọi ngưỡng \"tối thiểu\", 0% đạt mọi ngưỡng \"tối đa\"",
                  "met whatever the value of parameter "
                      + id
                      + " (none for "
                      + where.getEn()
                      + "): 100% meets any \"at least\" threshold, 0% any \"at most\" one"));
    }
  }

  EvaluationContext(ParameterSet parameters, VariableCatalog variables) {
    this.parameters = parameters;
    this.variables = variables;
    ImmutableMap.Builder<String, LocalizedText> m = ImmutableMap.builder();
    for (Variable v : variables.getVariables()) {
      m.put(
          v.getName(),
          LocalizedText.of(
              "thiếu số liệu '" + v.getName() + "' (" + v.getLabel().getVi() + ")",
              "no data for '" + v.getName() + "' (" + v.getLabel().getEn() + ")"));
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
  SetEvaluation.FixedNodes fixedNodes(CriteriaSet set) {
    return fixedNodes.computeIfAbsent(set.getId(), k -> new SetEvaluation.FixedNodes(set, this));
  }

  LocalizedText missingVariable(String name) {
    return java.util.Objects.requireNonNull(missingVariable.get(name), name);
  }
}
