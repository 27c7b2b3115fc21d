package org.ntmkit.rules.catalog;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.google.common.collect.ImmutableList;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import org.ntmkit.core.LocalizedText;
import org.ntmkit.core.NtmStyle;
import org.ntmkit.core.explain.Comparison;
import org.ntmkit.core.law.Provenance;
import org.ntmkit.rules.Title;
import org.ntmkit.rules.UnitLevel;

/**
 * An indicator (chỉ tiêu) of a criterion: one type per way of deciding, each with exactly the
 * fields it needs. The JSON names the type in {@code "kind"} ({@link IndicatorKind}).
 *
 * <p>JSON, indicator 16.1 of QĐ 1980/QĐ-TTg (a {@link Ratio}):
 *
 * <pre>{@code
 * {"id": "16.1", "name": {"vi": "Tỷ lệ thôn đạt tiêu chuẩn văn hóa", "en": "Share of cultural villages"},
 *  "kind": "RATIO", "comparison": "AT_LEAST", "variable": "villages.cultural",
 *  "parameter": "qd1980.16.1", "provenance": "SECONDARY_SOURCE"}
 * }</pre>
 *
 * <p>Code that treats each kind differently implements {@link Visitor}, so that a new kind is a
 * compile error wherever it is not handled:
 *
 * <pre>{@code
 * String what = indicator.accept(new Indicator.Visitor<String>() { ... });
 * }</pre>
 *
 * <p>{@code provenance} grades the indicator's wording and structure (thresholds carry their own).
 * The types, by role: {@link Flag} (a yes/no fact); {@link Ratio}, {@link Number}, {@link
 * MultipleOfVariable}, {@link MultipleOfParameter} (a measured value against a threshold); {@link
 * MemberShare}, {@link MemberCount} (members holding a title); {@link AllOf}, {@link AnyOf}
 * (composites). Their common shapes: {@link Measured} (reads a variable), {@link Compared}
 * (compares with a parameter), {@link Numeric}, {@link OfMembers}, {@link Composite}.
 */
@Value.Enclosing
@NtmStyle
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = "kind")
@JsonSubTypes({
  @JsonSubTypes.Type(value = Indicator.Ratio.class, name = "RATIO"),
  @JsonSubTypes.Type(value = Indicator.Number.class, name = "NUMBER"),
  @JsonSubTypes.Type(value = Indicator.Flag.class, name = "FLAG"),
  @JsonSubTypes.Type(value = Indicator.MultipleOfVariable.class, name = "MULTIPLE_OF_VARIABLE"),
  @JsonSubTypes.Type(value = Indicator.MultipleOfParameter.class, name = "MULTIPLE_OF_PARAMETER"),
  @JsonSubTypes.Type(value = Indicator.MemberShare.class, name = "MEMBER_SHARE"),
  @JsonSubTypes.Type(value = Indicator.MemberCount.class, name = "MEMBER_COUNT"),
  @JsonSubTypes.Type(value = Indicator.AllOf.class, name = "ALL_OF"),
  @JsonSubTypes.Type(value = Indicator.AnyOf.class, name = "ANY_OF")
})
public sealed interface Indicator {

  /** Its number as in the law, e.g. {@code "17.1"}. */
  @NotBlank
  String getId();

  /** Its wording. */
  @NotNull
  @Valid
  LocalizedText getName();

  /** When the indicator applies; absent = always. */
  Optional<@Valid Applicability> getOnlyIf();

  /** How sure the indicator's wording and structure are. */
  @Value.Default
  default Provenance getProvenance() {
    return Provenance.SECONDARY_SOURCE;
  }

  /** A remark: source, uncertainty. */
  Optional<String> getNote();

  /** How it decides: the JSON {@code "kind"}. */
  @JsonIgnore
  IndicatorKind getKind();

  /** Calls the visitor's method for this indicator's type. */
  <R> R accept(Visitor<R> visitor);

  /** The ids of the parameters it compares with (its own, not its parts'). */
  @JsonIgnore
  default ImmutableList<String> parameterIds() {
    return ImmutableList.of();
  }

  /** Every indicator of a list, composites and then their parts, depth first. */
  static List<Indicator> flatten(List<? extends Indicator> indicators) {
    List<Indicator> out = new ArrayList<>();
    for (Indicator i : indicators) {
      if (i == null) {
        continue;
      }
      out.add(i);
      if (i instanceof Composite c) {
        out.addAll(flatten(c.getParts()));
      }
    }
    return out;
  }

  /** One method per type of indicator: adding a type breaks every visitor until it handles it. */
  interface Visitor<R> {
    R flag(Flag indicator);

    R ratio(Ratio indicator);

    R number(Number indicator);

    R multipleOfVariable(MultipleOfVariable indicator);

    R multipleOfParameter(MultipleOfParameter indicator);

    R memberShare(MemberShare indicator);

    R memberCount(MemberCount indicator);

    R allOf(AllOf indicator);

    R anyOf(AnyOf indicator);
  }

  /** An indicator that reads one variable of the unit's data. */
  sealed interface Measured extends Indicator permits Flag, Ratio, Numeric {
    /** The variable read. */
    @NotBlank
    String getVariable();
  }

  /** An indicator that compares with a parameter (a threshold of the law). */
  sealed interface Compared extends Indicator permits Ratio, Numeric, OfMembers {
    /** The parameter compared with. */
    @NotBlank
    String getParameter();

    /** The comparison with the requirement; default at least. */
    @Value.Default
    default Comparison getComparison() {
      return Comparison.AT_LEAST;
    }

    @Override
    default ImmutableList<String> parameterIds() {
      return ImmutableList.of(getParameter());
    }
  }

  /** A number compared with a threshold, or with a threshold times a baseline. */
  sealed interface Numeric extends Measured, Compared
      permits Number, MultipleOfVariable, MultipleOfParameter {}

  /** An indicator over the members of a district, town or province. */
  sealed interface OfMembers extends Compared permits MemberShare, MemberCount {
    /** The level of the members counted. */
    @NotNull
    UnitLevel getMemberLevel();

    /** The title the members must hold. */
    @NotNull
    Title getMemberTitle();
  }

  /** An indicator made of parts. */
  sealed interface Composite extends Indicator permits AllOf, AnyOf {
    /** The parts. */
    @NotEmpty
    ImmutableList<@NotNull @Valid Indicator> getParts();
  }

  /** A yes/no fact that must have the expected value ("đạt"). */
  @Value.Immutable
  @JsonTypeName("FLAG")
  @JsonSerialize(as = ImmutableIndicator.Flag.class)
  @JsonDeserialize(as = ImmutableIndicator.Flag.class)
  non-sealed interface Flag extends Measured {
    /** The value required; default {@code true}. */
    @Value.Default
    default boolean isExpected() {
      return true;
    }

    @Override
    default IndicatorKind getKind() {
      return IndicatorKind.FLAG;
    }

    @Override
    default <R> R accept(Visitor<R> visitor) {
      return visitor.flag(this);
    }
  }

  /** A ratio variable compared with a percentage parameter ("≥ 70% of villages"). */
  @Value.Immutable
  @JsonTypeName("RATIO")
  @JsonSerialize(as = ImmutableIndicator.Ratio.class)
  @JsonDeserialize(as = ImmutableIndicator.Ratio.class)
  non-sealed interface Ratio extends Measured, Compared {
    @Override
    default IndicatorKind getKind() {
      return IndicatorKind.RATIO;
    }

    @Override
    default <R> R accept(Visitor<R> visitor) {
      return visitor.ratio(this);
    }
  }

  /** A number compared with a parameter (income ≥ 36 million VND, ≥ 1 play spot, level ≥ 2). */
  @Value.Immutable
  @JsonTypeName("NUMBER")
  @JsonSerialize(as = ImmutableIndicator.Number.class)
  @JsonDeserialize(as = ImmutableIndicator.Number.class)
  non-sealed interface Number extends Numeric {
    @Override
    default IndicatorKind getKind() {
      return IndicatorKind.NUMBER;
    }

    @Override
    default <R> R accept(Visitor<R> visitor) {
      return visitor.number(this);
    }
  }

  /**
   * A number compared with a parameter times another variable (income ≥ 1.5 × the income at NTM
   * recognition).
   */
  @Value.Immutable
  @JsonTypeName("MULTIPLE_OF_VARIABLE")
  @JsonSerialize(as = ImmutableIndicator.MultipleOfVariable.class)
  @JsonDeserialize(as = ImmutableIndicator.MultipleOfVariable.class)
  non-sealed interface MultipleOfVariable extends Numeric {
    /** The baseline variable multiplied by the parameter. */
    @NotBlank
    String getBaseline();

    @Override
    default IndicatorKind getKind() {
      return IndicatorKind.MULTIPLE_OF_VARIABLE;
    }

    @Override
    default <R> R accept(Visitor<R> visitor) {
      return visitor.multipleOfVariable(this);
    }
  }

  /**
   * A number compared with a parameter times another parameter (income ≥ 1.1 × the advanced
   * threshold).
   */
  @Value.Immutable
  @JsonTypeName("MULTIPLE_OF_PARAMETER")
  @JsonSerialize(as = ImmutableIndicator.MultipleOfParameter.class)
  @JsonDeserialize(as = ImmutableIndicator.MultipleOfParameter.class)
  non-sealed interface MultipleOfParameter extends Numeric {
    /** The parameter multiplied by {@link #getParameter()}. */
    @NotBlank
    String getBaseParameter();

    @Override
    default ImmutableList<String> parameterIds() {
      return ImmutableList.of(getParameter(), getBaseParameter());
    }

    @Override
    default IndicatorKind getKind() {
      return IndicatorKind.MULTIPLE_OF_PARAMETER;
    }

    @Override
    default <R> R accept(Visitor<R> visitor) {
      return visitor.multipleOfParameter(this);
    }
  }

  /**
   * The share of member units holding a title, compared with a percentage ("100% of communes NTM",
   * "≥ 20% of districts advanced"); for districts, towns and provinces.
   */
  @Value.Immutable
  @JsonTypeName("MEMBER_SHARE")
  @JsonSerialize(as = ImmutableIndicator.MemberShare.class)
  @JsonDeserialize(as = ImmutableIndicator.MemberShare.class)
  non-sealed interface MemberShare extends OfMembers {
    @Override
    default IndicatorKind getKind() {
      return IndicatorKind.MEMBER_SHARE;
    }

    @Override
    default <R> R accept(Visitor<R> visitor) {
      return visitor.memberShare(this);
    }
  }

  /**
   * The number of member units holding a title, compared with a count ("≥ 3 advanced districts").
   */
  @Value.Immutable
  @JsonTypeName("MEMBER_COUNT")
  @JsonSerialize(as = ImmutableIndicator.MemberCount.class)
  @JsonDeserialize(as = ImmutableIndicator.MemberCount.class)
  non-sealed interface MemberCount extends OfMembers {
    @Override
    default IndicatorKind getKind() {
      return IndicatorKind.MEMBER_COUNT;
    }

    @Override
    default <R> R accept(Visitor<R> visitor) {
      return visitor.memberCount(this);
    }
  }

  /** Every part must be met. */
  @Value.Immutable
  @JsonTypeName("ALL_OF")
  @JsonSerialize(as = ImmutableIndicator.AllOf.class)
  @JsonDeserialize(as = ImmutableIndicator.AllOf.class)
  non-sealed interface AllOf extends Composite {
    @Override
    default IndicatorKind getKind() {
      return IndicatorKind.ALL_OF;
    }

    @Override
    default <R> R accept(Visitor<R> visitor) {
      return visitor.allOf(this);
    }
  }

  /** One part is enough. */
  @Value.Immutable
  @JsonTypeName("ANY_OF")
  @JsonSerialize(as = ImmutableIndicator.AnyOf.class)
  @JsonDeserialize(as = ImmutableIndicator.AnyOf.class)
  non-sealed interface AnyOf extends Composite {
    @Override
    default IndicatorKind getKind() {
      return IndicatorKind.ANY_OF;
    }

    @Override
    default <R> R accept(Visitor<R> visitor) {
      return visitor.anyOf(this);
    }
  }
}
