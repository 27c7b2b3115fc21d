package org.ntmkit.rules;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;
import org.ntmkit.core.Language;
import org.ntmkit.core.LocalizedText;
import org.ntmkit.core.NtmStyle;
import org.ntmkit.core.explain.Comparison;
import org.ntmkit.core.law.LegalReference;
import org.ntmkit.core.quantity.MeasureUnit;
import org.ntmkit.core.unit.CommuneGroup;
import org.ntmkit.core.unit.Region;

/**
 * How much of a criteria set the catalogs hold for a place and a date: the criteria whose
 * indicators are not (all) known, the thresholds without a value there, and the indicators encoded
 * against those the instrument has. A set that is not complete can find a criterion not met, but
 * never met where a part is unknown: its outcome is then {@code UNDETERMINED}, and this says why.
 *
 * <pre>{@code
 * SetCompleteness c = NtmRules.bundled().completeness("qd-51-2025",
 *     ParameterQuery.builder().setDate(LocalDate.of(2026, 6, 30)).setGroup(CommuneGroup.GROUP_2).build());
 * c.isComplete();                       // false: the 47 indicators of Phụ lục I are NOT FOUND
 * c.getCriteriaIncomplete().size();     // 10
 * c.getIndicatorsEncoded();             // 0, of c.getIndicatorsInLaw() = 47
 * }</pre>
 */
@Value.Immutable
@NtmStyle
@JsonSerialize(as = ImmutableSetCompleteness.class)
@JsonDeserialize(as = ImmutableSetCompleteness.class)
public interface SetCompleteness {

  /** The set. */
  String getSetId();

  /** The date the values were looked up for. */
  LocalDate getDate();

  /** The region asked about (absent: every region the set's thresholds differ by). */
  Optional<Region> getRegion();

  /** The commune group asked about (absent: every group, for sets by group). */
  Optional<CommuneGroup> getGroup();

  /** The indicators the set encodes (the criteria's own, composites counted once). */
  int getIndicatorsEncoded();

  /** The indicators the instrument has, where a source gives the count. */
  Optional<Integer> getIndicatorsInLaw();

  /** The criteria whose indicators are not all known, in the set's order. */
  ImmutableList<CriterionGap> getCriteriaIncomplete();

  /** The thresholds the encoded indicators compare with that have no value here. */
  ImmutableList<MissingValue> getMissingValues();

  /**
   * Whether nothing is missing: every criterion's indicators known, every threshold valued, and as
   * many indicators encoded as the instrument has (where that count is known).
   */
  default boolean isComplete() {
    return getCriteriaIncomplete().isEmpty()
        && getMissingValues().isEmpty()
        && getIndicatorsInLaw().map(n -> n <= getIndicatorsEncoded()).orElse(true);
  }

  /** One line per gap, in Vietnamese and English, for a console or a report's warning box. */
  default ImmutableList<LocalizedText> describe() {
    ImmutableList.Builder<LocalizedText> out = ImmutableList.builder();
    int encoded = getIndicatorsEncoded();
    getIndicatorsInLaw()
        .filter(n -> n > encoded)
        .ifPresent(
            n ->
                out.add(
                    LocalizedText.of(
                        "đã mã hóa " + encoded + "/" + n + " chỉ tiêu của văn bản",
                        encoded + " of the instrument's " + n + " indicators encoded")));
    for (CriterionGap c : getCriteriaIncomplete()) {
      out.add(describe(c));
    }
    for (MissingValue m : getMissingValues()) {
      out.add(LocalizedText.of(describe(m, Language.VI), describe(m, Language.EN)));
    }
    return out.build();
  }

  private static LocalizedText describe(CriterionGap c) {
    LocalizedText name = c.getName();
    return c.getIndicatorsEncoded() == 0
        ? LocalizedText.of(
            "tiêu chí " + c.getNumber() + " " + name.getVi() + ": KHÔNG TÌM THẤY chỉ tiêu",
            "criterion " + c.getNumber() + " " + name.getEn() + ": indicators NOT FOUND")
        : LocalizedText.of(
            "tiêu chí "
                + c.getNumber()
                + " "
                + name.getVi()
                + ": đã biết "
                + c.getIndicatorsEncoded()
                + " chỉ tiêu, các chỉ tiêu khác KHÔNG TÌM THẤY",
            "criterion "
                + c.getNumber()
                + " "
                + name.getEn()
                + ": "
                + c.getIndicatorsEncoded()
                + " indicators known, the others NOT FOUND");
  }

  private static String describe(MissingValue m, Language l) {
    StringBuilder b =
        new StringBuilder(m.getParameterId()).append(" (").append(m.getLabel().get(l));
    m.getComparison().ifPresent(c -> b.append(' ').append(c.symbol()).append(" ?"));
    b.append(", ").append(m.getUnit().label().get(l));
    m.getProvision()
        .flatMap(r -> r.getProvision().map(p -> r.getInstrument() + ", " + p))
        .ifPresent(p -> b.append("; ").append(p));
    b.append(')');
    m.getGroup()
        .map(CommuneGroup::label)
        .or(() -> m.getRegion().map(Region::label))
        .ifPresent(w -> b.append(" — ").append(w.get(l)));
    return b.append(l.text(": chưa có giá trị", ": no value")).toString();
  }

  /** A criterion whose indicators are not all known. */
  @Value.Immutable
  @NtmStyle
  @JsonSerialize(as = ImmutableCriterionGap.class)
  @JsonDeserialize(as = ImmutableCriterionGap.class)
  interface CriterionGap {
    /** Its number. */
    String getNumber();

    /** Its name. */
    LocalizedText getName();

    /** How many of its indicators are encoded (0: none is known). */
    int getIndicatorsEncoded();

    /** The catalog's remark on it. */
    Optional<String> getNote();
  }

  /** A threshold an indicator compares with that has no value for a place and date. */
  @Value.Immutable
  @NtmStyle
  @JsonSerialize(as = ImmutableMissingValue.class)
  @JsonDeserialize(as = ImmutableMissingValue.class)
  interface MissingValue {
    /** The parameter's id. */
    String getParameterId();

    /** What it is. */
    LocalizedText getLabel();

    /** Its unit. */
    MeasureUnit getUnit();

    /** How the indicators compare with it (absent: as a base of a multiple). */
    Optional<Comparison> getComparison();

    /** The indicators that compare with it. */
    ImmutableList<String> getIndicatorIds();

    /** The provision that should give it. */
    Optional<LegalReference> getProvision();

    /** The region it has no value for (sets by region). */
    Optional<Region> getRegion();

    /** The commune group it has no value for (sets by group). */
    Optional<CommuneGroup> getGroup();

    /** Whether the catalog declares it NOT FOUND for every place (rather than for this one). */
    boolean isNotFoundAnywhere();

    /** What is known of it. */
    Optional<String> getNote();
  }
}
