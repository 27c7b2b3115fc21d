package org.ntmkit.rules.catalog;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.immutables.value.Value;
import org.ntmkit.core.NtmStyle;

/** The measured variables that criteria sets may read, by name. */
@Value.Immutable
@NtmStyle
@JsonSerialize(as = ImmutableVariableCatalog.class)
@JsonDeserialize(as = ImmutableVariableCatalog.class)
public interface VariableCatalog {

  /** The variables. */
  @NotEmpty
  ImmutableList<@NotNull @Valid Variable> getVariables();

  /** Validation: names are unique. */
  @JsonIgnore
  @AssertTrue(message = "tên biến bị trùng || a variable name appears twice")
  default boolean isNamesUnique() {
    Set<String> seen = new HashSet<>();
    return getVariables().stream().allMatch(v -> v == null || seen.add(v.getName()));
  }

  /** The variables by name. */
  @Value.Lazy
  default ImmutableMap<String, Variable> byName() {
    Map<String, Variable> map = new LinkedHashMap<>();
    getVariables().forEach(v -> map.putIfAbsent(v.getName(), v));
    return ImmutableMap.copyOf(map);
  }
}
