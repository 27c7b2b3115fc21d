package org.ntmkit.rules.report;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;
import org.ntmkit.core.LocalizedText;
import org.ntmkit.core.NtmStyle;
import org.ntmkit.core.Outcome;
import org.ntmkit.core.explain.Explanation;
import org.ntmkit.core.quantity.Ratio;
import org.ntmkit.ocop.StarRating;
import org.ntmkit.rules.Title;
import org.ntmkit.rules.criteria.Assessment;
import org.ntmkit.rules.criteria.RecognitionRecord;
import org.ntmkit.rules.criteria.TitleAssessment;
import org.ntmkit.rules.funding.FundingAnalysis;
import org.ntmkit.rules.funding.SourceShare;
import org.ntmkit.rules.plan.CountTarget;

/**
 * A province's year-end report, computed: per-criterion counts and shares of communes, titles with
 * plan attainment, recognised communes that no longer meet their set, communes not yet NTM ranked
 * by criteria met, district results, village counts, OCOP by star, the funding breakdown and
 * progress on targets. Immutable; render with {@link ReportRenderer}.
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

  /** Communes not yet NTM, most criteria met first, with what each lacks. */
  ImmutableList<CommuneLine> getNotYetNtm();

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
    String getCode();

    String getName();

    long getCriteriaMet();

    /** The criteria not met (numbers). */
    ImmutableList<String> getLacking();
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
    int n = in.getCommunes().size();
    ImmutableProvinceReport.Builder r =
        ImmutableProvinceReport.builder()
            .setProvince(in.getProvince())
            .setDate(in.getDate())
            .setCommunes(n);
    // Criteria: counts of outcomes per criterion number, in the order of the first assessment.
    Map<String, long[]> counts = new LinkedHashMap<>();
    Map<String, LocalizedText> names = new HashMap<>();
    for (Assessment a : in.getCommunes()) {
      for (Explanation c : a.getExplanation().getChildren()) {
        long[] k = counts.get(c.getSubject());
        if (k == null) {
          k = new long[3];
          counts.put(c.getSubject(), k);
          names.put(c.getSubject(), c.getLabel());
        }
        k[c.getOutcome().ordinal()]++;
      }
    }
    counts.forEach(
        (num, k) ->
            r.addCriteria(
                ImmutableCriterionLine.builder()
                    .setNumber(num)
                    .setName(java.util.Objects.requireNonNull(names.get(num)))
                    .setMet(k[Outcome.MET.ordinal()])
                    .setNotMet(k[Outcome.NOT_MET.ordinal()])
                    .setUndetermined(k[Outcome.UNDETERMINED.ordinal()])
                    .setShare(Ratio.of(k[Outcome.MET.ordinal()], n).percentHalfUp(1))
                    .build()));
    // Titles from recognition decisions.
    int year = in.getDate().getYear();
    Map<Title, long[]> held = new EnumMap<>(Title.class);
    for (Title t : Title.values()) {
      held.put(t, new long[2]);
    }
    Map<String, Assessment> byCode = new LinkedHashMap<>();
    in.getCommunes().forEach(a -> byCode.put(a.getUnitCode(), a));
    for (RecognitionRecord rec : in.getRecognitions()) {
      // Commune titles: a district's or town's decision in the same list is not counted.
      if (byCode.containsKey(rec.getUnitCode()) && rec.isHeldOn(in.getDate())) {
        long[] h = java.util.Objects.requireNonNull(held.get(rec.getTitle()));
        h[0]++;
        if (rec.getDate().getYear() == year) {
          h[1]++;
        }
      }
    }
    for (Title t : Title.values()) {
      long[] h = java.util.Objects.requireNonNull(held.get(t));
      ImmutableTitleLine.Builder line =
          ImmutableTitleLine.builder().setTitle(t).setHeld(h[0]).setNewInYear(h[1]);
      Optional.ofNullable(in.getPlans().get(t))
          .ifPresent(p -> line.setAgainstPlan(PlannedCount.of(t.label(), h[1], p)));
      r.addTitles(line.build());
    }
    // Lapsed and not yet NTM.
    // Decisions by unit, so that each commune looks only at its own (linear in the communes).
    Map<String, List<RecognitionRecord>> decisions = new HashMap<>();
    for (RecognitionRecord rec : in.getRecognitions()) {
      decisions.computeIfAbsent(rec.getUnitCode(), k -> new ArrayList<>()).add(rec);
    }
    for (TitleAssessment t : in.getCommuneTitles()) {
      boolean lapsed =
          decisions.getOrDefault(t.getUnitCode(), List.of()).stream()
              .anyMatch(rec -> rec.isLapsed(t));
      if (lapsed && byCode.containsKey(t.getUnitCode())) {
        r.addLapsed(line(byCode.get(t.getUnitCode()), in));
      }
    }
    List<CommuneLine> notYet = new ArrayList<>();
    for (Assessment a : in.getCommunes()) {
      boolean ntm =
          decisions.getOrDefault(a.getUnitCode(), List.of()).stream()
              .anyMatch(rec -> rec.getTitle() == Title.NTM && rec.isHeldOn(in.getDate()));
      if (!ntm) {
        notYet.add(line(a, in));
      }
    }
    notYet.sort(
        Comparator.comparingLong(CommuneLine::getCriteriaMet)
            .reversed()
            .thenComparing(CommuneLine::getCode));
    r.addAllNotYetNtm(notYet);
    // Districts.
    for (Assessment d : in.getDistricts()) {
      ImmutableDistrictLine.Builder line =
          ImmutableDistrictLine.builder()
              .setCode(d.getUnitCode())
              .setName(in.getDistrictNames().getOrDefault(d.getUnitCode(), d.getUnitCode()))
              .setOutcome(d.getOutcome());
      long met = 0;
      long total = 0;
      for (Explanation c : d.getExplanation().getChildren()) {
        if (c.getOutcome() == Outcome.NOT_MET) {
          line.addFailing(c.getLabel());
        }
        // Preconditions ("100% of communes NTM") decide the title but are not counted criteria.
        if (!d.getPreconditions().contains(c.getSubject())) {
          total++;
          met += c.getOutcome() == Outcome.MET ? 1 : 0;
        }
      }
      r.addDistricts(line.setCriteriaMet(met).setCriteriaTotal(total).build());
    }
    r.addAllVillageCounts(in.getVillageCounts());
    in.getOcop()
        .ifPresent(
            p -> {
              r.putAllOcopByStar(p.countByStar());
              r.putAllOcopNewByStar(p.certifiedIn(year).countByStar());
              in.getOcopPlan()
                  .ifPresent(
                      plan ->
                          r.setOcopNew(
                              PlannedCount.of(
                                  LocalizedText.of("Sản phẩm OCOP", "OCOP products"),
                                  p.certifiedIn(year).count(),
                                  plan)));
            });
    in.getFunding().ifPresent(f -> r.addAllFunding(FundingAnalysis.shares(f, 1)));
    for (Map.Entry<CountTarget, Long> t : in.getTargets().entrySet()) {
      r.addTargets(
          ImmutableTargetLine.builder()
              .setLabel(t.getKey().getLabel())
              .setRequired(t.getKey().getRequired())
              .setActual(t.getValue())
              .build());
    }
    return r.build();
  }

  private static CommuneLine line(Assessment a, ReportInput in) {
    ImmutableCommuneLine.Builder line =
        ImmutableCommuneLine.builder()
            .setCode(a.getUnitCode())
            .setName(in.getCommuneNames().getOrDefault(a.getUnitCode(), a.getUnitCode()));
    long met = 0;
    for (Explanation c : a.getExplanation().getChildren()) {
      if (c.getOutcome() == Outcome.MET) {
        met++;
      } else if (c.getOutcome() == Outcome.NOT_MET) {
        line.addLacking(c.getSubject());
      }
    }
    return line.setCriteriaMet(met).build();
  }
}
