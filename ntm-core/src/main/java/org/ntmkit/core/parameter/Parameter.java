package org.ntmkit.core.parameter;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.google.common.collect.ImmutableList;
import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.util.Optional;
import org.immutables.value.Value;
import org.ntmkit.core.LocalizedText;
import org.ntmkit.core.NtmStyle;
import org.ntmkit.core.quantity.MeasureUnit;

/**
 * A threshold of the law as a dated history of values, per region or commune group.
 *
 * <pre>{@code
 * Parameter income = Parameter.builder()
 *     .setId("commune.qd1980.c10.income")
 *     .setLabel(LocalizedText.of("Thu nhập bình quân đầu người", "Income per capita"))
 *     .setUnit(MeasureUnit.VND_PER_PERSON_YEAR)
 *     .addValues(value2020Ncc)
 *     .build();
 * income.find(ParameterQuery.of(LocalDate.of(2020, 12, 31), Region.NORTH_CENTRAL_COAST));
 * }</pre>
 *
 * <p>Values with the same region and group must not overlap in time. A period that no value covers
 * has no value: the rule that needs it is {@code UNDETERMINED}, never guessed.
 */
@Value.Immutable
@NtmStyle
@JsonSerialize(as = ImmutableParameter.class)
@JsonDeserialize(as = ImmutableParameter.class)
public interface Parameter {

  /** A stable dotted identifier, e.g. {@code commune.qd1980.c10.income}. */
  @NotNull
  @Pattern(
      regexp = "[A-Za-z0-9_]+([.-][A-Za-z0-9_]+)*",
      message =
          "mã tham số chỉ gồm chữ, số, '_', '.', '-' || a parameter id consists of letters, digits,"
              + " '_', '.' and '-'")
  String getId();

  /** The parameter's name in Vietnamese and English. */
  @NotNull
  @Valid
  LocalizedText getLabel();

  /** The unit of every value. */
  @NotNull
  MeasureUnit getUnit();

  /** The dated values. */
  @NotEmpty
  ImmutableList<@NotNull @Valid ParameterValue> getValues();

  /** Validation: every value lies in what the unit allows (a percentage 0–100, no negatives). */
  @JsonIgnore
  @AssertTrue(
      message =
          "giá trị ngoài miền của đơn vị (phần trăm 0–100, không âm) || a value outside its unit's"
              + " range (a percentage 0–100, nothing negative)")
  default boolean isValuesWithinUnit() {
    return getUnit() == null
        || getValues().stream()
            .allMatch(v -> v == null || v.getValue() == null || getUnit().allows(v.getValue()));
  }

  /** Validation: values of the same region and group do not overlap in time. */
  @JsonIgnore
  @AssertTrue(
      message =
          "các giá trị cùng vùng/nhóm có thời gian hiệu lực chồng lấn || values for the same region"
              + " and group have overlapping periods")
  default boolean isWithoutOverlaps() {
    ImmutableList<ParameterValue> values = getValues();
    for (int i = 0; i < values.size(); i++) {
      for (int j = i + 1; j < values.size(); j++) {
        ParameterValue a = values.get(i);
        ParameterValue b = values.get(j);
        if (a != null && b != null && a.sameScope(b) && a.overlaps(b)) {
          return false;
        }
      }
    }
    return true;
  }

  /**
   * The value that applies to a query, the most specific first: a value for the query's region and
   * group, then for its region, then for its group, then a value for every region and group.
   */
  default Optional<ParameterValue> find(ParameterQuery query) {
    ParameterValue best = null;
    int bestSpecificity = -1;
    for (ParameterValue v : getValues()) {
      if (v.appliesOn(query.getDate())
          && (v.getRegion().isEmpty() || v.getRegion().equals(query.getRegion()))
          && (v.getGroup().isEmpty() || v.getGroup().equals(query.getGroup()))) {
        int specificity = specificity(v);
        if (specificity > bestSpecificity) {
          best = v;
          bestSpecificity = specificity;
        }
      }
    }
    return Optional.ofNullable(best);
  }

  private static int specificity(ParameterValue v) {
    return (v.getRegion().isPresent() ? 2 : 0) + (v.getGroup().isPresent() ? 1 : 0);
  }

  /** A new builder. */
  static ImmutableParameter.Builder builder() {
    return ImmutableParameter.builder();
  }
}
