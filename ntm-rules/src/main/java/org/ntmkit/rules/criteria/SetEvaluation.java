package org.ntmkit.rules.criteria;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.Maps;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.ntmkit.core.LocalizedText;
import org.ntmkit.core.Outcome;
import org.ntmkit.core.explain.Comparison;
import org.ntmkit.core.explain.Explanation;
import org.ntmkit.core.explain.ImmutableExplanation;
import org.ntmkit.core.law.ImmutableLegalReference;
import org.ntmkit.core.law.LegalReference;
import org.ntmkit.core.law.Provenance;
import org.ntmkit.core.parameter.ParameterQuery;
import org.ntmkit.core.quantity.MeasureUnit;
import org.ntmkit.core.quantity.Percentage;
import org.ntmkit.core.quantity.Ratio;
import org.ntmkit.core.unit.CommuneGroup;
import org.ntmkit.core.unit.Region;
import org.ntmkit.rules.Title;
import org.ntmkit.rules.criteria.EvaluationContext.Threshold;

/** One evaluation of one unit's data against one set: pure, no I/O. */
final class SetEvaluation {

  /** What is evaluated: a commune's or another unit's data, seen alike. */
  record Subject(
      String code,
      String name,
      UnitLevel level,
      Optional<Region> region,
      Optional<CommuneGroup> group,
      LocalDate date,
      Map<String, BigDecimal> numbers,
      Map<String, Boolean> flags,
      Map<String, Ratio> ratios,
      boolean nmmOverride,
      List<Member> members) {

    static Subject of(CommuneMeasurements m) {
      boolean difficult =
          m.isInPoorDistrict()
              && (m.getDesignations().contains(Designation.EXTREMELY_DIFFICULT)
                  || m.getDesignations().contains(Designation.SAFE_ZONE));
      return new Subject(
          m.getCommune().getCode(),
          m.getCommune().getName(),
          UnitLevel.COMMUNE,
          Optional.of(m.getCommune().getRegion()),
          m.getCommune().getGroup(),
          m.getDate(),
          m.getNumbers(),
          m.getFlags(),
          m.getRatios(),
          difficult,
          List.of());
    }

    static Subject of(UnitMeasurements m) {
      return new Subject(
          m.getCode(),
          m.getName(),
          m.getLevel(),
          m.getRegion(),
          m.getGroup(),
          m.getDate(),
          m.getNumbers(),
          m.getFlags(),
          m.getRatios(),
          false,
          m.getMembers());
    }
  }

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private static final LocalizedText NOT_APPLICABLE =
      LocalizedText.of("không áp dụng (không xét)", "not applicable (not considered)");
  private static final LocalizedText INDICATORS_UNKNOWN =
      LocalizedText.of(
          "chưa biết các chỉ tiêu của tiêu chí này (KHÔNG TÌM THẤY trong nguồn công khai)",
          "the indicators of this criterion are not known (NOT FOUND in public sources)");

  private static final LocalizedText INDICATORS_PARTLY_UNKNOWN =
      LocalizedText.of(
          "các chỉ tiêu đã biết đều đạt, nhưng một số chỉ tiêu của tiêu chí chưa biết (KHÔNG TÌM THẤY)",
          "the known indicators are met, but some of the criterion's indicators are not known (NOT"
              + " FOUND)");

  private final CriteriaSet set;
  private final Subject data;
  private final EvaluationContext context;
  private final VariableCatalog variables;
  private final EvaluationContext.Thresholds thresholds;
  private final Optional<Region> region;

  /** The nodes that do not depend on the data, and the set's reference for the others. */
  private final FixedNodes fixed;

  SetEvaluation(CriteriaSet set, Subject data, EvaluationContext context) {
    this.set = set;
    this.data = data;
    this.context = context;
    this.variables = context.variables;
    this.fixed = context.fixedNodes(set);
    ParameterQuery query;
    if (set.getAxis() == ThresholdAxis.GROUP) {
      this.region = Optional.empty();
      query = ParameterQuery.builder().setDate(data.date()).setGroup(data.group()).build();
    } else {
      this.region = regionApplied();
      query = ParameterQuery.builder().setDate(data.date()).setRegion(region).build();
    }
    LocalizedText where =
        java.util.Objects.requireNonNull(
            region.isPresent()
                ? IN_REGION.get(region.get())
                : IN_GROUP.get(data.group().map(Enum::name).orElse("?")));
    this.thresholds = context.thresholds(query, where);
  }

  /** "Where" in messages about missing values: a region or a commune group. */
  private static final ImmutableMap<Region, LocalizedText> IN_REGION =
      Maps.toMap(
          List.of(Region.values()),
          r -> LocalizedText.of("vùng " + r.label().getVi(), r.label().getEn()));

  private static final ImmutableMap<String, LocalizedText> IN_GROUP =
      Maps.toMap(
          java.util.stream.Stream.concat(
                  java.util.Arrays.stream(CommuneGroup.values()).map(Enum::name),
                  java.util.stream.Stream.of("?"))
              .toList(),
          g -> LocalizedText.of("nhóm xã " + g, "commune group " + g));

  /** QĐ 318/QĐ-TTg: especially difficult and safe-zone communes in poor districts use NMM. */
  private Optional<Region> regionApplied() {
    boolean override = set.isDifficultCommunesUseNmm() && data.nmmOverride();
    return override ? Optional.of(Region.NORTHERN_MIDLANDS_AND_MOUNTAINS) : data.region();
  }

  Assessment assess() {
    ImmutableList<Explanation> criteria = nodes(set.getCriteria(), this::criterion);
    Outcome outcome = Outcome.MET;
    int met = 0;
    int notMet = 0;
    for (Explanation c : criteria) {
      outcome = outcome.and(c.getOutcome());
      met += c.getOutcome() == Outcome.MET ? 1 : 0;
      notMet += c.getOutcome() == Outcome.NOT_MET ? 1 : 0;
    }
    int undetermined = criteria.size() - met - notMet;
    Explanation root =
        new Node(data.code(), set.getLabel())
            .setOutcome(outcome)
            .setMessage(
                LocalizedText.of(
                    data.name()
                        + ": đạt "
                        + met
                        + ", chưa đạt "
                        + notMet
                        + ", chưa xác định "
                        + undetermined
                        + " trên "
                        + criteria.size()
                        + " tiêu chí",
                    data.name()
                        + ": "
                        + met
                        + " met, "
                        + notMet
                        + " not met, "
                        + undetermined
                        + " undetermined of "
                        + criteria.size()
                        + " criteria"))
            .addReferences(ImmutableList.of(set.getRef()))
            .setProvenance(set.getProvenance())
            .setChildren(criteria)
            .build();
    ImmutableAssessment.Builder assessment = ImmutableAssessment.builder();
    for (Criterion c : set.getCriteria()) {
      if (c.isPrecondition()) {
        assessment.addPreconditions(c.getNumber());
      }
    }
    return assessment
        .setUnitCode(data.code())
        .setSetId(set.getId())
        .setTitle(set.getTitle())
        .setDate(data.date())
        .setRegionApplied(region)
        .setLevel(data.level())
        .setGroupApplied(set.getAxis() == ThresholdAxis.GROUP ? data.group() : Optional.empty())
        .setOutcome(outcome)
        .setExplanation(root)
        .build();
  }

  private Explanation criterion(Criterion c) {
    if (c.getIndicators().isEmpty()) {
      return fixed.unknownCriterion(c);
    }
    ImmutableList<Explanation> indicators = nodes(c.getIndicators(), this::indicator);
    Node node = new Node(c.getNumber(), c.getName()).setChildren(indicators);
    Outcome outcome = c.isIndicatorsComplete() ? Outcome.MET : Outcome.UNDETERMINED;
    boolean knownPartsMet = true;
    for (Explanation i : indicators) {
      outcome = outcome.and(i.getOutcome());
      knownPartsMet &= i.getOutcome() == Outcome.MET;
    }
    return node.setOutcome(outcome)
        .setMessage(
            !c.isIndicatorsComplete() && knownPartsMet
                ? INDICATORS_PARTLY_UNKNOWN
                : outcome.label())
        .build();
  }

  /** The explanation of each item, as a list of exactly their number. */
  private static <T> ImmutableList<Explanation> nodes(
      List<T> items, java.util.function.Function<T, Explanation> explain) {
    if (items.isEmpty()) {
      return ImmutableList.of();
    }
    ImmutableList.Builder<Explanation> nodes = ImmutableList.builderWithExpectedSize(items.size());
    for (T item : items) {
      nodes.add(explain.apply(item));
    }
    return nodes.build();
  }

  private Explanation indicator(Indicator ind) {
    if (ind.getOnlyIf().isPresent()) {
      Optional<Boolean> applies = applies(ind.getOnlyIf().get());
      if (applies.isEmpty() || !applies.get()) {
        return fixed.condition(ind, applies.isPresent());
      }
    }
    if (ind.getKind() == IndicatorKind.FLAG) {
      return fixed.flag(ind, data.flags().get(ind.getVariable().orElseThrow()));
    }
    Node node = new Node(ind.getId(), ind.getName());
    switch (ind.getKind()) {
      case ALL_OF:
      case ANY_OF:
        ImmutableList<Explanation> parts = nodes(ind.getParts(), this::indicator);
        boolean all = ind.getKind() == IndicatorKind.ALL_OF;
        Outcome o = all ? Outcome.MET : Outcome.NOT_MET;
        for (Explanation e : parts) {
          o = all ? o.and(e.getOutcome()) : o.or(e.getOutcome());
        }
        return node.setOutcome(o).setMessage(o.label()).setChildren(parts).build();
      case RATIO:
        return ratio(ind, node);
      case MEMBER_SHARE:
      case MEMBER_COUNT:
        return members(ind, node);
      default:
        return number(ind, node);
    }
  }

  private Optional<Boolean> applies(Applicability a) {
    BigDecimal value = numericValue(a.getVariable());
    return value == null
        ? Optional.empty()
        : Optional.of(a.getComparison().test(value, a.getValue()));
  }

  /** A number, a flag as 1/0, or a ratio as its percentage, for conditions; null if none. */
  private @Nullable BigDecimal numericValue(String name) {
    BigDecimal number = data.numbers().get(name);
    if (number != null) {
      return number;
    }
    Boolean flag = data.flags().get(name);
    if (flag != null) {
      return flag ? BigDecimal.ONE : BigDecimal.ZERO;
    }
    Ratio ratio = data.ratios().get(name);
    return ratio == null ? null : ratio.percentHalfUp(10);
  }

  private Explanation ratio(Indicator ind, Node node) {
    String name = ind.getVariable().orElseThrow();
    Ratio r = data.ratios().get(name);
    Optional<Threshold> p = parameter(ind.getParameter().orElseThrow());
    node.setUnit(MeasureUnit.PERCENT).setComparison(ind.getComparison());
    p.ifPresent(
        t ->
            node.setRequired(t.value().getValue())
                .addReferences(t.references())
                .setProvenance(weakest(ind, t)));
    if (r != null) {
      node.setMeasured(r.percentHalfUp(2));
    }
    if (r == null) {
      return node.setOutcome(Outcome.UNDETERMINED).setMessage(missingVariable(name)).build();
    }
    if (p.isEmpty()) {
      if (metWhateverTheThreshold(ind.getComparison(), r)) {
        return node.setOutcome(Outcome.MET)
            .setGap(BigDecimal.ZERO)
            .setMessage(thresholds.metWhateverTheThreshold(ind.getParameter().get()))
            .build();
      }
      return node.setOutcome(Outcome.UNDETERMINED)
          .setMessage(missingParameter(ind.getParameter().get()))
          .build();
    }
    Percentage required = Percentage.of(p.get().value().getValue());
    boolean met = ind.getComparison().holds(r.compareTo(required));
    if (met) {
      return node.setOutcome(Outcome.MET)
          .setGap(BigDecimal.ZERO)
          .setMessage(Outcome.MET.label())
          .build();
    }
    // Gap in the numerator's own unit: more of it for "at least", less of it for "at most".
    BigDecimal target = required.value().multiply(r.getDenominator()).divide(HUNDRED);
    boolean atLeast =
        ind.getComparison() == Comparison.AT_LEAST || ind.getComparison() == Comparison.MORE_THAN;
    BigDecimal gap =
        (atLeast ? target.subtract(r.getNumerator()) : r.getNumerator().subtract(target)).abs();
    Variable v = java.util.Objects.requireNonNull(variables.byName().get(name), name);
    if (v.getUnit() == MeasureUnit.COUNT) {
      gap = gap.setScale(0, RoundingMode.CEILING);
      if (gap.signum() == 0) {
        gap = BigDecimal.ONE; // strict comparisons at the boundary need one more unit
      }
    }
    gap = gap.stripTrailingZeros();
    LocalizedText noun = v.getNoun().orElse(v.getUnit().label());
    String amount = gap.toPlainString();
    return node.setOutcome(Outcome.NOT_MET)
        .setGap(gap)
        .setMessage(
            atLeast
                ? gapText("cần thêm ", "needs ", " more ", amount, noun)
                : gapText("cần giảm ", "needs ", " fewer ", amount, noun))
        .build();
  }

  /**
   * Whether a share meets an "at least" or "at most" threshold whatever its (unknown) value: every
   * percentage threshold lies in [0%, 100%], so 100% is at least any of them and 0% at most any of
   * them. Strict comparisons can fail at the bounds, so they never qualify.
   */
  static boolean metWhateverTheThreshold(Comparison comparison, Ratio measured) {
    return switch (comparison) {
      case AT_LEAST -> measured.getNumerator().compareTo(measured.getDenominator()) >= 0;
      case AT_MOST -> measured.getNumerator().signum() <= 0;
      default -> false;
    };
  }

  private Explanation number(Indicator ind, Node node) {
    String name = ind.getVariable().orElseThrow();
    Variable v = java.util.Objects.requireNonNull(variables.byName().get(name), name);
    BigDecimal value = data.numbers().get(name);
    Optional<Threshold> p = parameter(ind.getParameter().orElseThrow());
    node.setUnit(v.getUnit()).setComparison(ind.getComparison());
    if (value != null) {
      node.setMeasured(value);
    }
    p.ifPresent(x -> node.addReferences(x.references()).setProvenance(weakest(ind, x)));
    Optional<BigDecimal> required = p.map(x -> x.value().getValue());
    if (ind.getKind() == IndicatorKind.MULTIPLE_OF_VARIABLE) {
      String baseline = ind.getBaseline().orElseThrow();
      BigDecimal base = data.numbers().get(baseline);
      if (base == null) {
        return node.setOutcome(Outcome.UNDETERMINED).setMessage(missingVariable(baseline)).build();
      }
      required = required.map(m -> m.multiply(base));
    } else if (ind.getKind() == IndicatorKind.MULTIPLE_OF_PARAMETER) {
      String baseId = ind.getBaseParameter().orElseThrow();
      Optional<Threshold> base = parameter(baseId);
      if (p.isPresent() && base.isEmpty()) {
        return node.setOutcome(Outcome.UNDETERMINED).setMessage(missingParameter(baseId)).build();
      }
      base.ifPresent(b -> node.addReferences(b.references()));
      required = required.flatMap(m -> base.map(b -> m.multiply(b.value().getValue())));
    }
    if (value == null) {
      return node.setOutcome(Outcome.UNDETERMINED).setMessage(missingVariable(name)).build();
    }
    if (required.isEmpty()) {
      return node.setOutcome(Outcome.UNDETERMINED)
          .setMessage(missingParameter(ind.getParameter().get()))
          .build();
    }
    BigDecimal req = required.get();
    node.setRequired(req);
    if (ind.getComparison().test(value, req)) {
      return node.setOutcome(Outcome.MET)
          .setGap(BigDecimal.ZERO)
          .setMessage(Outcome.MET.label())
          .build();
    }
    BigDecimal gap = req.subtract(value).abs();
    boolean atLeast =
        ind.getComparison() == Comparison.AT_LEAST || ind.getComparison() == Comparison.MORE_THAN;
    LocalizedText unit = v.getNoun().orElse(v.getUnit().label());
    String amount =
        v.getUnit() == MeasureUnit.VND || v.getUnit() == MeasureUnit.VND_PER_PERSON_YEAR
            ? gap.movePointLeft(6).stripTrailingZeros().toPlainString()
            : gap.toPlainString();
    LocalizedText unitText =
        v.getUnit() == MeasureUnit.VND || v.getUnit() == MeasureUnit.VND_PER_PERSON_YEAR
            ? LocalizedText.of("triệu đồng", "million VND")
            : unit;
    return node.setOutcome(Outcome.NOT_MET)
        .setGap(gap)
        .setMessage(
            atLeast
                ? gapText("còn thiếu ", "short by ", " ", amount, unitText)
                : gapText("vượt ", "over by ", " ", amount, unitText))
        .build();
  }

  /**
   * A gap in words: "cần thêm 3 thôn" / "needs 3 more villages" — Vietnamese prefix, English
   * prefix, the English words between amount and unit; Vietnamese takes a decimal comma.
   */
  private static LocalizedText gapText(
      String vi, String en, String enAfterAmount, String amount, LocalizedText unit) {
    return LocalizedText.of(
        vi + amount.replace('.', ',') + " " + unit.getVi(),
        en + amount + enAfterAmount + unit.getEn());
  }

  /**
   * The share of members at a level holding a title, against a percentage: decided on the members
   * known to hold it and those that might (undetermined), so one unknown member cannot make a
   * verdict that more data could overturn. The gap names the members closest to qualifying.
   */
  private Explanation members(Indicator ind, Node node) {
    UnitLevel level = ind.getMemberLevel().orElseThrow();
    Title title = ind.getMemberTitle().orElseThrow();
    List<Member> members = new ArrayList<>();
    for (Member m : data.members()) {
      if (m.getLevel() == level) {
        members.add(m);
      }
    }
    boolean share = ind.getKind() == IndicatorKind.MEMBER_SHARE;
    Optional<Threshold> p = parameter(ind.getParameter().orElseThrow());
    node.setUnit(share ? MeasureUnit.PERCENT : MeasureUnit.COUNT)
        .setComparison(ind.getComparison());
    p.ifPresent(
        t ->
            node.setRequired(t.value().getValue())
                .addReferences(t.references())
                .setProvenance(weakest(ind, t)));
    LocalizedText unitName = level.label();
    if (members.isEmpty() && share) {
      return node.setOutcome(Outcome.UNDETERMINED)
          .setMessage(
              LocalizedText.of(
                  "không có đơn vị thành viên cấp "
                      + unitName.getVi().toLowerCase(java.util.Locale.ROOT)
                      + " trong dữ liệu: tỷ lệ không xác định",
                  "no member "
                      + unitName.getEn().toLowerCase(java.util.Locale.ROOT)
                      + " units in the data: the share is undefined"))
          .build();
    }
    if (p.isEmpty()) {
      return node.setOutcome(Outcome.UNDETERMINED)
          .setMessage(missingParameter(ind.getParameter().get()))
          .build();
    }
    long met = members.stream().filter(m -> m.title(title) == Outcome.MET).count();
    long unknown = members.stream().filter(m -> m.title(title) == Outcome.UNDETERMINED).count();
    int total = members.size();
    BigDecimal requiredValue = p.get().value().getValue();
    boolean certain;
    boolean possible;
    long needed;
    if (share) {
      Percentage required = Percentage.of(requiredValue);
      node.setMeasured(Ratio.of(met, total).percentHalfUp(2));
      certain = ind.getComparison().holds(Ratio.of(met, total).compareTo(required));
      possible = ind.getComparison().holds(Ratio.of(met + unknown, total).compareTo(required));
      needed = Math.max(1, required.minimumCountOf(total) - met);
    } else {
      node.setMeasured(BigDecimal.valueOf(met));
      certain = ind.getComparison().test(BigDecimal.valueOf(met), requiredValue);
      possible = ind.getComparison().test(BigDecimal.valueOf(met + unknown), requiredValue);
      needed =
          Math.max(
              1, requiredValue.setScale(0, java.math.RoundingMode.CEILING).longValueExact() - met);
    }
    if (certain) {
      return node.setOutcome(Outcome.MET)
          .setGap(BigDecimal.ZERO)
          .setMessage(Outcome.MET.label())
          .build();
    }
    List<Member> closest = new ArrayList<>();
    for (Member m : members) {
      if (m.title(title) != Outcome.MET) {
        closest.add(m);
      }
    }
    closest.sort(
        java.util.Comparator.comparing((Member m) -> -m.getCriteriaMet().orElse(-1))
            .thenComparing(Member::getCode));
    String names =
        String.join(
            ", ",
            closest.subList(0, (int) Math.min(closest.size(), Math.max(needed, 1))).stream()
                .map(Member::getName)
                .toList());
    return node.setOutcome(possible ? Outcome.UNDETERMINED : Outcome.NOT_MET)
        .setGap(BigDecimal.valueOf(needed))
        .setMessage(
            LocalizedText.of(
                "cần thêm "
                    + needed
                    + " đơn vị đạt "
                    + title.name()
                    + " ("
                    + met
                    + "/"
                    + total
                    + " hiện đạt); gần nhất: "
                    + names,
                "needs "
                    + needed
                    + " more units at "
                    + title.name()
                    + " ("
                    + met
                    + " of "
                    + total
                    + " now); closest: "
                    + names))
        .build();
  }

  private static Provenance weakest(Indicator ind, Threshold t) {
    return Provenance.weakest(ind.getProvenance(), t.value().getProvenance());
  }

  private Optional<Threshold> parameter(String id) {
    return thresholds.find(id);
  }

  private LocalizedText missingVariable(String name) {
    return context.missingVariable(name);
  }

  private LocalizedText missingParameter(String id) {
    return thresholds.missingParameter(id);
  }

  /**
   * The explanation nodes that depend on the set and the catalog only, never on the data: a flag
   * indicator's node for yes, for no and for no data; a condition's "not applicable" and "no data";
   * a criterion whose indicators are not known. Built once per set and shared by every evaluation —
   * explanations are immutable, so a shared node cannot be told from a copy — they are about half
   * the nodes of a QĐ 318 basic and advanced evaluation.
   */
  static final class FixedNodes {
    private final ImmutableList<LegalReference> briefRef;
    private final IdentityHashMap<Indicator, Explanation[]> flags = new IdentityHashMap<>();
    private final IdentityHashMap<Indicator, Explanation[]> conditions = new IdentityHashMap<>();
    private final IdentityHashMap<Criterion, Explanation> unknownCriteria = new IdentityHashMap<>();

    FixedNodes(CriteriaSet set, EvaluationContext context) {
      // The set's reference without its title, for the many nodes that cite it.
      this.briefRef =
          ImmutableList.of(
              ImmutableLegalReference.copyOf(set.getRef()).withTitle(Optional.empty()));
      for (Criterion c : set.getCriteria()) {
        if (c.getIndicators().isEmpty()) {
          unknownCriteria.put(
              c,
              new Node(c.getNumber(), c.getName())
                  .setOutcome(Outcome.UNDETERMINED)
                  .setMessage(INDICATORS_UNKNOWN)
                  .build());
        }
        for (Indicator i : CriteriaSet.allIndicators(c.getIndicators())) {
          if (i.getKind() == IndicatorKind.FLAG) {
            flags.put(
                i,
                new Explanation[] {
                  flagNode(i, false, briefRef, context),
                  flagNode(i, true, briefRef, context),
                  flagNode(i, null, briefRef, context)
                });
          }
          if (i.getOnlyIf().isPresent()) {
            conditions.put(
                i,
                new Explanation[] {
                  new Node(i.getId(), i.getName())
                      .setOutcome(Outcome.UNDETERMINED)
                      .setMessage(context.missingVariable(i.getOnlyIf().get().getVariable()))
                      .build(),
                  new Node(i.getId(), i.getName())
                      .setOutcome(Outcome.MET)
                      .setMessage(NOT_APPLICABLE)
                      .build()
                });
          }
        }
      }
    }

    /** A flag indicator's node for a value (null: no data). */
    private static Explanation flagNode(
        Indicator ind,
        @Nullable Boolean value,
        ImmutableList<LegalReference> briefRef,
        EvaluationContext context) {
      String name = ind.getVariable().orElseThrow();
      Node node =
          new Node(ind.getId(), ind.getName())
              .setUnit(MeasureUnit.BOOLEAN)
              .setProvenance(ind.getProvenance())
              .addReferences(briefRef);
      if (value == null) {
        return node.setOutcome(Outcome.UNDETERMINED)
            .setMessage(context.missingVariable(name))
            .build();
      }
      LocalizedText label =
          java.util.Objects.requireNonNull(context.variables.byName().get(name), name).getLabel();
      boolean met = value == ind.isExpected();
      node.setMeasured(value ? BigDecimal.ONE : BigDecimal.ZERO)
          .setRequired(ind.isExpected() ? BigDecimal.ONE : BigDecimal.ZERO)
          .setComparison(Comparison.EQUAL);
      return node.setOutcome(Outcome.of(met))
          .setMessage(
              met
                  ? Outcome.MET.label()
                  : LocalizedText.of(
                      (ind.isExpected() ? "chưa có: " : "còn: ") + label.getVi(),
                      (ind.isExpected() ? "not yet: " : "still: ") + label.getEn()))
          .build();
    }

    /** A flag indicator of this set, for a value (null: no data). */
    Explanation flag(Indicator indicator, @Nullable Boolean value) {
      Explanation[] nodes = java.util.Objects.requireNonNull(flags.get(indicator));
      return nodes[value == null ? 2 : value ? 1 : 0];
    }

    /** An indicator whose condition does not hold (known) or cannot be told (not known). */
    Explanation condition(Indicator indicator, boolean known) {
      return java.util.Objects.requireNonNull(conditions.get(indicator))[known ? 1 : 0];
    }

    /** A criterion of this set whose indicators are not known. */
    Explanation unknownCriterion(Criterion criterion) {
      return java.util.Objects.requireNonNull(unknownCriteria.get(criterion));
    }
  }

  /**
   * One explanation node in the making: the attributes set so far, then one {@code
   * ImmutableExplanation.of} call — the generated builder would allocate two list builders per
   * node, and an evaluation makes about a hundred nodes.
   */
  private static final class Node {
    private final String subject;
    private final LocalizedText label;
    private @Nullable Outcome outcome;
    private @Nullable BigDecimal measured;
    private @Nullable BigDecimal required;
    private @Nullable Comparison comparison;
    private @Nullable MeasureUnit unit;
    private @Nullable BigDecimal gap;
    private @Nullable LocalizedText message;
    private ImmutableList<LegalReference> references = ImmutableList.of();
    private @Nullable Provenance provenance;
    private ImmutableList<Explanation> children = ImmutableList.of();

    Node(String subject, LocalizedText label) {
      this.subject = subject;
      this.label = label;
    }

    Node setOutcome(Outcome value) {
      this.outcome = value;
      return this;
    }

    Node setMeasured(BigDecimal value) {
      this.measured = value;
      return this;
    }

    Node setRequired(BigDecimal value) {
      this.required = value;
      return this;
    }

    Node setComparison(Comparison value) {
      this.comparison = value;
      return this;
    }

    Node setUnit(MeasureUnit value) {
      this.unit = value;
      return this;
    }

    Node setGap(BigDecimal value) {
      this.gap = value;
      return this;
    }

    Node setMessage(LocalizedText value) {
      this.message = value;
      return this;
    }

    Node setProvenance(Provenance value) {
      this.provenance = value;
      return this;
    }

    /** Adds references; a shared list is kept as it is when it is the first. */
    Node addReferences(ImmutableList<LegalReference> more) {
      this.references =
          references.isEmpty()
              ? more
              : ImmutableList.<LegalReference>builder().addAll(references).addAll(more).build();
      return this;
    }

    Node setChildren(ImmutableList<Explanation> value) {
      this.children = value;
      return this;
    }

    Explanation build() {
      return ImmutableExplanation.of(
          subject,
          label,
          java.util.Objects.requireNonNull(outcome, "outcome"),
          Optional.ofNullable(measured),
          Optional.ofNullable(required),
          Optional.ofNullable(comparison),
          Optional.ofNullable(unit),
          Optional.ofNullable(gap),
          java.util.Objects.requireNonNull(message, "message"),
          references,
          Optional.ofNullable(provenance),
          children);
    }
  }
}
