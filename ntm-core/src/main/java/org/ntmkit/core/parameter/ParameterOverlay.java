package org.ntmkit.core.parameter;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.google.common.collect.ImmutableList;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;
import org.ntmkit.core.LocalizedText;
import org.ntmkit.core.NtmStyle;
import org.ntmkit.core.io.InputProblem;
import org.ntmkit.core.io.InvalidInputException;
import org.ntmkit.core.io.ProblemCode;

/**
 * Values that replace or add to a parameter set: a province's own values where the national set
 * delegates them, or a what-if ("income threshold +10%"). It is data, and cheap to apply.
 *
 * <p>Each overriding value takes precedence, for its region and group, over the part of every base
 * value whose period it overlaps; the rest of the base value's period stays. An overlay with no
 * overrides changes nothing.
 *
 * <pre>{@code
 * ParameterOverlay haTinh = json.read(bytes, ParameterOverlay.class);
 * ParameterSet effective = haTinh.applyTo(nationalSet);
 * }</pre>
 */
@Value.Immutable
@NtmStyle
@JsonSerialize(as = ImmutableParameterOverlay.class)
@JsonDeserialize(as = ImmutableParameterOverlay.class)
public interface ParameterOverlay {

  /** A short name, e.g. {@code "ha-tinh-2021-2025"}. */
  @NotBlank
  String getName();

  /** What the overlay is for. */
  Optional<@Valid LocalizedText> getDescription();

  /** The overrides, one per parameter or several. */
  ImmutableList<@NotNull @Valid ParameterOverride> getOverrides();

  /**
   * The base set with this overlay's values on top.
   *
   * @throws InvalidInputException if an override adds a parameter without unit or label, changes a
   *     parameter's unit, or gives overlapping values for the same region and group; the paths
   *     point into this overlay ({@code $.overrides[2].unit})
   */
  default ParameterSet applyTo(ParameterSet base) {
    if (getOverrides().isEmpty()) {
      return base;
    }
    Map<String, Parameter> result = new LinkedHashMap<>(base.byId());
    List<InputProblem> problems = new ArrayList<>();
    for (int i = 0; i < getOverrides().size(); i++) {
      ParameterOverride o = getOverrides().get(i);
      String path = "$.overrides[" + i + "]";
      Parameter existing = result.get(o.getParameterId());
      if (existing == null) {
        if (o.getUnit().isEmpty() || o.getLabel().isEmpty()) {
          problems.add(
              InputProblem.of(
                  path,
                  ProblemCode.MISSING,
                  LocalizedText.of(
                      "tham số mới '"
                          + o.getParameterId()
                          + "' cần có đơn vị (unit) và tên (label)",
                      "new parameter '" + o.getParameterId() + "' needs a unit and a label")));
          continue;
        }
        existing =
            Parameter.builder()
                .setId(o.getParameterId())
                .setUnit(o.getUnit().get())
                .setLabel(o.getLabel().get())
                .addAllValues(o.getValues())
                .build();
      } else {
        if (o.getUnit().isPresent() && o.getUnit().get() != existing.getUnit()) {
          problems.add(
              InputProblem.of(
                  path + ".unit",
                  ProblemCode.INCONSISTENT,
                  LocalizedText.of(
                      "đơn vị khác với tham số gốc (" + existing.getUnit() + ")",
                      "unit differs from the base parameter's (" + existing.getUnit() + ")")));
          continue;
        }
        existing =
            ImmutableParameter.copyOf(existing)
                .withValues(overlayValues(existing.getValues(), o.getValues()));
      }
      if (!existing.isWithoutOverlaps()) {
        problems.add(
            InputProblem.of(
                path + ".values",
                ProblemCode.INCONSISTENT,
                LocalizedText.of(
                    "các giá trị cùng vùng/nhóm có thời gian hiệu lực chồng lấn",
                    "values for the same region and group have overlapping periods")));
        continue;
      }
      result.put(existing.getId(), existing);
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    return ParameterSet.of(result.values());
  }

  private static List<ParameterValue> overlayValues(
      List<ParameterValue> base, List<ParameterValue> overrides) {
    List<ParameterValue> kept = new ArrayList<>(base);
    for (ParameterValue o : overrides) {
      List<ParameterValue> next = new ArrayList<>();
      for (ParameterValue b : kept) {
        if (!b.sameScope(o) || !b.overlaps(o)) {
          next.add(b);
          continue;
        }
        if (b.getFrom().isBefore(o.getFrom())) {
          next.add(ImmutableParameterValue.copyOf(b).withTo(o.getFrom()));
        }
        if (o.getTo().isPresent() && b.getTo().map(o.getTo().get()::isBefore).orElse(true)) {
          next.add(ImmutableParameterValue.copyOf(b).withFrom(o.getTo().get()));
        }
      }
      kept = next;
    }
    kept.addAll(overrides);
    return kept;
  }

  /** A new builder. */
  static ImmutableParameterOverlay.Builder builder() {
    return ImmutableParameterOverlay.builder();
  }
}
