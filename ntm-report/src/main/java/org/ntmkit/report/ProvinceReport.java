package org.ntmkit.report;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;
import org.ntmkit.core.LocalizedText;
import org.ntmkit.core.NtmStyle;
import org.ntmkit.core.Outcome;
import org.ntmkit.core.unit.CommuneGroup;
import org.ntmkit.ocop.StarRating;
import org.ntmkit.rules.Title;
import org.ntmkit.rules.funding.SourceShare;

/**
 * A province's year-end report, computed: per-criterion counts and shares of communes, titles with
 * plan attainment, recognised communes that no longer meet their set, communes not yet NTM ranked
 * by criteria met and those that cannot be told yet, which sets were incomplete, district results,
 * village counts, OCOP by star, the funding breakdown and progress on targets. Immutable; render
 * with {@link ReportRenderer}.
 *
 * <pre>{@code
 * ProvinceReport r = ProvinceReport.of(input);
 * r.getCriteria().get(0).getShare();        // 95.6 for 174 of 182 communes
 * ReportRenderer.text(r, Language.VI);      // the table as the province prints it
 * }</pre>
 */
@Value.Immutable
@NtmStyle
public interface ProvinceReport {

  /** The province. */
  String getProvince();

  /** The date. */
  LocalDate getDate();

  /** The number of communes assessed. */
  int getCommunes();

  /** Per criterion, in catalog order. */
  ImmutableList<CriterionLine> getCriteria();

  /** Per title: recognised communes, new in the year, plan attainment. */
  ImmutableList<TitleLine> getTitles();

  /** Recognised communes whose current assessment no longer meets their title's set. */
  ImmutableList<CommuneLine> getLapsed();

  /**
   * Communes without an NTM decision whose assessment is NOT_MET or MET, most criteria met first,
   * with what each lacks. A commune whose assessment is {@code UNDETERMINED} is never here: it is
   * in {@link #getCannotTellYet()}.
   */
  ImmutableList<CommuneLine> getNotYetNtm();

  /**
   * Communes without an NTM decision whose assessment cannot tell (data or indicators missing),
   * with the criteria undetermined: "cannot tell yet", not "not yet NTM".
   */
  ImmutableList<CommuneLine> getCannotTellYet();

  /**
   * The sets applied that are incomplete, with the numbers of their criteria whose indicators are
   * not all known (QĐ 51/2025/QĐ-TTg: all ten, Phụ lục I NOT FOUND). Empty when every set is
   * complete.
   */
  ImmutableMap<String, ImmutableList<String>> getIncompleteSets();

  /**
   * The communes reported that were formed by merger: their titles are decided afresh, none
   * inherited from their predecessors.
   */
  ImmutableList<String> getMergedCommunes();

  /** Decisions set aside because they predate the merger that formed their unit. */
  long getDecisionsBeforeMerger();

  /**
   * The criteria whose verdicts, for some commune, rest on an EXAMPLE value (a demonstration
   * overlay, never law). Empty for a report on law.
   */
  ImmutableList<String> getCriteriaOnExamples();

  /** The communes assessed by commune group, for sets whose thresholds differ by group. */
  ImmutableMap<CommuneGroup, Long> getCommunesByGroup();

  /** District results. */
  ImmutableList<DistrictLine> getDistricts();

  /** Village-level counts. */
  ImmutableList<PlannedCount> getVillageCounts();

  /** OCOP products by star (3★–5★), all and certified in the year. */
  ImmutableMap<StarRating, Long> getOcopByStar();

  /** OCOP products certified in the report's year, by star. */
  ImmutableMap<StarRating, Long> getOcopNewByStar();

  /** OCOP products certified in the year against their plan. */
  Optional<PlannedCount> getOcopNew();

  /** The funding shares, by largest remainder at every level. */
  ImmutableList<SourceShare> getFunding();

  /**
   * Where the funding's parts do not add up to what is stated ({@code $.total}, {@code
   * $.lines[0].amount}); every format shows them first, as warnings. Empty when consistent.
   */
  ImmutableList<org.ntmkit.rules.funding.Discrepancy> getFundingDiscrepancies();

  /** Progress on targets. */
  ImmutableList<TargetLine> getTargets();

  /** One criterion: communes meeting it and their share. */
  @Value.Immutable
  @NtmStyle
  interface CriterionLine {
    String getNumber();

    LocalizedText getName();

    long getMet();

    long getNotMet();

    long getUndetermined();

    /** Met ÷ communes, percent, half-up to one decimal. */
    BigDecimal getShare();

    /** Undetermined ÷ communes, percent, half-up to one decimal. */
    BigDecimal getUndeterminedShare();
  }

  /** One title. */
  @Value.Immutable
  @NtmStyle
  interface TitleLine {
    Title getTitle();

    long getHeld();

    long getNewInYear();

    Optional<PlannedCount> getAgainstPlan();
  }

  /** A commune in a list. */
  @Value.Immutable
  @NtmStyle
  interface CommuneLine {
    @Value.Parameter
    String getCode();

    @Value.Parameter
    String getName();

    @Value.Parameter
    long getCriteriaMet();

    /** The criteria not met (numbers). */
    @Value.Parameter
    ImmutableList<String> getLacking();

    /** The criteria undetermined (numbers). */
    ImmutableList<String> getUndetermined();
  }

  /** A district's result. */
  @Value.Immutable
  @NtmStyle
  interface DistrictLine {
    String getCode();

    String getName();

    Outcome getOutcome();

    /** Criteria met, preconditions not counted (Lộc Hà 2020: 6 of QĐ 558's 9). */
    long getCriteriaMet();

    /** Criteria of the set, preconditions not counted. */
    long getCriteriaTotal();

    /** Criteria and preconditions not met. */
    ImmutableList<LocalizedText> getFailing();
  }

  /** A target's progress. */
  @Value.Immutable
  @NtmStyle
  interface TargetLine {
    LocalizedText getLabel();

    long getRequired();

    long getActual();

    default long stillNeeded() {
      return Math.max(0, getRequired() - getActual());
    }
  }

  /** Computes the report. */
  static ProvinceReport of(ReportInput in) {
    return new ReportComputation(in).compute();
  }
}
