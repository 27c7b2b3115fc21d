package org.ntmkit.rules;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.ntmkit.core.LocalizedText;
import org.ntmkit.core.Outcome;
import org.ntmkit.core.io.BundledResources;
import org.ntmkit.core.io.InputProblem;
import org.ntmkit.core.io.InvalidInputException;
import org.ntmkit.core.io.NtmJson;
import org.ntmkit.core.io.ProblemCode;
import org.ntmkit.core.parameter.Parameter;
import org.ntmkit.core.parameter.ParameterQuery;
import org.ntmkit.core.parameter.ParameterSet;
import org.ntmkit.rules.catalog.CatalogOverlay;
import org.ntmkit.rules.catalog.CriteriaSet;
import org.ntmkit.rules.catalog.SetPurpose;
import org.ntmkit.rules.catalog.VariableCatalog;
import org.ntmkit.rules.internal.Completeness;
import org.ntmkit.rules.internal.Engine;
import org.ntmkit.rules.internal.Overlays;
import org.ntmkit.rules.internal.Subject;
import org.ntmkit.rules.internal.Wording;
import org.ntmkit.rules.measurement.CommuneMeasurements;
import org.ntmkit.rules.measurement.ImmutableCommuneMeasurements;
import org.ntmkit.rules.measurement.ImmutableUnitMeasurements;
import org.ntmkit.rules.measurement.UnitMeasurements;

/**
 * The NTM criteria of every level — communes, districts and towns, provinces, villages and gardens:
 * versioned catalogs and an evaluator that explains itself. The entry point of {@code ntm-rules}.
 *
 * <pre>{@code
 * NtmRules rules = NtmRules.bundled();
 * CommuneMeasurements data = NtmJson.defaults().read(bytes, CommuneMeasurements.class);
 * Assessment a = rules.evaluate(data, "qd-1980-2016");   // a named set
 * TitleAssessment t = rules.titles(data);                        // NTM / advanced / model on data's date
 * a.criterion("16").get().getOutcome();                          // MET, NOT_MET or UNDETERMINED
 * a.indicator("10.1").get().getGap();                            // in the indicator's own unit
 * rules.withOverlay(haTinh).titles(data);                        // with the province's values
 * }</pre>
 *
 * <p>Bundled sets: QĐ 1980/QĐ-TTg (2016–2020, NTM), QĐ 691/QĐ-TTg (model, 2018–2020), QĐ 318/QĐ-TTg
 * (NTM and advanced, 2021–2025), QĐ 319/QĐ-TTg (model, 2021–2025), QĐ 51/2025/QĐ-TTg (from
 * 15/02/2026), and the 2021–2025 recognition conditions — each as far as public sources show it;
 * what they do not show evaluates to {@code UNDETERMINED}; and the district (QĐ 372, 558, 320,
 * 211), province (QĐ 372, 321, 51/2025) and village sets. The catalogs are listed in {@code
 * /org/ntmkit/rules/catalog/index.json}. Immutable and thread-safe.
 */
public final class NtmRules {

  private static final BundledResources BUNDLED =
      BundledResources.of(NtmRules.class::getResourceAsStream, "/org/ntmkit/rules/catalog/");

  private static final LocalizedText CRITERIA_SET = LocalizedText.of("bộ tiêu chí", "criteria set");

  private final VariableCatalog variables;
  private final ImmutableMap<String, CriteriaSet> sets;
  private final ParameterSet parameters;
  private final Engine engine;

  private NtmRules(
      VariableCatalog variables, Map<String, CriteriaSet> sets, ParameterSet parameters) {
    this.variables = variables;
    this.sets = ImmutableMap.copyOf(sets);
    this.parameters = parameters;
    this.engine = new Engine(parameters, variables);
  }

  private static final class Bundled {
    static final NtmRules INSTANCE = load();
  }

  /** The rules with every bundled catalog. */
  public static NtmRules bundled() {
    return Bundled.INSTANCE;
  }

  private static NtmRules load() {
    return of(
        BUNDLED.readOne("variables", VariableCatalog.class),
        BUNDLED.readAll("sets", CriteriaSet.class));
  }

  /** The bundled Hà Tĩnh 2021–2025 overlay (advanced and model requirements of the seed report). */
  public static CatalogOverlay haTinhOverlay() {
    return BUNDLED.read("commune/overlays/ha-tinh-2021-2025.json", CatalogOverlay.class);
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
    Engine.checkCatalogs(variables, byId.values(), parameterSet, problems);
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    return new NtmRules(variables, byId, parameterSet);
  }

  /**
   * These rules with a province's overlay: its variables join the catalog, its values replace or
   * add to the parameters, its indicators are added to their criteria and its criteria to their
   * sets.
   *
   * @throws InvalidInputException if the overlay is inconsistent with the catalogs: an unknown set
   *     or criterion, a variable or indicator id already taken, an indicator reading an unknown
   *     variable or one of the wrong kind, or comparing against its variable's direction — each
   *     with its path ({@code $.indicators[0].criterion}, {@code $[qd-51-2025].criteria[1]…})
   */
  public NtmRules withOverlay(CatalogOverlay overlay) {
    Overlays.Applied a = Overlays.apply(overlay, variables, sets, parameters);
    return new NtmRules(a.variables(), a.sets(), a.parameters());
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
   * The national recognition conditions for a level in force on a date (QĐ 18/2022/QĐ-TTg for
   * communes from 02/08/2022: residents' satisfaction, no outstanding construction debt, security
   * and order), if they are encoded; {@link #titles} combines them with every title's criteria.
   */
  public Optional<CriteriaSet> conditionsInForce(UnitLevel level, LocalDate date) {
    return sets.values().stream()
        .filter(s -> s.getPurpose() == SetPurpose.RECOGNITION_CONDITIONS)
        .filter(s -> s.getProvinceCode().isEmpty() && s.getLevel() == level && s.appliesOn(date))
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
    return engine.assess(set, checked(data));
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
    return engine.assess(set, checked(data));
  }

  /**
   * Which titles a district's, town's or province's data reach on their date under the national
   * sets in force for its level, chained as for communes.
   */
  public TitleAssessment titles(UnitMeasurements data) {
    return titles(data.getCode(), data.getDate(), data.getLevel(), checked(data));
  }

  private CriteriaSet set(String setId, LocalDate date, UnitLevel level) {
    CriteriaSet set = sets.get(setId);
    if (set == null) {
      throw new InvalidInputException(
          List.of(InputProblem.unknownId("$.set", CRITERIA_SET, setId, sets.keySet())));
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
   * NTM; model needs what its set requires), and the recognition conditions in force (QĐ
   * 18/2022/QĐ-TTg, 02/08/2022 – 15/02/2026): a commune with outstanding construction debt is not
   * NTM, whatever its criteria, and one whose residents' satisfaction is not known is {@code
   * UNDETERMINED}. Where no conditions are encoded for the date (before 02/08/2022; under QĐ
   * 51/2025/QĐ-TTg) the outcome is that of the criteria, and {@link TitleAssessment#getNotes()}
   * says so.
   *
   * <pre>{@code
   * TitleAssessment t = rules.titles(data);         // data of 31/12/2025, every criterion met
   * t.getOutcomes().get(Title.NTM);                  // NOT_MET if finance.outstandingConstructionDebt
   * t.getConditions().orElseThrow().getSetId();      // "recognition-2021-2025"
   * }</pre>
   *
   * @throws InvalidInputException if the data name an unknown variable or give one in the wrong
   *     kind
   */
  public TitleAssessment titles(CommuneMeasurements data) {
    return titles(data.getCommune().getCode(), data.getDate(), UnitLevel.COMMUNE, checked(data));
  }

  private TitleAssessment titles(String code, LocalDate date, UnitLevel level, Subject subject) {
    Map<Title, Outcome> outcomes = new EnumMap<>(Title.class);
    Map<Title, Assessment> assessments = new EnumMap<>(Title.class);
    Map<Title, LocalizedText> notes = new EnumMap<>(Title.class);
    Optional<Assessment> conditions =
        conditionsInForce(level, date).map(s -> engine.assess(s, subject));
    for (Title title : Title.values()) {
      Optional<CriteriaSet> set = setInForce(level, title, date);
      Outcome own;
      if (set.isEmpty()) {
        own = Outcome.UNDETERMINED;
        notes.put(title, Wording.noNationalSet(title, level, date));
      } else {
        Assessment a = engine.assess(set.get(), subject);
        assessments.put(title, a);
        own = a.getOutcome();
        if (conditions.isPresent()) {
          own = own.and(conditions.get().getOutcome());
        } else {
          notes.put(title, Wording.noRecognitionConditions(title, level, date));
        }
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
        .setConditions(conditions)
        .build();
  }

  /**
   * How complete a set is for a place and a date: its criteria whose indicators are not (all)
   * known, the thresholds without a value there (with label, unit, comparison and provision), and
   * the indicators encoded against those the instrument has. A query without region or group asks
   * about every region or group of the set's axis.
   *
   * <pre>{@code
   * rules.completeness("qd-51-2025", ParameterQuery.builder()
   *     .setDate(LocalDate.of(2026, 6, 30)).setGroup(CommuneGroup.GROUP_2).build())
   *     .getCriteriaIncomplete();   // all 10 criteria: the indicators of Phụ lục I are NOT FOUND
   * }</pre>
   *
   * @throws InvalidInputException if there is no such set
   */
  public SetCompleteness completeness(String setId, ParameterQuery where) {
    CriteriaSet set = sets.get(setId);
    if (set == null) {
      throw new InvalidInputException(
          List.of(InputProblem.unknownId("$.set", CRITERIA_SET, setId, sets.keySet())));
    }
    return Completeness.of(set, sets.values(), parameters, where);
  }

  /**
   * The measurements a commune's data give that none of the named sets reads — an advanced-set
   * variable evaluated under the NTM set only, a variable of another period, anything given to QĐ
   * 51/2025/QĐ-TTg while its indicators are NOT FOUND — in the data's order, so no one believes
   * they were used. The commune-group facts ({@code group.*}, read by {@code GroupDerivation}) are
   * not listed.
   *
   * <pre>{@code
   * rules.unreadMeasurements(data, List.of("qd-51-2025"));   // every variable given, in 2026
   * }</pre>
   *
   * @throws InvalidInputException if a set is unknown
   */
  public ImmutableList<String> unreadMeasurements(
      CommuneMeasurements data, java.util.Collection<String> setIds) {
    List<java.util.Set<String>> read = new ArrayList<>();
    for (String id : setIds) {
      CriteriaSet set = sets.get(id);
      if (set == null) {
        throw new InvalidInputException(
            List.of(InputProblem.unknownId("$.set", CRITERIA_SET, id, sets.keySet())));
      }
      read.add(engine.variablesRead(set));
    }
    ImmutableList.Builder<String> out = ImmutableList.builder();
    for (Map<String, ?> kind : List.of(data.getNumbers(), data.getFlags(), data.getRatios())) {
      for (String name : kind.keySet()) {
        if (!name.startsWith("group.") && read.stream().noneMatch(r -> r.contains(name))) {
          out.add(name);
        }
      }
    }
    return out.build();
  }

  /** The commune's data as the engine sees them, after checking them against the variables. */
  private Subject checked(CommuneMeasurements data) {
    InputProblem.throwIfAny(data.crossFieldProblems());
    Subject subject = Subject.of(data);
    engine.checkData(data, data instanceof ImmutableCommuneMeasurements, subject);
    return subject;
  }

  /** The unit's data as the engine sees them, after checking them against the variables. */
  private Subject checked(UnitMeasurements data) {
    Subject subject = Subject.of(data);
    engine.checkData(data, data instanceof ImmutableUnitMeasurements, subject);
    return subject;
  }
}
