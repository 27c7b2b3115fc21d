package org.ntmkit.report;

import java.util.ArrayList;
import java.util.List;
import org.ntmkit.core.io.InputProblem;
import org.ntmkit.core.io.InvalidInputException;
import org.ntmkit.core.io.NtmJson;
import org.ntmkit.core.quantity.Percentage;
import org.ntmkit.core.unit.District;
import org.ntmkit.ocop.portfolio.Portfolio;
import org.ntmkit.rules.Assessment;
import org.ntmkit.rules.NtmRules;
import org.ntmkit.rules.Title;
import org.ntmkit.rules.TitleAssessment;
import org.ntmkit.rules.UnitLevel;
import org.ntmkit.rules.measurement.CommuneMeasurements;
import org.ntmkit.rules.measurement.Member;
import org.ntmkit.rules.measurement.UnitMeasurements;
import org.ntmkit.rules.plan.CountTarget;

/**
 * Turns a commune file and a province file into the input of {@link
 * org.ntmkit.report.ProvinceReport}: every commune is evaluated against the province file's commune
 * set and its titles, every district measurement against its district set with the district's
 * communes as members (from recognition decisions, as district rules count them).
 *
 * <pre>{@code
 * ProvinceReport r = ProvinceReport.of(ReportInputs.of(NtmRules.bundled(), communes, province));
 * }</pre>
 */
public final class ReportInputs {

  private ReportInputs() {}

  /**
   * The report input.
   *
   * @param rules the rules (bundled, or with a province overlay)
   * @param communes each commune's measurements
   * @param province everything else
   * @return the input, every commune evaluated
   * @throws InvalidInputException if the province data are invalid (districts after 01/07/2025,
   *     district measurements without a district set …), or a commune code is given twice ({@code
   *     $[3].commune.code}), with paths
   */
  public static ReportInput of(
      NtmRules rules, List<? extends CommuneMeasurements> communes, ProvinceDataset province) {
    NtmJson.defaults().validate(province);
    InputProblem.throwIfAny(
        InputProblem.duplicates("$", communes, m -> m.getCommune().getCode(), ".commune.code"));
    ImmutableReportInput.Builder in =
        ReportInput.builder()
            .setProvince(province.getProvince().getName())
            .setDate(province.getDate())
            .putAllPlans(province.getPlans())
            .addAllRecognitions(province.getRecognitions())
            .addAllMergers(province.getMergers());
    for (CommuneMeasurements m : communes) {
      TitleAssessment titles = rules.titles(m);
      // The NTM set in force is usually the commune set: reuse its assessment, do not evaluate
      // twice.
      Assessment ntm = titles.getAssessments().get(Title.NTM);
      in.addCommunes(
              ntm != null && ntm.getSetId().equals(province.getCommuneSet())
                  ? ntm
                  : rules.evaluate(m, province.getCommuneSet()))
          .addCommuneTitles(titles)
          .putCommuneNames(m.getCommune().getCode(), m.getCommune().getName());
    }
    for (UnitMeasurements d : province.getDistrictMeasurements()) {
      List<Member> members = new ArrayList<>();
      for (CommuneMeasurements m : communes) {
        if (m.getCommune().getDistrictCode().map(d.getCode()::equals).orElse(false)) {
          members.add(
              province.member(
                  m.getCommune().getCode(), m.getCommune().getName(), UnitLevel.COMMUNE));
        }
      }
      in.addDistricts(
          rules.evaluate(d.withMembers(members), province.getDistrictSet().orElseThrow()));
    }
    for (District d : province.getDistricts()) {
      in.putDistrictNames(d.getCode(), d.getKind().label().getVi() + " " + d.getName());
    }
    for (ProvinceDataset.VillageCount v : province.getVillageCounts()) {
      in.addVillageCounts(
          PlannedCount.builder()
              .setLabel(v.getLabel())
              .setActual(v.getActual())
              .setPlan(v.getPlan())
              .setCumulative(v.getCumulative())
              .build());
    }
    if (!province.getOcopProducts().isEmpty()) {
      in.setOcop(Portfolio.of(province.getOcopProducts()));
    }
    province.getOcopPlan().ifPresent(in::setOcopPlan);
    province.getFunding().ifPresent(in::setFunding);
    for (ProvinceDataset.ShareTarget t : province.getTargets()) {
      in.putTargets(
          CountTarget.atLeastShareOf(Percentage.of(t.getPercent()), t.getOf(), t.getLabel()),
          t.getReached());
    }
    return in.build();
  }
}
