package org.ntmkit.rules.criteria;

import com.google.common.collect.ImmutableMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.ntmkit.core.LocalizedText;
import org.ntmkit.core.parameter.ParameterQuery;
import org.ntmkit.core.parameter.ParameterSet;
import org.ntmkit.core.parameter.ParameterValue;

/**
 * What every evaluation with one {@link NtmRules} shares: the parameters and variables, and memos
 * of parameter look-ups and fixed messages. The memos hold immutable values derived from immutable
 * inputs, so sharing them between threads changes no result; the look-up memo is bounded.
 */
final class EvaluationContext {

  private static final int MAX_MEMO = 50_000;

  final ParameterSet parameters;
  final VariableCatalog variables;
  private final ImmutableMap<String, LocalizedText> missingVariable;
  private final Map<ParameterKey, Optional<ParameterValue>> lookups = new ConcurrentHashMap<>();
  private final Map<String, LocalizedText> missingParameter = new ConcurrentHashMap<>();

  private record ParameterKey(String id, ParameterQuery query) {}

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

  Optional<ParameterValue> find(String id, ParameterQuery query) {
    if (lookups.size() > MAX_MEMO) {
      lookups.clear();
    }
    return lookups.computeIfAbsent(
        new ParameterKey(id, query), k -> parameters.find(k.id(), k.query()));
  }

  LocalizedText missingVariable(String name) {
    return java.util.Objects.requireNonNull(missingVariable.get(name), name);
  }

  /** "No value of parameter X for <where>", memoised per parameter and place. */
  LocalizedText missingParameter(String id, LocalizedText where) {
    return missingParameter.computeIfAbsent(
        id + '\u0000' + where.getEn(),
        k ->
            LocalizedText.of(
                "chưa có giá trị tham số "
                    + id
                    + " cho "
                    + where.getVi()
                    + " vào ngày đánh giá (không tìm thấy trong nguồn công khai); cung cấp bằng lớp"
                    + " phủ của tỉnh",
                "no value of parameter "
                    + id
                    + " for "
                    + where.getEn()
                    + " on the assessment date (not found in public sources); supply it with a"
                    + " province overlay"));
  }

  /** "Met whatever the value of parameter X", memoised per parameter and place. */
  LocalizedText metWhateverTheThreshold(String id, LocalizedText where) {
    return missingParameter.computeIfAbsent(
        id + "\u0000met\u0000" + where.getEn(),
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
