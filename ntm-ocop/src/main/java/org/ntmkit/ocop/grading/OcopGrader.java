package org.ntmkit.ocop.grading;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.ntmkit.core.LocalizedText;
import org.ntmkit.core.Outcome;
import org.ntmkit.core.explain.Comparison;
import org.ntmkit.core.explain.Explanation;
import org.ntmkit.core.explain.ImmutableExplanation;
import org.ntmkit.core.io.BundledResources;
import org.ntmkit.core.io.InputProblem;
import org.ntmkit.core.io.InvalidInputException;
import org.ntmkit.core.io.ProblemCode;
import org.ntmkit.core.law.Bibliography;
import org.ntmkit.core.law.Provenance;
import org.ntmkit.core.parameter.ParameterQuery;
import org.ntmkit.core.parameter.ParameterSet;
import org.ntmkit.core.parameter.ParameterValue;
import org.ntmkit.core.quantity.MeasureUnit;
import org.ntmkit.core.unit.District;
import org.ntmkit.ocop.CertificationLevel;
import org.ntmkit.ocop.StarRating;
import org.ntmkit.ocop.sheet.MemberScore;
import org.ntmkit.ocop.sheet.ScoreSheet;

/**
 * Grades OCOP products: members' answers → member totals → the exact average → a star band → the
 * minimum requirements per star → who certifies.
 *
 * <pre>{@code
 * OcopGrader grader = OcopGrader.bundled();             // the 1048 fresh-produce sheet, bands, 781
 * CouncilEvaluation e = NtmJson.defaults().read(bytes, CouncilEvaluation.class);
 * OcopGrade grade = grader.grade(e);
 * grade.getStar();              // Optional[THREE] for the worked example (average 63.2)
 * grade.getCertifyingLevel();   // Optional[PROVINCE] under QĐ 1048/QĐ-TTg
 * }</pre>
 *
 * <p>Legal basis: bands on the average total score (tổng điểm trung bình), QĐ 1048/QĐ-TTg Art. 1.2
 * and QĐ 148/QĐ-TTg; minimum requirements, QĐ 781/QĐ-TTg; certifying levels, QĐ 1048, 148 and
 * 1489/QĐ-TTg. Thresholds are parameters with sources ({@code ocop-parameters.json}); the average
 * is never rounded before banding. Immutable and thread-safe.
 */
public final class OcopGrader {

  private static final LocalizedText SCORE_SHEET = LocalizedText.of("phiếu chấm", "score sheet");

  private final ImmutableMap<String, ScoreSheet> sheets;
  private final ParameterSet parameters;
  private final ImmutableList<MinimumRequirementSet> minimums;

  private OcopGrader(
      Map<String, ScoreSheet> sheets,
      ParameterSet parameters,
      List<MinimumRequirementSet> minimums) {
    this.sheets = ImmutableMap.copyOf(sheets);
    this.parameters = parameters;
    this.minimums = ImmutableList.copyOf(minimums);
  }

  private static final class Bundled {
    static final OcopGrader INSTANCE = load();
  }

  /** The grader with the bundled sheets, parameters and minimum requirements. */
  public static OcopGrader bundled() {
    return Bundled.INSTANCE;
  }

  private static OcopGrader load() {
    BundledResources bundled =
        BundledResources.of(OcopGrader.class::getResourceAsStream, "/org/ntmkit/ocop/");
    Map<String, ScoreSheet> sheets = new LinkedHashMap<>();
    for (ScoreSheet s : bundled.readAll("sheets", ScoreSheet.class)) {
      sheets.put(s.getId(), s);
    }
    return new OcopGrader(
        sheets,
        bundled.readOne("parameters", ParameterSet.class),
        bundled.readAll("minimums", MinimumRequirementSet.class));
  }

  /** A grader that also knows a sheet (a province's own), replacing one with the same id. */
  public OcopGrader withSheet(ScoreSheet sheet) {
    Map<String, ScoreSheet> copy = new LinkedHashMap<>(sheets);
    copy.put(sheet.getId(), sheet);
    return new OcopGrader(copy, parameters, minimums);
  }

  /** A grader with other parameters (e.g. after a {@code ParameterOverlay}). */
  public OcopGrader withParameters(ParameterSet parameters) {
    return new OcopGrader(sheets, parameters, minimums);
  }

  /** A grader that also applies a set of minimum requirements (e.g. QĐ 148's, once known). */
  public OcopGrader withMinimums(MinimumRequirementSet set) {
    List<MinimumRequirementSet> copy = new ArrayList<>(minimums);
    copy.removeIf(m -> m.getId().equals(set.getId()));
    copy.add(set);
    return new OcopGrader(sheets, parameters, copy);
  }

  /** The sheets known, by id. */
  public ImmutableMap<String, ScoreSheet> sheets() {
    return sheets;
  }

  /** The parameters (star bands, certificate periods). */
  public ParameterSet parameters() {
    return parameters;
  }

  /**
   * Grades a product.
   *
   * @throws InvalidInputException if the sheet is unknown or not in force on the date, an answer is
   *     missing or not an option, or a minimum code is unknown — every problem with its path
   */
  public OcopGrade grade(CouncilEvaluation e) {
    List<InputProblem> problems = new ArrayList<>();
    ScoreSheet sheet = sheets.get(e.getSheetId());
    if (sheet == null) {
      throw new InvalidInputException(
          List.of(
              InputProblem.unknownId("$.sheetId", SCORE_SHEET, e.getSheetId(), sheets.keySet())));
    }
    if (!sheet.getCriteriaSet().appliesOn(e.getDate())) {
      problems.add(
          InputProblem.of(
              "$.date",
              ProblemCode.INCONSISTENT,
              LocalizedText.of(
                  "phiếu thuộc "
                      + sheet.getCriteriaSet().label().getVi()
                      + ", không áp dụng vào ngày này",
                  "the sheet belongs to "
                      + sheet.getCriteriaSet().label().getEn()
                      + ", not in force on this date"),
              e.getDate()));
    }
    if (e.getCouncilLevel() == CertificationLevel.DISTRICT
        && !e.getDate().isBefore(District.ABOLISHED_ON)) {
      problems.add(
          InputProblem.of(
              "$.councilLevel",
              ProblemCode.INCONSISTENT,
              LocalizedText.of(
                  "không còn cấp huyện từ 01/07/2025; hội đồng phải là cấp tỉnh",
                  "there is no district level from 01/07/2025; the council must be the province's"),
              e.getCouncilLevel()));
    }
    List<MemberScore> scores = new ArrayList<>();
    for (int i = 0; i < e.getMembers().size(); i++) {
      try {
        scores.add(sheet.score(e.getMembers().get(i), "$.members[" + i + "]"));
      } catch (InvalidInputException x) {
        problems.addAll(x.getProblems());
      }
    }
    Optional<MinimumRequirementSet> minimumSet = minimumsFor(sheet, e);
    for (String code : e.getMinimums().keySet()) {
      boolean known =
          minimumSet.stream()
              .flatMap(m -> m.getRequirements().stream())
              .anyMatch(r -> r.getCode().equals(code));
      if (!known) {
        problems.add(
            InputProblem.of(
                "$.minimums." + code,
                ProblemCode.UNKNOWN_VALUE,
                LocalizedText.of(
                    "không phải yêu cầu tối thiểu áp dụng vào ngày này",
                    "not a minimum requirement in force on this date")));
      }
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    return new Grading(e, sheet, scores, minimumSet).result();
  }

  /**
   * The star an average total score reaches on a date: the highest band whose lower bound the exact
   * average {@code sumOfTotals / members} reaches (never rounded first); 1★ below the 2★ bound.
   * Empty if a band boundary is missing from the parameters.
   *
   * @param sumOfTotals the sum of the members' totals, 0 to 100 × members
   * @param members the number of council members, at least 1
   */
  public Optional<StarRating> starByPoints(int sumOfTotals, int members, java.time.LocalDate date) {
    if (members < 1 || sumOfTotals < 0 || sumOfTotals > 100 * members) {
      throw new IllegalArgumentException(
          "need 1 or more members and a sum of totals from 0 to 100 per member, was "
              + sumOfTotals
              + " of "
              + members);
    }
    return band(sumOfTotals, members, date).star();
  }

  /** The band reached, with the bound that decided it, or the missing parameter's id. */
  private record Band(Optional<StarRating> star, Optional<ParameterValue> bound, String missing) {}

  private Band band(int sum, int members, java.time.LocalDate date) {
    ParameterQuery q = ParameterQuery.builder().setDate(date).build();
    for (int star = 5; star >= 2; star--) {
      String id = "ocop.band.star" + star + ".minAverage";
      Optional<ParameterValue> bound = parameters.find(id, q);
      if (bound.isEmpty()) {
        return new Band(Optional.empty(), Optional.empty(), id);
      }
      boolean reached =
          BigDecimal.valueOf(sum)
                  .compareTo(bound.get().getValue().multiply(BigDecimal.valueOf(members)))
              >= 0;
      if (reached) {
        return new Band(Optional.of(StarRating.of(star)), bound, "");
      }
      if (star == 2) {
        return new Band(Optional.of(StarRating.ONE), bound, "");
      }
    }
    throw new AssertionError("unreachable: the 2-star band decides");
  }

  private Optional<MinimumRequirementSet> minimumsFor(ScoreSheet sheet, CouncilEvaluation e) {
    return minimums.stream()
        .filter(m -> m.getCriteriaSet() == sheet.getCriteriaSet())
        .filter(m -> m.appliesOn(e.getDate()))
        .findFirst();
  }

  /** One grading, step by step. */
  private final class Grading {
    private final CouncilEvaluation e;
    private final ScoreSheet sheet;
    private final List<MemberScore> scores;
    private final Optional<MinimumRequirementSet> minimumSet;
    private final int sum;
    private final int members;
    private final List<Explanation> children = new ArrayList<>();
    private final List<LocalizedText> caveats = new ArrayList<>();

    Grading(
        CouncilEvaluation e,
        ScoreSheet sheet,
        List<MemberScore> scores,
        Optional<MinimumRequirementSet> minimumSet) {
      this.e = e;
      this.sheet = sheet;
      this.scores = scores;
      this.minimumSet = minimumSet;
      this.sum = scores.stream().mapToInt(MemberScore::getTotal).sum();
      this.members = scores.size();
      caveats.addAll(sheet.discrepancies());
    }

    BigDecimal average() {
      return BigDecimal.valueOf(sum).divide(BigDecimal.valueOf(members), 2, RoundingMode.HALF_UP);
    }

    Optional<StarRating> starByPoints() {
      Band band = band(sum, members, e.getDate());
      ImmutableExplanation.Builder node =
          Explanation.builder()
              .setSubject("points")
              .setLabel(LocalizedText.of("Điểm trung bình", "Average score"))
              .setMeasured(average())
              .setUnit(MeasureUnit.POINTS);
      if (band.star().isEmpty()) {
        children.add(
            node.setOutcome(Outcome.UNDETERMINED)
                .setMessage(
                    LocalizedText.of(
                        "thiếu tham số "
                            + band.missing()
                            + " vào ngày "
                            + e.getDate()
                            + "; bổ sung bằng lớp tham số",
                        "parameter "
                            + band.missing()
                            + " missing on "
                            + e.getDate()
                            + "; supply it with an overlay"))
                .build());
        return Optional.empty();
      }
      StarRating result = band.star().get();
      ParameterValue bound = band.bound().orElseThrow();
      children.add(
          node.setOutcome(Outcome.MET)
              .setRequired(bound.getValue())
              .setComparison(result == StarRating.ONE ? Comparison.LESS_THAN : Comparison.AT_LEAST)
              .setMessage(
                  LocalizedText.of(
                      "tổng "
                          + sum
                          + " điểm của "
                          + members
                          + " thành viên, trung bình "
                          + average().toPlainString().replace('.', ',')
                          + " → "
                          + result.label().getVi(),
                      "total "
                          + sum
                          + " points from "
                          + members
                          + " members, average "
                          + average().toPlainString()
                          + " → "
                          + result.label().getEn()))
              .addReferences(bound.getRef())
              .addAllSources(Bibliography.citedKeys(bound.getNote().orElse("")))
              .setProvenance(bound.getProvenance())
              .build());
      return Optional.of(result);
    }

    OcopGrade result() {
      Optional<StarRating> byPoints = starByPoints();
      Optional<StarRating> star = byPoints;
      Outcome outcome = byPoints.isPresent() ? Outcome.MET : Outcome.UNDETERMINED;
      if (byPoints.isPresent() && minimumSet.isPresent() && !isExempt(minimumSet.get())) {
        MinimumRequirementSet set = minimumSet.get();
        caveats.addAll(set.getGaps());
        boolean undetermined = false;
        int fin = byPoints.get().stars();
        levels:
        for (int level = 2; level <= byPoints.get().stars(); level++) {
          for (MinimumRequirement r : set.getRequirements()) {
            if (r.getStar() != level) {
              continue;
            }
            Outcome o = check(r, set);
            if (o == Outcome.NOT_MET) {
              fin = level - 1;
              break levels;
            }
            undetermined |= o == Outcome.UNDETERMINED;
          }
        }
        star = Optional.of(StarRating.of(fin));
        if (undetermined) {
          outcome = Outcome.UNDETERMINED;
          star = Optional.empty();
        }
      }
      // A star above what the council's level certifies is only proposed upwards (a province's
      // ≥ 90 is "potential 5★"); the council's own grade is then the highest star its level
      // certifies — an INFERRED reading, see OcopGrade#getProposedStar.
      Optional<StarRating> proposed = star.filter(s -> !certifiableAt(s, e.getCouncilLevel()));
      if (proposed.isPresent()) {
        star = highestCertifiableAt(e.getCouncilLevel(), proposed.get());
      }
      Optional<CertificationLevel> level =
          star.flatMap(s -> CertificationLevel.certifying(s, e.getDate()));
      children.add(certification(star, level, proposed));
      return ImmutableOcopGrade.builder()
          .setProduct(e.getProduct())
          .addAllMemberScores(scores)
          .setSumOfTotals(sum)
          .setAverageForDisplay(average())
          .setStarByPoints(byPoints)
          .setStar(star)
          .setOutcome(outcome)
          .setCertified(star.map(StarRating::isCertified).orElse(false))
          .setCertifyingLevel(level)
          .setProposedStar(proposed)
          .addAllCaveats(caveats)
          .setExplanation(
              Explanation.builder()
                  .setSubject(e.getProduct())
                  .setLabel(LocalizedText.of("Phân hạng sản phẩm OCOP", "OCOP product grading"))
                  .setOutcome(outcome)
                  .setMessage(headline(star, proposed))
                  .addReferences(sheet.getCriteriaSet().reference())
                  .addAllChildren(children)
                  .build())
          .build();
    }

    /** Whether a council of this level certifies the star itself on the council's date. */
    private boolean certifiableAt(StarRating star, CertificationLevel council) {
      return CertificationLevel.certifying(star, e.getDate())
          .map(l -> l.compareTo(council) <= 0)
          .orElse(true);
    }

    /** The highest certified star below {@code above} that the council's level certifies. */
    private Optional<StarRating> highestCertifiableAt(
        CertificationLevel council, StarRating above) {
      for (int s = above.stars() - 1; s >= 3; s--) {
        if (certifiableAt(StarRating.of(s), council)) {
          return Optional.of(StarRating.of(s));
        }
      }
      return Optional.empty();
    }

    /** The level a proposed star goes to: the one that certifies it on the council's date. */
    private CertificationLevel proposedTo(StarRating proposed) {
      return CertificationLevel.certifying(proposed, e.getDate()).orElseThrow();
    }

    /** A level's name in lower case, for use inside a sentence ("cấp tỉnh", "province"). */
    private static LocalizedText levelName(CertificationLevel level) {
      return LocalizedText.of(
          level.label().getVi().toLowerCase(java.util.Locale.ROOT),
          level.label().getEn().toLowerCase(java.util.Locale.ROOT));
    }

    /** "P: 4 sao; tiềm năng 5 sao, đề xuất cấp trung ương" / "P: 3 sao" / "not determined". */
    private LocalizedText headline(Optional<StarRating> star, Optional<StarRating> proposed) {
      String p = e.getProduct() + ": ";
      if (star.isEmpty() && proposed.isEmpty()) {
        return LocalizedText.of(p + "chưa xác định được hạng sao", p + "star not determined");
      }
      String vi = star.map(s -> s.label().getVi()).orElse("không công nhận ở cấp này");
      String en = star.map(s -> s.label().getEn()).orElse("not certified at this level");
      if (proposed.isPresent()) {
        LocalizedText up = levelName(proposedTo(proposed.get()));
        vi += "; tiềm năng " + proposed.get().label().getVi() + ", đề xuất " + up.getVi() + " xét";
        en +=
            "; potential "
                + proposed.get().label().getEn()
                + ", proposed to the "
                + up.getEn()
                + " level";
      }
      return LocalizedText.of(p + vi, p + en);
    }

    private boolean isExempt(MinimumRequirementSet set) {
      return e.getSector().map(set.getExemptSectors()::contains).orElse(false);
    }

    private Outcome check(MinimumRequirement r, MinimumRequirementSet set) {
      Outcome o;
      LocalizedText message;
      if (!r.getGroups().isEmpty() && e.getMinimumsGroup().isEmpty()) {
        o = Outcome.UNDETERMINED;
        message =
            LocalizedText.of(
                "chưa biết nhóm sản phẩm (minimumsGroup) để xác định yêu cầu có áp dụng không",
                "the product's group (minimumsGroup) is needed to know whether this applies");
      } else if (!r.getGroups().isEmpty() && !r.getGroups().contains(e.getMinimumsGroup().get())) {
        return Outcome.MET; // does not apply to this product's group
      } else {
        Boolean met = e.getMinimums().get(r.getCode());
        o = met == null ? Outcome.UNDETERMINED : Outcome.of(met);
        message =
            met == null
                ? LocalizedText.of(
                    "chưa khai báo (minimums." + r.getCode() + ")",
                    "not stated (minimums." + r.getCode() + ")")
                : r.getLabel();
      }
      children.add(
          Explanation.builder()
              .setSubject(r.getCode())
              .setLabel(r.getLabel())
              .setOutcome(o)
              .setMessage(message)
              .addReferences(set.getRef())
              .setProvenance(set.getProvenance())
              .build());
      return o;
    }

    private Explanation certification(
        Optional<StarRating> star,
        Optional<CertificationLevel> level,
        Optional<StarRating> proposed) {
      String council = levelName(e.getCouncilLevel()).getVi();
      String councilEn = levelName(e.getCouncilLevel()).getEn();
      LocalizedText message;
      if (proposed.isPresent()) {
        LocalizedText up = levelName(proposedTo(proposed.get()));
        String upVi = up.getVi();
        String upEn = up.getEn();
        message =
            LocalizedText.of(
                "hội đồng "
                    + council
                    + " không công nhận "
                    + proposed.get().label().getVi()
                    + ": chỉ "
                    + upVi
                    + " công nhận; sản phẩm tiềm năng "
                    + proposed.get().label().getVi()
                    + " được đề xuất lên "
                    + upVi
                    + star.map(
                            s ->
                                "; trong khi chờ, "
                                    + council
                                    + " công nhận "
                                    + s.label().getVi()
                                    + " (cách hiểu SUY LUẬN, văn bản không nêu)")
                        .orElse(""),
                "the "
                    + councilEn
                    + " council cannot certify "
                    + proposed.get().label().getEn()
                    + ": only the "
                    + upEn
                    + " level does; the product is a potential "
                    + proposed.get().label().getEn()
                    + " proposed to the "
                    + upEn
                    + " level"
                    + star.map(
                            s ->
                                "; meanwhile the "
                                    + councilEn
                                    + " level certifies "
                                    + s.label().getEn()
                                    + " (INFERRED reading, not stated in the sources)")
                        .orElse(""));
      } else if (star.isPresent() && star.get().isCertified() && level.isEmpty()) {
        message =
            LocalizedText.of(
                "chưa rõ cấp nào công nhận "
                    + star.get().label().getVi()
                    + " vào ngày "
                    + e.getDate()
                    + " (không còn cấp huyện, QĐ 1489/QĐ-TTg chưa có hiệu lực): KHÔNG TÌM THẤY",
                "which level certifies "
                    + star.get().label().getEn()
                    + " on "
                    + e.getDate()
                    + " is NOT FOUND (districts had ceased; QĐ 1489/QĐ-TTg not yet in force)");
      } else if (star.isEmpty() || level.isEmpty()) {
        message = LocalizedText.of("không cấp giấy chứng nhận", "not certified");
      } else {
        message =
            LocalizedText.of(
                level.get().label().getVi() + " công nhận " + star.get().label().getVi(),
                level.get().label().getEn() + " level certifies " + star.get().label().getEn());
      }
      ImmutableExplanation.Builder node =
          Explanation.builder()
              .setSubject("certification")
              .setLabel(LocalizedText.of("Cấp công nhận", "Certifying level"))
              .setOutcome(
                  (star.isPresent() && (level.isPresent() || !star.get().isCertified()))
                          || proposed.isPresent()
                      ? Outcome.MET
                      : Outcome.UNDETERMINED)
              .setMessage(message);
      if (proposed.isPresent() && star.isPresent()) {
        node.setProvenance(Provenance.INFERRED);
      }
      return node.build();
    }
  }
}
