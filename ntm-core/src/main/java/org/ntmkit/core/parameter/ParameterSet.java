package org.ntmkit.core.parameter;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;
import org.ntmkit.core.NtmStyle;

/**
 * The parameters a set of rules reads, by identifier.
 *
 * <pre>{@code
 * ParameterSet national = ParameterSet.of(List.of(income, villages));
 * ParameterSet haTinh = overlay.applyTo(national);   // province values on top
 * haTinh.find("commune.qd1980.c10.income", query);  // Optional<ParameterValue>
 * }</pre>
 *
 * <p>JSON: {@code {"parameters": [ … ]}}; identifiers are unique.
 */
@Value.Immutable
@NtmStyle
@JsonSerialize(as = ImmutableParameterSet.class)
@JsonDeserialize(as = ImmutableParameterSet.class)
public interface ParameterSet {

  /** The parameters, in catalog order. */
  ImmutableList<@NotNull @Valid Parameter> getParameters();

  /** Validation: no identifier appears twice. */
  @JsonIgnore
  @AssertTrue(message = "mã tham số bị trùng || a parameter id appears twice")
  default boolean isIdsUnique() {
    Set<String> seen = new HashSet<>();
    for (Parameter p : getParameters()) {
      if (p != null && !seen.add(p.getId())) {
        return false;
      }
    }
    return true;
  }

  /** The parameters by identifier (the first one wins if an id is repeated). */
  @Value.Lazy
  default ImmutableMap<String, Parameter> byId() {
    Map<String, Parameter> map = new LinkedHashMap<>();
    for (Parameter p : getParameters()) {
      map.putIfAbsent(p.getId(), p);
    }
    return ImmutableMap.copyOf(map);
  }

  /** The parameter with an identifier, if the set has it. */
  default Optional<Parameter> get(String id) {
    return Optional.ofNullable(byId().get(id));
  }

  /**
   * The value of a parameter for a query; empty when the set lacks the parameter or no value
   * applies — the rule that asked is then {@code UNDETERMINED}.
   */
  default Optional<ParameterValue> find(String id, ParameterQuery query) {
    return get(id).flatMap(p -> p.find(query));
  }

  /** A set of parameters. */
  static ParameterSet of(Iterable<? extends Parameter> parameters) {
    return ImmutableParameterSet.builder().addAllParameters(parameters).build();
  }
}
