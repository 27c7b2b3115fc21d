package org.ntmkit.rules.criteria;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.ntmkit.core.LocalizedText;
import org.ntmkit.core.Outcome;
import org.ntmkit.core.io.InputProblem;
import org.ntmkit.core.io.InvalidInputException;
import org.ntmkit.core.io.NtmJson;
import org.ntmkit.core.io.ProblemCode;
import org.ntmkit.core.parameter.Parameter;
import org.ntmkit.core.parameter.ParameterSet;
import org.ntmkit.core.quantity.Ratio;
import org.ntmkit.core.unit.Region;
import org.ntmkit.rules.Title;

/**
 * The commune criteria: versioned catalogs and an evaluator that explains itself.
 *
 * <pre>{@code
 * NtmRules rules = NtmRules.bundled();
 * CommuneMeasurements data = NtmJson.defaults().read(bytes, CommuneMeasurements.class);
 * Assessment a = rules.evaluate(data, "qd-1980-2016");   // a named set
 * TitleAssessment t = rules.titles(data);                        // NTM / advanced / model on data's date
 * a.criterion("16").get().getOutcome();                          // MET, NOT_MET or UNDETERMINED
 * rules.withOverlay(haTinh).titles(data);                        // with the province's values
 * }</pre>
 *
 * <p>Bundled sets: QĐ 1980/QĐ-TTg (2016–2020, NTM), QĐ 691/QĐ-TTg (model, 2018–2020), QĐ 318/QĐ-TTg
 * (NTM and advanced, 2021–2025), QĐ 319/QĐ-TTg (model, 2021–2025), QĐ 51/2025/QĐ-TTg (from
 * 15/02/2026), and the 2021–2025 recognition conditions — each as far as public sources show it;
 * what they do not show evaluates to {@code UNDETERMINED}. Immutable and thread-safe.
 */
public final class NtmRules {

  private static final String CATALOG = "/org/ntmkit/rules/catalog/";
  private static final ImmutableList<String> BUNDLED =
      ImmutableList.of(
          "commune/qd-1980-2016.json",
          "commune/qd-691-2018-model.json",
          "commune/qd-318-2022-basic.json",
          "commune/qd-318-2022-advanced.json",
          "commune/qd-319-2022-model.json",
          "commune/qd-51-2025.json",
          "commune/recognition-2021-2025.json",
          "district/qd-372-2014.json",
          "district/qd-558-2016.json",
          "district/qd-558-2016-town.json",
          "district/qd-320-2022-basic.json",
          "district/qd-320-2022-town.json",
          "district/qd-320-2022-advanced.json",
          "district/qd-211-2024-special.json",
          "province/qd-372-2014.json",
          "province/qd-321-2022.json",
          "province/qd-2114-2020-ha-tinh.json",
          "province/qd-51-2025-province.json",
          "village/ha-tinh-model-residential-area-2014.json",
          "village/ha-tinh-model-garden.json");

  private final VariableCatalog variables;
  private final ImmutableMap<String, CriteriaSet> sets;
  private final ParameterSet parameters;
  private final EvaluationContext context;

  private NtmRules(
      VariableCatalog variables, Map<String, CriteriaSet> sets, ParameterSet parameters) {
    this.variables = variables;
    this.sets = ImmutableMap.copyOf(sets);
    this.parameters = parameters;
    this.context = new EvaluationContext(parameters, variables);
  }

  private static final class Bundled {
    static final NtmRules INSTANCE = load();
  }

  /** The rules with every bundled catalog. */
  public static NtmRules bundled() {
    return Bundled.INSTANCE;
  }

  private static NtmRules load() {
    NtmJson json = NtmJson.defaults();
    VariableCatalog variables = read(json, "commune/variables.json", VariableCatalog.class);
    List<CriteriaSet> sets = new ArrayList<>();
    for (String name : BUNDLED) {
      sets.add(read(json, name, CriteriaSet.class));
    }
    return of(variables, sets);
  }

  /** Reads a bundled catalog file, e.g. {@code "qd-1980-2016.json"} or an overlay. */
  static <T> T read(NtmJson json, String name, Class<T> type) {
    String path = CATALOG + name;
    return json.readResource(NtmRules.class.getResourceAsStream(path), path, type);
  }

  /** The bundled Hà Tĩnh 2021–2025 overlay (advanced and model requirements of the seed report). */
  public static CatalogOverlay haTinhOverlay() {
    return read(
        NtmJson.defaults(), "commune/overlays/ha-tinh-2021-2025.json", CatalogOverlay.class);
  }

  /**
   * Rules from catalogs of one's own.
   *
   * @throws InvalidInputException if a set reads an unknown variable or one of the wrong kind,
   *     names an unknown parameter, or repeats a set id — paths start with the set id
   */
  public static NtmRules of(VariableCatalog variables, List<CriteriaSet> sets) {
    Map<String, CriteriaSet> byId = new LinkedHashMap<>();
    List<Parameter> params = new ArrayList<>();
    List<InputProblem> problems = new ArrayList<>();
    for (CriteriaSet s : sets) {
      if (byId.put(s.getId(), s) != null) {
        problems.add(
            InputProblem.of(
                "$[" + s.getId() + "]",
                ProblemCode.DUPLICATE,
                LocalizedText.of("mã bộ tiêu chí bị trùng", "a set id appears twice")));
      }
      params.addAll(s.getParameters());
    }
    ParameterSet parameterSet = NtmJson.defaults().validate(ParameterSet.of(params));
    CatalogChecks.check(variables, byId.values(), parameterSet, problems);
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    return new NtmRules(variables, byId, parameterSet);
  }

  /**
   * These rules with a province's overlay: its values replace or add to the parameters and its
   * criteria are added to their sets.
   *
   * @throws InvalidInputException if the overlay is inconsistent with the catalogs
   */
  public NtmRules withOverlay(CatalogOverlay overlay) {
    Map<String, CriteriaSet> copy = new LinkedHashMap<>(sets);
    List<InputProblem> problems = new ArrayList<>();
    for (int i = 0; i < overlay.getAdditions().size(); i++) {
      CatalogOverlay.CriterionAddition a = overlay.getAdditions().get(i);
      CriteriaSet target = copy.get(a.getSetId());
      if (target == null) {
        problems.add(
            InputProblem.of(
                "$.additions[" + i + "].setId",
                ProblemCode.UNKNOWN_VALUE,
                LocalizedText.of("không có bộ tiêu chí này", "no such set"),
                a.getSetId()));
        continue;
      }
      copy.put(
          target.getId(), ImmutableCriteriaSet.copyOf(target).withCriteria(withAdded(target, a)));
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    ParameterSet params =
        overlay.getParameters().map(p -> p.applyTo(parameters)).orElse(parameters);
    List<InputProblem> checks = new ArrayList<>();
    CatalogChecks.check(variables, copy.values(), params, checks);
    if (!checks.isEmpty()) {
      throw new InvalidInputException(checks);
    }
    return new NtmRules(variables, copy, params);
  }

  private static List<Criterion> withAdded(CriteriaSet set, CatalogOverlay.CriterionAddition a) {
    List<Criterion> criteria = new ArrayList<>(set.getCriteria());
    criteria.removeIf(c -> c.getNumber().equals(a.getCriterion().getNumber()));
    criteria.add(a.getCriterion());
    return criteria;
  }

  /** The variables the sets may read. */
  public VariableCatalog variables() {
    return variables;
  }

  /** The sets, by id. */
  public ImmutableMap<String, CriteriaSet> sets() {
    return sets;
  }

  /** All parameters of all sets (after any overlay). */
  public ParameterSet parameters() {
    return parameters;
  }

  /** The national commune criteria set for a title in force on a date, if one is known. */
  public Optional<CriteriaSet> setInForce(Title title, LocalDate date) {
    return setInForce(UnitLevel.COMMUNE, title, date);
  }

  /**
   * The national criteria set for a level and title in force on a date, if one is known (a
   * province's own sets are evaluated by name only).
   */
  public Optional<CriteriaSet> setInForce(UnitLevel level, Title title, LocalDate date) {
    return sets.values().stream()
        .filter(s -> s.getPurpose() == SetPurpose.CRITERIA && s.getProvinceCode().isEmpty())
        .filter(s -> s.getLevel() == level && s.getTitle() == title && s.appliesOn(date))
        .findFirst();
  }

  /**
   * Evaluates a commune's data against a named set on the data's date.
   *
   * @throws InvalidInputException if the set is unknown, the data's date lies outside the set's
   *     period, or the data name an unknown variable or give one in the wrong kind
   */
  public Assessment evaluate(CommuneMeasurements data, String setId) {
    CriteriaSet set = set(setId, data.getDate(), UnitLevel.COMMUNE);
    checkData(data);
    return new SetEvaluation(set, SetEvaluation.Subject.of(data), context).assess();
  }

  /**
   * Evaluates a district's, town's, province's or village's data against a named set: its own
   * variables and the shares of its members holding a title.
   *
   * @throws InvalidInputException if the set is unknown, for another level, not in force on the
   *     data's date, or the data name unknown variables or give one in the wrong kind
   */
  public Assessment evaluate(UnitMeasurements data, String setId) {
    CriteriaSet set = set(setId, data.getDate(), data.getLevel());
    checkData(data);
    return new SetEvaluation(set, SetEvaluation.Subject.of(data), context).assess();
  }

  /**
   * Which titles a district's, town's or province's data reach on their date under the national
   * sets in force for its level, chained as for communes.
   */
  public TitleAssessment titles(UnitMeasurements data) {
    checkData(data);
    return titles(data.getCode(), data.getDate(), data.getLevel(), SetEvaluation.Subject.of(data));
  }

  private CriteriaSet set(String setId, LocalDate date, UnitLevel level) {
    CriteriaSet set = sets.get(setId);
    if (set == null) {
      throw new InvalidInputException(
          List.of(
              InputProblem.of(
                  "$.set",
                  ProblemCode.UNKNOWN_VALUE,
                  LocalizedText.of(
                      "không có bộ tiêu chí này; có: " + String.join(", ", sets.keySet()),
                      "no such set; known: " + String.join(", ", sets.keySet())),
                  setId)));
    }
    if (set.getLevel() != level) {
      throw new InvalidInputException(
          List.of(
              InputProblem.of(
                  "$.level",
                  ProblemCode.INCONSISTENT,
                  LocalizedText.of(
                      "bộ tiêu chí " + setId + " dành cho cấp " + set.getLevel(),
                      "set " + setId + " is for the level " + set.getLevel()),
                  level)));
    }
    if (!set.appliesOn(date)) {
      throw new InvalidInputException(
          List.of(
              InputProblem.of(
                  "$.date",
                  ProblemCode.INCONSISTENT,
                  LocalizedText.of(
                      "bộ tiêu chí " + setId + " không áp dụng vào ngày này",
                      "set " + setId + " is not in force on this date"),
                  date)));
    }
    return set;
  }

  /**
   * Which titles the data reach on their date: each title's set in force, chained (advanced needs
   * NTM; model needs what its set requires).
   *
   * @throws InvalidInputException if the data name an unknown variable or give one in the wrong
   *     kind
   */
  public TitleAssessment titles(CommuneMeasurements data) {
    checkData(data);
    return titles(
        data.getCommune().getCode(),
        data.getDate(),
        UnitLevel.COMMUNE,
        SetEvaluation.Subject.of(data));
  }

  private TitleAssessment titles(
      String code, LocalDate date, UnitLevel level, SetEvaluation.Subject subject) {
    Map<Title, Outcome> outcomes = new EnumMap<>(Title.class);
    Map<Title, Assessment> assessments = new EnumMap<>(Title.class);
    Map<Title, LocalizedText> notes = new EnumMap<>(Title.class);
    for (Title title : Title.values()) {
      Optional<CriteriaSet> set = setInForce(level, title, date);
      Outcome own;
      if (set.isEmpty()) {
        own = Outcome.UNDETERMINED;
        notes.put(
            title,
            LocalizedText.of(
                "không có bộ tiêu chí quốc gia "
                    + title.name()
                    + " cấp "
                    + level.label().getVi()
                    + " vào ngày "
                    + date
                    + "; bổ sung bộ tiêu chí của tỉnh",
                "no national "
                    + title.name()
                    + " set for the level "
                    + level.label().getEn()
                    + " in force on "
                    + date
                    + "; supply the province's set"));
      } else {
        Assessment a = new SetEvaluation(set.get(), subject, context).assess();
        assessments.put(title, a);
        own = a.getOutcome();
      }
      Title required = set.flatMap(CriteriaSet::getRequires).orElse(title.requires().orElse(null));
      outcomes.put(
          title,
          required == null
              ? own
              : java.util.Objects.requireNonNull(outcomes.get(required)).and(own));
    }
    return ImmutableTitleAssessment.builder()
        .setUnitCode(code)
        .setDate(date)
        .putAllOutcomes(outcomes)
        .putAllAssessments(assessments)
        .putAllNotes(notes)
        .build();
  }

  /**
   * The parameters a set needs that have no value for a region on a date: declared missing (NOT
   * FOUND) or without a value for that region and date.
   */
  public ImmutableList<String> missingParameters(String setId, Region region, LocalDate date) {
    CriteriaSet set = sets.get(setId);
    if (set == null) {
      throw new IllegalArgumentException("no such set: " + setId);
    }
    Set<String> missing = new java.util.TreeSet<>();
    for (Criterion c : set.getCriteria()) {
      for (Indicator i : CriteriaSet.allIndicators(c.getIndicators())) {
        for (String id :
            List.of(i.getParameter(), i.getBaseParameter()).stream()
                .flatMap(Optional::stream)
                .toList()) {
          boolean hasValue =
              parameters
                  .find(
                      id,
                      org.ntmkit.core.parameter.ParameterQuery.builder()
                          .setDate(date)
                          .setRegion(region)
                          .build())
                  .isPresent();
          if (!hasValue) {
            missing.add(id);
          }
        }
      }
    }
    return ImmutableList.copyOf(missing);
  }

  /**
   * The data last found valid, by identity. Evaluating several sets on one commune (NTM then
   * advanced, as a report does) checks its variables once. Only the generated immutable types are
   * remembered, so the same object means the same variables. The field is read and written without
   * synchronisation on purpose: any object read from it was checked by these rules, and its fields
   * are final, so a stale read only costs a repeated check.
   */
  private @Nullable Object lastChecked;

  private void checkData(CommuneMeasurements data) {
    checkOnce(
        data,
        data instanceof ImmutableCommuneMeasurements,
        data.getNumbers(),
        data.getFlags(),
        data.getRatios());
  }

  private void checkData(UnitMeasurements data) {
    checkOnce(
        data,
        data instanceof ImmutableUnitMeasurements,
        data.getNumbers(),
        data.getFlags(),
        data.getRatios());
  }

  private void checkOnce(
      Object data,
      boolean immutable,
      Map<String, BigDecimal> numbers,
      Map<String, Boolean> flags,
      Map<String, Ratio> ratios) {
    if (data != lastChecked) {
      checkData(numbers, flags, ratios);
      if (immutable) {
        lastChecked = data;
      }
    }
  }

  /**
   * Rejects data that evaluation cannot use: unknown variables, a variable in the wrong kind, or a
   * ratio outside 0 ≤ numerator ≤ denominator, 0 < denominator. (Documents read through {@link
   * NtmJson} are fully validated at that boundary; this check is cheap enough for every call.)
   */
  void checkData(
      Map<String, BigDecimal> numbers, Map<String, Boolean> flags, Map<String, Ratio> ratios) {
    List<InputProblem> problems = new ArrayList<>();
    ratios.forEach(
        (name, r) -> {
          if (!r.isNumeratorWithinDenominator()
              || r.getNumerator().signum() < 0
              || r.getDenominator().signum() <= 0) {
            problems.add(
                InputProblem.of(
                    "$.ratios." + name,
                    ProblemCode.INCONSISTENT,
                    LocalizedText.of(
                        "cần 0 ≤ tử số ≤ mẫu số và mẫu số > 0",
                        "needs 0 ≤ numerator ≤ denominator and denominator > 0")));
          }
        });
    checkKind(numbers.keySet(), VariableKind.NUMBER, "$.numbers.", problems);
    checkKind(flags.keySet(), VariableKind.FLAG, "$.flags.", problems);
    checkKind(ratios.keySet(), VariableKind.RATIO, "$.ratios.", problems);
    if (problems.isEmpty()) {
      // Every variable has one kind, so a name given in two kinds has already failed above.
      return;
    }
    for (String name : numbers.keySet()) {
      if (flags.containsKey(name) || ratios.containsKey(name)) {
        problems.add(duplicate(name));
      }
    }
    for (String name : flags.keySet()) {
      if (ratios.containsKey(name)) {
        problems.add(duplicate(name));
      }
    }
    throw new InvalidInputException(problems);
  }

  private static InputProblem duplicate(String name) {
    return InputProblem.of(
        "$." + name,
        ProblemCode.DUPLICATE,
        LocalizedText.of(
            "biến xuất hiện ở nhiều nhóm", "a variable is given in more than one kind"));
  }

  private void checkKind(
      Set<String> names, VariableKind kind, String path, List<InputProblem> problems) {
    ImmutableMap<String, Variable> byName = variables.byName();
    for (String name : names) {
      Variable v = byName.get(name);
      if (v == null) {
        problems.add(
            InputProblem.of(
                path + name,
                ProblemCode.UNKNOWN_VALUE,
                LocalizedText.of("biến không xác định", "unknown variable"),
                name));
      } else if (v.getKind() != kind) {
        problems.add(
            InputProblem.of(
                path + name,
                ProblemCode.WRONG_TYPE,
                LocalizedText.of(
                    "biến này thuộc loại " + v.getKind(), "this variable is a " + v.getKind())));
      }
    }
  }
}
