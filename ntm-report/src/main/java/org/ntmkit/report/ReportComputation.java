package org.ntmkit.report;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.ntmkit.core.LocalizedText;
import org.ntmkit.core.Outcome;
import org.ntmkit.core.quantity.Ratio;
import org.ntmkit.core.unit.CommuneGroup;
import org.ntmkit.core.unit.Merger;
import org.ntmkit.report.ProvinceReport.CommuneLine;
import org.ntmkit.rules.Assessment;
import org.ntmkit.rules.CriterionResult;
import org.ntmkit.rules.Title;
import org.ntmkit.rules.TitleAssessment;
import org.ntmkit.rules.UnitLevel;
import org.ntmkit.rules.funding.FundingAnalysis;
import org.ntmkit.rules.plan.CountTarget;
import org.ntmkit.rules.recognition.RecognitionRecord;

/**
 * {@link ProvinceReport#of} step by step. Each commune's explanation tree is walked once (criterion
 * counts and the commune's own line together) and each recognition decision is looked at once: over
 * 10,000 communes, walking the trees is what costs.
 */
final class ReportComputation {

  private final ReportInput in;
  private final int year;
  private final ImmutableProvinceReport.Builder report;

  /** A reported commune: its line, and the titles it holds on the report's date. */
  private static final class ReportedCommune {
    final CommuneLine line;

    /** The assessment's outcome under the commune set. */
    final Outcome outcome;

    /** One bit per {@link Title#ordinal()}. */
    int held;

    /** The titles held by a decision of the report's year, one bit per {@link Title#ordinal()}. */
    int heldNew;

    ReportedCommune(CommuneLine line, Outcome outcome) {
      this.line = line;
      this.outcome = outcome;
    }

    boolean holds(Title title) {
      return (held & (1 << title.ordinal())) != 0;
    }
  }

  /** The communes in input order, and by code (the last one for a repeated code). */
  private final List<ReportedCommune> communes;

  private final Map<String, ReportedCommune> byCode;

  /** The day each merged unit came into being, by code (built on first use). */
  private @Nullable Map<String, LocalDate> mergedOn;

  /** Decisions by unit, built only if a title assessment is dated otherwise than the report. */
  private @Nullable Map<String, List<RecognitionRecord>> decisions;

  ReportComputation(ReportInput in) {
    this.in = in;
    this.year = in.getDate().getYear();
    this.communes = new ArrayList<>(in.getCommunes().size());
    this.byCode = new HashMap<>(in.getCommunes().size() * 4 / 3 + 1);
    this.report =
        ImmutableProvinceReport.builder()
            .setProvince(in.getProvince())
            .setDate(in.getDate())
            .setCommunes(in.getCommunes().size());
  }

  ProvinceReport compute() {
    criteria();
    titles();
    lapsed();
    notYetNtm();
    districts();
    report.addAllVillageCounts(in.getVillageCounts());
    in.getOcop()
        .ifPresent(
            p -> {
              report.putAllOcopByStar(p.countByStar());
              report.putAllOcopNewByStar(p.certifiedIn(year).countByStar());
              in.getOcopPlan()
                  .ifPresent(
                      plan ->
                          report.setOcopNew(
                              PlannedCount.of(
                                  LocalizedText.of("Sản phẩm OCOP", "OCOP products"),
                                  p.certifiedIn(year).count(),
                                  plan)));
            });
    in.getFunding()
        .ifPresent(
            f ->
                report
                    .addAllFunding(FundingAnalysis.shares(f, 1))
                    .addAllFundingDiscrepancies(FundingAnalysis.discrepancies(f)));
    for (Map.Entry<CountTarget, Long> t : in.getTargets().entrySet()) {
      report.addTargets(
          ImmutableTargetLine.builder()
              .setLabel(t.getKey().getLabel())
              .setRequired(t.getKey().getRequired())
              .setActual(t.getValue())
              .build());
    }
    return report.build();
  }

  /**
   * Counts of outcomes per criterion number, in the order of the first assessment; the same walk
   * keeps each commune's line (criteria met, criteria not met) for the lists.
   */
  private void criteria() {
    Map<String, long[]> counts = new LinkedHashMap<>();
    Map<String, LocalizedText> names = new HashMap<>();
    Map<String, ImmutableList<String>> incomplete = new LinkedHashMap<>();
    Map<CommuneGroup, Long> groups = new EnumMap<>(CommuneGroup.class);
    Set<String> onExamples = new LinkedHashSet<>();
    for (Assessment a : in.getCommunes()) {
      long met = 0;
      ImmutableList.@Nullable Builder<String> lacking = null;
      ImmutableList.@Nullable Builder<String> unknown = null;
      for (CriterionResult c : a.criteria()) {
        long[] k = counts.get(c.getNumber());
        if (k == null) {
          k = new long[3];
          counts.put(c.getNumber(), k);
          names.put(c.getNumber(), c.getLabel());
        }
        k[c.getOutcome().ordinal()]++;
        if (c.getOutcome() == Outcome.MET) {
          met++;
        } else if (c.getOutcome() == Outcome.NOT_MET) {
          lacking = lacking == null ? ImmutableList.builder() : lacking;
          lacking.add(c.getNumber());
        } else {
          unknown = unknown == null ? ImmutableList.builder() : unknown;
          unknown.add(c.getNumber());
        }
      }
      if (!a.isSetComplete()) {
        incomplete.putIfAbsent(a.getSetId(), a.getIncompleteCriteria());
      }
      onExamples.addAll(a.getCriteriaOnExamples());
      a.getGroupApplied().ifPresent(g -> groups.merge(g, 1L, Long::sum));
      ImmutableCommuneLine line =
          ImmutableCommuneLine.of(
              a.getUnitCode(),
              in.getCommuneNames().getOrDefault(a.getUnitCode(), a.getUnitCode()),
              met,
              lacking == null ? ImmutableList.of() : lacking.build());
      ReportedCommune commune =
          new ReportedCommune(
              unknown == null ? line : line.withUndetermined(unknown.build()), a.getOutcome());
      communes.add(commune);
      byCode.put(a.getUnitCode(), commune);
    }
    report
        .putAllIncompleteSets(incomplete)
        .putAllCommunesByGroup(groups)
        .addAllCriteriaOnExamples(onExamples);
    int n = in.getCommunes().size();
    counts.forEach(
        (num, k) ->
            report.addCriteria(
                ImmutableCriterionLine.builder()
                    .setNumber(num)
                    .setName(java.util.Objects.requireNonNull(names.get(num)))
                    .setMet(k[Outcome.MET.ordinal()])
                    .setNotMet(k[Outcome.NOT_MET.ordinal()])
                    .setUndetermined(k[Outcome.UNDETERMINED.ordinal()])
                    .setShare(Ratio.of(k[Outcome.MET.ordinal()], n).percentHalfUp(1))
                    .setUndeterminedShare(
                        Ratio.of(k[Outcome.UNDETERMINED.ordinal()], n).percentHalfUp(1))
                    .build()));
  }

  /**
   * Titles from recognition decisions, each looked at once: which reported communes hold which
   * titles on the report's date. A district's or town's decision in the list is not counted.
   */
  private void titles() {
    Map<Title, long[]> held = new EnumMap<>(Title.class);
    for (Title t : Title.values()) {
      held.put(t, new long[2]);
    }
    long setAside = 0;
    for (RecognitionRecord rec : in.getRecognitions()) {
      if (!counts(rec)) {
        setAside++;
        continue;
      }
      ReportedCommune commune = byCode.get(rec.getUnitCode());
      if (commune != null && rec.isHeldOn(in.getDate())) {
        // A commune holding a title by two decisions counts once, new in the year when one of
        // them is of the year.
        int bit = 1 << rec.getTitle().ordinal();
        if ((commune.held & bit) == 0) {
          commune.held |= bit;
          java.util.Objects.requireNonNull(held.get(rec.getTitle()))[0]++;
        }
        if (rec.getDate().getYear() == year && (commune.heldNew & bit) == 0) {
          commune.heldNew |= bit;
          java.util.Objects.requireNonNull(held.get(rec.getTitle()))[1]++;
        }
      }
    }
    report.setDecisionsBeforeMerger(setAside);
    for (Merger m : in.getMergers()) {
      if (byCode.containsKey(m.getCode())) {
        report.addMergedCommunes(m.getCode());
      }
    }
    for (Title t : Title.values()) {
      long[] h = java.util.Objects.requireNonNull(held.get(t));
      ImmutableTitleLine.Builder line =
          ImmutableTitleLine.builder().setTitle(t).setHeld(h[0]).setNewInYear(h[1]);
      Optional.ofNullable(in.getPlans().get(t))
          .ifPresent(p -> line.setAgainstPlan(PlannedCount.of(t.label(), h[1], p)));
      report.addTitles(line.build());
    }
  }

  /**
   * Whether a decision counts: not when it names a unit formed by merger and predates the merger (a
   * merged commune inherits no title; its recognition is decided afresh).
   */
  private boolean counts(RecognitionRecord rec) {
    if (mergedOn == null) {
      mergedOn = new HashMap<>();
      for (Merger m : in.getMergers()) {
        mergedOn.merge(m.getCode(), m.getEffective(), (a, b) -> a.isAfter(b) ? a : b);
      }
    }
    LocalDate merged = mergedOn.get(rec.getUnitCode());
    return merged == null || rec.getLevel() != UnitLevel.COMMUNE || !rec.getDate().isBefore(merged);
  }

  /** Recognised communes whose title assessment does not meet a title they hold. */
  private void lapsed() {
    for (TitleAssessment t : in.getCommuneTitles()) {
      ReportedCommune commune = byCode.get(t.getUnitCode());
      if (commune != null && isLapsed(t, commune)) {
        report.addLapsed(commune.line);
      }
    }
  }

  /**
   * {@link RecognitionRecord#isLapsed} for any of the commune's decisions: the titles held on the
   * report's date are known already; an assessment dated otherwise looks at the decisions.
   */
  private boolean isLapsed(TitleAssessment t, ReportedCommune commune) {
    if (t.getDate().equals(in.getDate())) {
      for (Title title : Title.values()) {
        if (commune.holds(title) && t.getOutcomes().get(title) == Outcome.NOT_MET) {
          return true;
        }
      }
      return false;
    }
    if (decisions == null) {
      decisions = new HashMap<>();
      for (RecognitionRecord rec : in.getRecognitions()) {
        if (counts(rec)) {
          decisions.computeIfAbsent(rec.getUnitCode(), k -> new ArrayList<>()).add(rec);
        }
      }
    }
    for (RecognitionRecord rec : decisions.getOrDefault(t.getUnitCode(), List.of())) {
      if (rec.isLapsed(t)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Communes with no NTM decision in force on the report's date, most criteria met first: those
   * whose assessment cannot tell apart from those that do not (or do, unrecognised) meet the set.
   */
  private void notYetNtm() {
    List<CommuneLine> notYet = new ArrayList<>();
    List<CommuneLine> cannotTell = new ArrayList<>();
    for (ReportedCommune commune : communes) {
      if (!commune.holds(Title.NTM)) {
        (commune.outcome == Outcome.UNDETERMINED ? cannotTell : notYet).add(commune.line);
      }
    }
    Comparator<CommuneLine> order =
        Comparator.comparingLong(CommuneLine::getCriteriaMet)
            .reversed()
            .thenComparing(CommuneLine::getCode);
    notYet.sort(order);
    cannotTell.sort(order);
    report.addAllNotYetNtm(notYet).addAllCannotTellYet(cannotTell);
  }

  /** District results; preconditions decide the title but are not counted criteria. */
  private void districts() {
    for (Assessment d : in.getDistricts()) {
      ImmutableDistrictLine.Builder line =
          ImmutableDistrictLine.builder()
              .setCode(d.getUnitCode())
              .setName(in.getDistrictNames().getOrDefault(d.getUnitCode(), d.getUnitCode()))
              .setOutcome(d.getOutcome());
      long met = 0;
      long total = 0;
      for (CriterionResult c : d.criteria()) {
        if (c.getOutcome() == Outcome.NOT_MET) {
          line.addFailing(c.getLabel());
        }
        // Preconditions ("100% of communes NTM") are not counted (Lộc Hà 2020: 6 of 9).
        if (!c.isPrecondition()) {
          total++;
          met += c.getOutcome() == Outcome.MET ? 1 : 0;
        }
      }
      report.addDistricts(line.setCriteriaMet(met).setCriteriaTotal(total).build());
    }
  }
}
