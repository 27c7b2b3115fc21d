package org.ntmkit.report;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;
import org.ntmkit.core.NtmStyle;
import org.ntmkit.core.io.InputProblem;
import org.ntmkit.core.unit.Merger;
import org.ntmkit.ocop.portfolio.Portfolio;
import org.ntmkit.rules.Assessment;
import org.ntmkit.rules.Title;
import org.ntmkit.rules.TitleAssessment;
import org.ntmkit.rules.funding.FundingBreakdown;
import org.ntmkit.rules.plan.CountTarget;
import org.ntmkit.rules.plan.Plan;
import org.ntmkit.rules.recognition.RecognitionRecord;

/**
 * Everything a province report is computed from: current commune assessments, recognition
 * decisions, plans, district results, village counts, the OCOP portfolio, the funding breakdown and
 * targets. Every part but the communes is optional.
 */
@Value.Immutable
@NtmStyle
public interface ReportInput {

  /** The province's name. */
  String getProvince();

  /** The report's date (the end of the year reported). */
  LocalDate getDate();

  /** Each commune's current assessment under the commune set (one per commune). */
  ImmutableList<Assessment> getCommunes();

  /**
   * One assessment per commune and per district: a repeated unit would count twice.
   *
   * @throws org.ntmkit.core.io.InvalidInputException naming each repeat ({@code
   *     $.communes[3].unitCode})
   */
  @Value.Check
  default void checkNoRepeatedUnit() {
    java.util.List<InputProblem> problems =
        new java.util.ArrayList<>(
            InputProblem.duplicates(
                "$.communes", getCommunes(), Assessment::getUnitCode, ".unitCode"));
    problems.addAll(
        InputProblem.duplicates(
            "$.districts", getDistricts(), Assessment::getUnitCode, ".unitCode"));
    InputProblem.throwIfAny(problems);
  }

  /** Each commune's title assessment, for recognised communes that no longer meet their set. */
  ImmutableList<TitleAssessment> getCommuneTitles();

  /** Commune names by code, for the lists. */
  ImmutableMap<String, String> getCommuneNames();

  /**
   * Recognition decisions. Title counts take those of the communes reported; other units' decisions
   * (a district's, a town's) may be in the list and are not counted.
   */
  ImmutableList<RecognitionRecord> getRecognitions();

  /**
   * Commune-level units formed by merger. A merged unit inherits no title: a decision for its code
   * dated before the merger took effect is set aside (not counted), and the report says so.
   */
  ImmutableList<Merger> getMergers();

  /** Plans for new recognitions in the report's year, by title. */
  ImmutableMap<Title, Plan> getPlans();

  /** District results. */
  ImmutableList<Assessment> getDistricts();

  /** District names by code. */
  ImmutableMap<String, String> getDistrictNames();

  /** Village-level counts (model residential areas, model gardens). */
  ImmutableList<PlannedCount> getVillageCounts();

  /** The OCOP portfolio, if reported. */
  Optional<Portfolio> getOcop();

  /** The plan for OCOP products certified in the year. */
  Optional<Plan> getOcopPlan();

  /** The funding breakdown of the year. */
  Optional<FundingBreakdown> getFunding();

  /** Targets with the counts reached. */
  ImmutableMap<CountTarget, Long> getTargets();

  /** A new builder. */
  static ImmutableReportInput.Builder builder() {
    return ImmutableReportInput.builder();
  }
}
