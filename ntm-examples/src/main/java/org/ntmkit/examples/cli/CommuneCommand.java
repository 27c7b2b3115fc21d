package org.ntmkit.examples.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.ntmkit.core.Language;
import org.ntmkit.core.LocalizedText;
import org.ntmkit.core.Outcome;
import org.ntmkit.core.explain.Explanation;
import org.ntmkit.core.io.InputProblem;
import org.ntmkit.core.io.InvalidInputException;
import org.ntmkit.core.io.NtmJson;
import org.ntmkit.core.io.ProblemCode;
import org.ntmkit.core.law.Bibliography;
import org.ntmkit.report.ReportRenderer;
import org.ntmkit.rules.Assessment;
import org.ntmkit.rules.NtmRules;
import org.ntmkit.rules.Title;
import org.ntmkit.rules.TitleAssessment;
import org.ntmkit.rules.catalog.CriteriaSet;
import org.ntmkit.rules.measurement.CommuneMeasurements;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code ntm commune FILE…}: evaluates communes against a named set ({@code --set}) or against the
 * sets in force on their date (NTM, then advanced, then model).
 */
@Command(
    name = "commune",
    mixinStandardHelpOptions = true,
    description = {
      "Đánh giá xã theo bộ tiêu chí (tệp JSON hoặc CSV).",
      "Evaluate communes against a criteria set (JSON or CSV files)."
    })
final class CommuneCommand implements Callable<Integer> {

  /** Above this many communes, progress is shown on stderr. */
  static final int PROGRESS_ABOVE = 2_000;

  @Parameters(
      paramLabel = "FILE",
      arity = "1..*",
      description = "JSON (one commune or an array) or CSV (*.csv) files.")
  List<Path> files = new ArrayList<>();

  @Mixin OutputOptions output = new OutputOptions();

  @Mixin RulesOptions rulesOptions = new RulesOptions();

  @Option(names = "--explain", description = "JSON: include each commune's explanation tree.")
  boolean explain;

  @Spec CommandSpec spec;

  /**
   * One commune's result.
   *
   * @param conditions the recognition conditions the titles include, where encoded for the date
   * @param assessments every set evaluated (the main one first, the conditions last)
   * @param unread the measurements no set evaluated reads
   */
  record Result(
      CommuneMeasurements data,
      Assessment main,
      Map<Title, Outcome> titles,
      Optional<Assessment> conditions,
      List<Assessment> assessments,
      List<String> unread) {

    static Result of(
        NtmRules rules,
        CommuneMeasurements data,
        Assessment main,
        Map<Title, Outcome> titles,
        Optional<Assessment> conditions,
        List<Assessment> evaluated) {
      List<Assessment> assessments = new ArrayList<>(evaluated);
      conditions.ifPresent(assessments::add);
      List<String> sets = assessments.stream().map(Assessment::getSetId).toList();
      return new Result(
          data, main, titles, conditions, assessments, rules.unreadMeasurements(data, sets));
    }
  }

  @Override
  public Integer call() {
    NtmRules rules = rulesOptions.rules();
    Optional<CriteriaSet> set = rulesOptions.set().map(id -> requireSet(rules, id));
    List<CommuneMeasurements> communes = new ArrayList<>();
    List<InputProblem> unreadable = new ArrayList<>();
    for (Path f : files) {
      try {
        communes.addAll(read(f, rules));
      } catch (InvalidInputException e) {
        unreadable.addAll(e.getProblems()); // every bad file is reported, not only the first
      }
    }
    if (!unreadable.isEmpty()) {
      throw new InvalidInputException(unreadable);
    }
    java.io.PrintWriter err = spec.commandLine().getErr();
    List<Result> results = new ArrayList<>();
    List<InputProblem> problems = new ArrayList<>();
    for (int i = 0; i < communes.size(); i++) {
      CommuneMeasurements m = communes.get(i);
      try {
        // Data re-dated with --date are checked again (a district is invalid from 01/07/2025).
        CommuneMeasurements at =
            rulesOptions
                .date()
                .<CommuneMeasurements>map(d -> NtmJson.defaults().validate(m.withDate(d)))
                .orElse(m);
        results.add(evaluate(rules, set, at));
      } catch (InvalidInputException e) {
        // The data are valid JSON but do not fit the rules (no set in force on the date, …).
        problems.addAll(
            InputFiles.prefixed(
                "communes[" + i + "] " + m.getCommune().getCode() + ":", e.getProblems()));
      }
      if (communes.size() > PROGRESS_ABOVE && ((i + 1) % 1_000 == 0 || i + 1 == communes.size())) {
        err.print("\r" + (i + 1) + "/" + communes.size());
        err.flush();
        if (i + 1 == communes.size()) {
          err.println();
        }
      }
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    String text =
        switch (output.format) {
          case JSON -> json(results, explain);
          case MD -> markdown(results, output.lang);
          case TEXT -> text(results, output.lang);
          case HTML -> throw Output.unsupported("--format", "html", "report");
        };
    return Output.print(spec, text);
  }

  static CriteriaSet requireSet(NtmRules rules, String id) {
    CriteriaSet s = rules.sets().get(id);
    if (s == null) {
      throw new InvalidInputException(
          List.of(
              InputProblem.unknownId(
                  "--set",
                  LocalizedText.of("bộ tiêu chí", "criteria set"),
                  id,
                  rules.sets().keySet())));
    }
    return s;
  }

  static List<CommuneMeasurements> read(Path file, NtmRules rules) {
    byte[] bytes = InputFiles.bytes(file);
    if (file.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".csv")) {
      return InputFiles.inFile(file, () -> CommuneCsv.read(bytes, rules.variables()));
    }
    NtmJson json = NtmJson.defaults();
    if (InputFiles.isJsonArray(bytes)) {
      return InputFiles.inFile(file, () -> json.readList(bytes, CommuneMeasurements.class));
    }
    return List.of(InputFiles.inFile(file, () -> json.read(bytes, CommuneMeasurements.class)));
  }

  private static Result evaluate(NtmRules rules, Optional<CriteriaSet> set, CommuneMeasurements m) {
    if (set.isPresent()) {
      Assessment a = rules.evaluate(m, set.get().getId());
      Map<Title, Outcome> titles = new EnumMap<>(Title.class);
      titles.put(a.getTitle(), a.getOutcome());
      return Result.of(rules, m, a, titles, Optional.empty(), List.of(a));
    }
    TitleAssessment t = rules.titles(m);
    Assessment ntm =
        Optional.ofNullable(t.getAssessments().get(Title.NTM))
            .orElseThrow(
                () ->
                    new InvalidInputException(
                        List.of(
                            InputProblem.of(
                                "$.date",
                                ProblemCode.OUT_OF_RANGE,
                                LocalizedText.of(
                                    "không có bộ tiêu chí xã NTM áp dụng vào ngày " + m.getDate(),
                                    "no commune NTM set is in force on " + m.getDate()),
                                m.getDate()))));
    return Result.of(
        rules,
        m,
        ntm,
        t.getOutcomes(),
        t.getConditions(),
        List.copyOf(t.getAssessments().values()));
  }

  /** The stable JSON: see the README. */
  static String json(List<Result> results, boolean explain) {
    List<Map<String, Object>> out = new ArrayList<>();
    Map<Outcome, Integer> summary = new EnumMap<>(Outcome.class);
    for (Outcome o : Outcome.values()) {
      summary.put(o, 0);
    }
    for (Result r : results) {
      Map<String, Object> c = new LinkedHashMap<>();
      c.put("code", r.data().getCommune().getCode());
      c.put("name", r.data().getCommune().getName());
      c.put("date", r.main().getDate().toString());
      c.put("set", r.main().getSetId());
      c.put("outcome", r.main().getOutcome());
      c.put("titles", r.titles());
      c.put("unreadMeasurements", r.unread());
      c.put("criteria", criteria(r.main()).get("criteria"));
      r.conditions().ifPresent(a -> c.put("conditions", criteria(a)));
      if (explain) {
        c.put("explanation", r.main().getExplanation());
      }
      summary.merge(r.main().getOutcome(), 1, Integer::sum);
      out.add(c);
    }
    Map<String, Object> doc = new LinkedHashMap<>();
    List<Map<String, Object>> incomplete = new ArrayList<>();
    incompleteSets(results)
        .forEach(
            a -> {
              Map<String, Object> i = new LinkedHashMap<>();
              i.put("set", a.getSetId());
              i.put("incompleteCriteria", a.getIncompleteCriteria());
              incomplete.add(i);
            });
    doc.put("incompleteSets", incomplete);
    doc.put("criteriaOnExamples", criteriaOnExamples(results));
    doc.put("communes", out);
    doc.put("summary", summary);
    if (explain) {
      // The full citation of every source key the explanation trees carry, once.
      java.util.Set<String> keys = new java.util.LinkedHashSet<>();
      results.forEach(r -> keys.addAll(r.main().getExplanation().allSources()));
      Bibliography bib = Bibliography.bundled();
      doc.put("sources", keys.stream().map(bib::find).flatMap(Optional::stream).toList());
    }
    return NtmJson.defaults().writePretty(doc) + "\n";
  }

  /** An assessment's set, outcome and criteria (number and outcome), for the JSON. */
  private static Map<String, Object> criteria(Assessment a) {
    List<Map<String, Object>> criteria = new ArrayList<>();
    for (Explanation e : a.getExplanation().getChildren()) {
      Map<String, Object> k = new LinkedHashMap<>();
      k.put("number", e.getSubject());
      k.put("outcome", e.getOutcome());
      criteria.add(k);
    }
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("set", a.getSetId());
    out.put("outcome", a.getOutcome());
    out.put("criteria", criteria);
    return out;
  }

  /** The criteria whose verdicts rest on EXAMPLE values, for any commune and set. */
  static java.util.Set<String> criteriaOnExamples(List<Result> results) {
    java.util.Set<String> out = new java.util.LinkedHashSet<>();
    results.forEach(r -> r.assessments().forEach(a -> out.addAll(a.getCriteriaOnExamples())));
    return out;
  }

  /** One assessment per incomplete set evaluated, in the order first met. */
  static List<Assessment> incompleteSets(List<Result> results) {
    Map<String, Assessment> sets = new LinkedHashMap<>();
    for (Result r : results) {
      for (Assessment a : r.assessments()) {
        if (!a.isSetComplete()) {
          sets.putIfAbsent(a.getSetId(), a);
        }
      }
    }
    return List.copyOf(sets.values());
  }

  /**
   * The warnings that come before any verdict: sets that are incomplete (outcomes at best
   * undetermined where indicators are NOT FOUND) and measurements no set read.
   */
  static String warnings(List<Result> results, Language lang, String prefix) {
    StringBuilder out = new StringBuilder();
    for (Assessment a : incompleteSets(results)) {
      String criteria = String.join(", ", a.getIncompleteCriteria());
      out.append(prefix)
          .append(
              lang.text(
                  "⚠ Bộ tiêu chí "
                      + a.getSetId()
                      + " CHƯA ĐẦY ĐỦ: tiêu chí "
                      + criteria
                      + " chưa biết (đủ) chỉ tiêu, kết quả tốt nhất là CHƯA XÁC ĐỊNH"
                      + " (xem: ntm catalog missing "
                      + a.getSetId()
                      + ").",
                  "⚠ Set "
                      + a.getSetId()
                      + " is INCOMPLETE: (some) indicators of criteria "
                      + criteria
                      + " are NOT FOUND, so those criteria are at best UNDETERMINED"
                      + " (see: ntm catalog missing "
                      + a.getSetId()
                      + ")."))
          .append('\n');
    }
    java.util.Set<String> onExamples = criteriaOnExamples(results);
    if (!onExamples.isEmpty()) {
      out.append(prefix)
          .append(
              lang.text(
                  "⚠ VÍ DỤ, KHÔNG PHẢI LUẬT: kết quả tiêu chí "
                      + String.join(", ", onExamples)
                      + " dựa trên giá trị minh họa (nguồn EXAMPLE).",
                  "⚠ EXAMPLE, NOT LAW: the verdicts of criteria "
                      + String.join(", ", onExamples)
                      + " rest on demonstration values (provenance EXAMPLE)."))
          .append('\n');
    }
    for (Result r : results) {
      List<String> unread = r.unread();
      if (!unread.isEmpty()) {
        out.append(prefix)
            .append(
                lang.text(
                    "⚠ "
                        + r.data().getCommune().getCode()
                        + ": số liệu không bộ tiêu chí nào dùng: ",
                    "⚠ " + r.data().getCommune().getCode() + ": measurements no set read: "))
            .append(String.join(", ", unread))
            .append('\n');
      }
    }
    return out.toString();
  }

  static String text(List<Result> results, Language lang) {
    StringBuilder out = new StringBuilder(warnings(results, lang, ""));
    for (Result r : results) {
      Assessment a = r.main();
      out.append(r.data().getCommune().getCode())
          .append("  ")
          .append(r.data().getCommune().getName())
          .append("  (")
          .append(a.getSetId())
          .append(", ")
          .append(lang.date(a.getDate()))
          .append(")\n    ");
      List<String> titles = new ArrayList<>();
      r.titles().forEach((t, o) -> titles.add(t.label().get(lang) + ": " + o.label().get(lang)));
      out.append(String.join(" · ", titles)).append('\n');
      int all = a.getExplanation().getChildren().size();
      long met = a.count(Outcome.MET);
      long unknown = a.count(Outcome.UNDETERMINED);
      out.append("    ")
          .append(
              lang.text(
                  met + "/" + all + " tiêu chí đạt, " + unknown + " chưa xác định",
                  met + "/" + all + " criteria met, " + unknown + " undetermined"))
          .append('\n');
      notMet(a, lang, out);
      if (r.conditions().isPresent()) {
        Assessment c = r.conditions().get();
        out.append("    ")
            .append(
                lang.text(
                    "Điều kiện công nhận (" + c.getSetId() + "): ",
                    "Recognition conditions (" + c.getSetId() + "): "))
            .append(c.getOutcome().label().get(lang))
            .append('\n');
        notMet(c, lang, out);
      }
    }
    return out.toString();
  }

  /** One line per criterion of the assessment that is not met, with its first reason. */
  private static void notMet(Assessment a, Language lang, StringBuilder out) {
    for (Explanation c : a.getExplanation().getChildren()) {
      if (c.getOutcome() != Outcome.MET) {
        out.append("    ")
            .append(c.getOutcome() == Outcome.NOT_MET ? "✗ " : "? ")
            .append(c.getSubject())
            .append(' ')
            .append(c.getLabel().get(lang))
            .append(": ")
            .append(firstReason(c).get(lang))
            .append('\n');
      }
    }
  }

  static String markdown(List<Result> results, Language lang) {
    StringBuilder out = new StringBuilder();
    String warnings = warnings(results, lang, "> ");
    if (!warnings.isEmpty()) {
      out.append(warnings).append('\n');
    }
    List<String> numbers =
        results.isEmpty()
            ? List.of()
            : results.get(0).main().getExplanation().getChildren().stream()
                .map(Explanation::getSubject)
                .toList();
    out.append("| ")
        .append(lang.text("Mã", "Code"))
        .append(" | ")
        .append(lang.text("Xã", "Commune"))
        .append(" | ")
        .append(lang.text("Kết quả", "Outcome"));
    numbers.forEach(n -> out.append(" | ").append(ReportRenderer.escapeMarkdown(n)));
    out.append(" |\n|---|---|---");
    numbers.forEach(n -> out.append("|:-:"));
    out.append("|\n");
    for (Result r : results) {
      out.append("| ")
          .append(ReportRenderer.escapeMarkdown(r.data().getCommune().getCode()))
          .append(" | ")
          .append(ReportRenderer.escapeMarkdown(r.data().getCommune().getName()))
          .append(" | ")
          .append(r.main().getOutcome().label().get(lang));
      for (Explanation c : r.main().getExplanation().getChildren()) {
        out.append(" | ").append(Output.symbol(c.getOutcome()));
      }
      out.append(" |\n");
    }
    out.append('\n')
        .append(
            lang.text("✓ đạt · ✗ chưa đạt · ? chưa xác định", "✓ met · ✗ not met · ? undetermined"))
        .append('\n');
    return out.toString();
  }

  /** The message of the first indicator that is not met, else the criterion's own. */
  static LocalizedText firstReason(Explanation criterion) {
    for (Explanation c : criterion.getChildren()) {
      if (c.getOutcome() == criterion.getOutcome()) {
        return c.getChildren().isEmpty()
            ? LocalizedText.of(
                c.getSubject() + " " + c.getMessage().getVi(),
                c.getSubject() + " " + c.getMessage().getEn())
            : firstReason(c);
      }
    }
    return criterion.getMessage();
  }
}
