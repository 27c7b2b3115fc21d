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
import org.ntmkit.core.quantity.MeasureUnit;

/**
 * Values that replace or add to a parameter set: a province's own values where the national set
 * delegates them, or a what-if ("income threshold +10%"). It is data, and cheap to apply.
 *
 * <p>Each overriding value replaces, for its region and group, the part of every base value whose
 * period it overlaps; the rest of the base value's period stays. A value without a region (or
 * group) is for every region (group): it replaces the regional base values too, so that it never
 * silently loses to a more specific base value. Each parameter is given in one entry (two entries
 * for one parameter are rejected, as the later would cut the earlier's values), and every value
 * lies in its unit's range ({@link MeasureUnit#allows}: no negative threshold, a percentage 0–100).
 * An overlay with no overrides changes nothing.
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
   *     parameter's unit, gives overlapping values for the same region and group, repeats a
   *     parameter of an earlier entry or a value outside its unit's range; the paths point into
   *     this overlay ({@code $.overrides[2].unit}, {@code $.overrides[0].values[1].value})
   */
  default ParameterSet applyTo(ParameterSet base) {
    if (getOverrides().isEmpty()) {
      return base;
    }
    Map<String, Parameter> result = new LinkedHashMap<>(base.byId());
    List<InputProblem> problems = new ArrayList<>();
    Map<String, List<String>> givenAt = new LinkedHashMap<>();
    for (int i = 0; i < getOverrides().size(); i++) {
      ParameterOverride o = getOverrides().get(i);
      String entry = "overrides[" + i + "]";
      String path = "$." + entry;
      Parameter existing = result.get(o.getParameterId());
      MeasureUnit unit = existing != null ? existing.getUnit() : o.getUnit().orElse(null);
      List<String> earlier = givenAt.computeIfAbsent(o.getParameterId(), k -> new ArrayList<>());
      if (!earlier.isEmpty()) {
        // Two entries for one parameter: the later would cut the earlier's values silently.
        problems.add(
            InputProblem.of(
                path + ".parameterId",
                ProblemCode.DUPLICATE,
                LocalizedText.of(
                    "tham số đã có ở " + earlier.get(0) + ": gộp các giá trị vào một mục",
                    "the parameter is already given at "
                        + earlier.get(0)
                        + ": put its values in one entry"),
                o.getParameterId()));
        continue;
      }
      earlier.add(entry);
      if (unit != null && !valuesWithin(unit, o, path, problems)) {
        continue;
      }
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

  private static boolean valuesWithin(
      MeasureUnit unit, ParameterOverride o, String path, List<InputProblem> problems) {
    boolean ok = true;
    for (int j = 0; j < o.getValues().size(); j++) {
      java.math.BigDecimal v = o.getValues().get(j).getValue();
      if (!unit.allows(v)) {
        ok = false;
        problems.add(
            InputProblem.of(
                path + ".values[" + j + "].value",
                ProblemCode.OUT_OF_RANGE,
                LocalizedText.of(
                    "giá trị " + unit + " phải " + unit.range().getVi(),
                    "a " + unit + " value must be " + unit.range().getEn()),
                v.toPlainString()));
      }
    }
    return ok;
  }

  /**
   * Whether an overlay value replaces a base value where they overlap: when it applies to the base
   * value's region and group — a value without a region (group) applies to every region (group), so
   * it replaces the regional base values too, as an overlay promises.
   */
  private static boolean covers(ParameterValue overlay, ParameterValue base) {
    return (overlay.getRegion().isEmpty() || overlay.getRegion().equals(base.getRegion()))
        && (overlay.getGroup().isEmpty() || overlay.getGroup().equals(base.getGroup()));
  }

  private static List<ParameterValue> overlayValues(
      List<ParameterValue> base, List<ParameterValue> overrides) {
    List<ParameterValue> kept = new ArrayList<>(base);
    for (ParameterValue o : overrides) {
      List<ParameterValue> next = new ArrayList<>();
      for (ParameterValue b : kept) {
        if (!covers(o, b) || !b.overlaps(o)) {
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
