package org.ntmkit.examples.cli;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import org.ntmkit.core.Language;
import org.ntmkit.core.LocalizedText;
import org.ntmkit.core.io.InputProblem;
import org.ntmkit.core.io.InvalidInputException;
import org.ntmkit.core.io.NtmJson;
import org.ntmkit.core.io.ProblemCode;
import org.ntmkit.core.law.Bibliography;
import org.ntmkit.core.law.Source;
import org.ntmkit.core.parameter.Parameter;
import org.ntmkit.core.parameter.ParameterQuery;
import org.ntmkit.core.parameter.ParameterValue;
import org.ntmkit.core.unit.CommuneGroup;
import org.ntmkit.core.unit.Region;
import org.ntmkit.rules.NtmRules;
import org.ntmkit.rules.SetCompleteness;
import org.ntmkit.rules.catalog.CriteriaSet;
import org.ntmkit.rules.catalog.Criterion;
import org.ntmkit.rules.catalog.Indicator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code ntm catalog}: the bundled criteria sets ({@code sets}), one set or criterion with its
 * thresholds, legal references and provenance ({@code show}), and what a set lacks on a date —
 * criteria without known indicators, thresholds without a value for a region or group ({@code
 * missing}), and the sources their notes cite, in full ({@code sources}).
 */
@Command(
    name = "catalog",
    mixinStandardHelpOptions = true,
    description = {
      "Danh mục bộ tiêu chí, tham số và nguồn pháp lý.",
      "Criteria sets, thresholds and their legal sources."
    },
    subcommands = {
      CatalogCommand.Sets.class,
      CatalogCommand.Show.class,
      CatalogCommand.Missing.class,
      CatalogCommand.Sources.class
    })
final class CatalogCommand implements Runnable {

  @Spec CommandSpec spec;

  @Override
  public void run() {
    throw new picocli.CommandLine.ParameterException(
        spec.commandLine(), "a subcommand is needed: sets, show, missing or sources");
  }

  private static String json(Object doc) {
    return NtmJson.defaults().writePretty(doc) + "\n";
  }

  /** {@code ntm catalog sets}. */
  @Command(name = "sets", mixinStandardHelpOptions = true, description = "List the criteria sets.")
  static final class Sets implements Callable<Integer> {
    @Mixin OutputOptions output = new OutputOptions();
    @Mixin RulesOptions rulesOptions = new RulesOptions();
    @Spec CommandSpec spec;

    @Override
    public Integer call() {
      NtmRules rules = rulesOptions.rules();
      Language lang = output.lang;
      List<Map<String, Object>> doc = new ArrayList<>();
      StringBuilder text = new StringBuilder();
      for (CriteriaSet s : rules.sets().values()) {
        if (rulesOptions.date().map(d -> !s.appliesOn(d)).orElse(false)) {
          continue;
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", s.getId());
        m.put("level", s.getLevel());
        m.put("purpose", s.getPurpose());
        m.put("title", s.getTitle());
        m.put("from", s.getFrom().toString());
        m.put("to", s.getTo().map(LocalDate::toString).orElse(null));
        m.put("label", s.getLabel().get(lang));
        m.put("ref", s.getRef().cite());
        m.put("provenance", s.getProvenance());
        doc.add(m);
        text.append(
            String.format(
                java.util.Locale.ROOT,
                "%-24s %-9s %-9s %s–%s  %s%n",
                s.getId(),
                s.getLevel(),
                s.getTitle(),
                s.getFrom(),
                s.getTo().map(LocalDate::toString).orElse(""),
                s.getLabel().get(lang)));
      }
      return Output.print(spec, output.format == Format.JSON ? json(doc) : text.toString());
    }
  }

  /** {@code ntm catalog show SET [CRITERION]}. */
  @Command(
      name = "show",
      mixinStandardHelpOptions = true,
      description = "Show a set, or one criterion, with thresholds, references and provenance.")
  static final class Show implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "SET", description = "The set id.")
    String setId = "";

    @Parameters(index = "1", arity = "0..1", paramLabel = "CRITERION", description = "A number.")
    @Nullable String criterion;

    @Option(
        names = "--region",
        paramLabel = "CODE",
        description = "Only the values for this region (NMM, RRD, NCC, SCC, CH, SE, MD).")
    @Nullable String region;

    @Mixin OutputOptions output = new OutputOptions();
    @Mixin RulesOptions rulesOptions = new RulesOptions();
    @Spec CommandSpec spec;

    @Override
    public Integer call() {
      NtmRules rules = rulesOptions.rules();
      CriteriaSet set = CommuneCommand.requireSet(rules, setId);
      Optional<Region> r = Optional.ofNullable(region).map(CatalogCommand::region);
      String wanted = criterion;
      List<Criterion> criteria =
          wanted == null
              ? set.getCriteria()
              : List.of(
                  set.getCriteria().stream()
                      .filter(c -> c.getNumber().equals(wanted))
                      .findFirst()
                      .orElseThrow(
                          () ->
                              unknown(
                                  "CRITERION",
                                  wanted,
                                  "bộ " + setId + " không có tiêu chí này",
                                  "set " + setId + " has no such criterion")));
      Language lang = output.lang;
      StringBuilder text = new StringBuilder();
      text.append(set.getId())
          .append(" — ")
          .append(set.getLabel().get(lang))
          .append("\n  ")
          .append(set.getRef().cite())
          .append(" (")
          .append(set.getProvenance().label().get(lang))
          .append(")\n");
      Set<Source> cited = new LinkedHashSet<>();
      set.getNote().ifPresent(n -> note(n, text, "  ", cited));
      List<Map<String, Object>> doc = new ArrayList<>();
      for (Criterion c : criteria) {
        text.append('\n')
            .append(c.getNumber())
            .append(". ")
            .append(c.getName().get(lang))
            .append('\n');
        List<Map<String, Object>> indicators = new ArrayList<>();
        c.getNote().ifPresent(n -> note(n, text, "  ", cited));
        for (Indicator i : c.getIndicators()) {
          indicators.add(indicator(rules, i, r, lang, text, "  ", cited));
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("number", c.getNumber());
        m.put("name", c.getName().get(lang));
        m.put("indicators", indicators);
        doc.add(m);
      }
      Map<String, Object> root = new LinkedHashMap<>();
      root.put("id", set.getId());
      root.put("label", set.getLabel().get(lang));
      root.put("ref", set.getRef().cite());
      root.put("provenance", set.getProvenance());
      root.put("criteria", doc);
      root.put("sources", cited);
      if (!cited.isEmpty()) {
        text.append('\n').append(lang.text("Nguồn", "Sources")).append('\n');
        cited.forEach(src -> text.append("  ").append(src.cite()).append('\n'));
      }
      return Output.print(spec, output.format == Format.JSON ? json(root) : text.toString());
    }

    private Map<String, Object> indicator(
        NtmRules rules,
        Indicator i,
        Optional<Region> region,
        Language lang,
        StringBuilder text,
        String indent,
        Set<Source> cited) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("id", i.getId());
      m.put("name", i.getName().get(lang));
      m.put("kind", i.getKind());
      Optional<String> variable =
          i instanceof Indicator.Measured measured
              ? Optional.of(measured.getVariable())
              : Optional.empty();
      variable.ifPresent(v -> m.put("variable", v));
      text.append(indent)
          .append(i.getId())
          .append(' ')
          .append(i.getName().get(lang))
          .append(variable.map(v -> "  [" + v + "]").orElse(""))
          .append('\n');
      i.getNote().ifPresent(n -> m.put("note", note(n, text, indent + "    ", cited)));
      if (i instanceof Indicator.Compared compared) {
        String id = compared.getParameter();
        m.put("parameter", id);
        m.put("comparison", compared.getComparison().symbol());
        List<Map<String, Object>> values = new ArrayList<>();
        Optional<Parameter> p = rules.parameters().get(id);
        List<ParameterValue> all =
            p.map(Parameter::getValues).orElse(com.google.common.collect.ImmutableList.of());
        for (ParameterValue v : all) {
          if (region.isPresent() && v.getRegion().map(x -> x != region.get()).orElse(false)) {
            continue;
          }
          if (rulesOptions.date().map(d -> !v.appliesOn(d)).orElse(false)) {
            continue;
          }
          Map<String, Object> vm = new LinkedHashMap<>();
          vm.put("value", v.getValue());
          vm.put("from", v.getFrom().toString());
          vm.put("to", v.getTo().map(LocalDate::toString).orElse(null));
          vm.put("region", v.getRegion().orElse(null));
          vm.put("ref", v.getRef().cite());
          vm.put("provenance", v.getProvenance());
          values.add(vm);
          text.append(indent)
              .append("    ")
              .append(compared.getComparison().symbol())
              .append(' ')
              .append(v.getValue().toPlainString())
              .append(' ')
              .append(p.get().getUnit().label().get(lang))
              .append(v.getRegion().map(x -> " · " + x.code()).orElse(""))
              .append(" · ")
              .append(v.getFrom())
              .append(v.getTo().map(t -> "–" + t).orElse("–"))
              .append(" · ")
              .append(v.getRef().cite())
              .append(" · ")
              .append(v.getProvenance().label().get(lang))
              .append('\n');
          v.getNote().ifPresent(n -> vm.put("note", note(n, text, indent + "      ", cited)));
        }
        m.put("values", values);
        if (values.isEmpty()) {
          text.append(indent)
              .append("    ")
              .append(
                  lang.text(
                      "không có giá trị (không tìm thấy trong nguồn công khai)",
                      "no value (NOT FOUND in public sources)"))
              .append('\n');
        }
      }
      if (i instanceof Indicator.Composite composite) {
        List<Map<String, Object>> parts = new ArrayList<>();
        for (Indicator part : composite.getParts()) {
          parts.add(indicator(rules, part, region, lang, text, indent + "  ", cited));
        }
        m.put("parts", parts);
      }
      return m;
    }
  }

  /** {@code ntm catalog missing SET [--region CODE | --group N] [--date DATE]}. */
  @Command(
      name = "missing",
      mixinStandardHelpOptions = true,
      description =
          "What a set lacks on a date: criteria whose indicators are NOT FOUND, thresholds without"
              + " a value for a region or commune group, indicators encoded of those the law has.")
  static final class Missing implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "SET", description = "The set id.")
    String setId = "";

    @Option(
        names = "--region",
        paramLabel = "CODE",
        description = "Region code (NMM, RRD, NCC, SCC, CH, SE, MD); default every region.")
    @Nullable String region;

    @Option(
        names = "--group",
        paramLabel = "N",
        description = "Commune group of QĐ 51/2025 (1, 2 or 3); default every group.")
    @Nullable String group;

    @Mixin OutputOptions output = new OutputOptions();
    @Mixin RulesOptions rulesOptions = new RulesOptions();
    @Spec CommandSpec spec;

    @Override
    public Integer call() {
      NtmRules rules = rulesOptions.rules();
      CriteriaSet set = CommuneCommand.requireSet(rules, setId);
      LocalDate date = rulesOptions.date().orElse(set.getFrom());
      var where = ParameterQuery.builder().setDate(date);
      if (region != null) {
        where.setRegion(region(region));
      }
      if (group != null) {
        where.setGroup(group(group, "--group"));
      }
      SetCompleteness c = rules.completeness(set.getId(), where.build());
      if (output.format == Format.JSON) {
        return Output.print(spec, json(c));
      }
      Language l = output.lang;
      StringBuilder text = new StringBuilder();
      text.append(set.getId())
          .append(" (")
          .append(date)
          .append("): ")
          .append(
              c.isComplete()
                  ? l.text("đầy đủ", "complete")
                  : l.text(
                      "CHƯA ĐẦY ĐỦ — kết quả có thể là CHƯA XÁC ĐỊNH",
                      "INCOMPLETE — outcomes may be UNDETERMINED"))
          .append('\n');
      c.describe().forEach(line -> text.append("  ").append(line.get(l)).append('\n'));
      return Output.print(spec, text.toString());
    }
  }

  static CommuneGroup group(String code, String path) {
    try {
      return CommuneGroup.fromCode(code);
    } catch (IllegalArgumentException e) {
      throw unknown(
          path, code, "nhóm xã không hợp lệ (1, 2 hoặc 3)", "no such commune group (1, 2 or 3)");
    }
  }

  static Region region(String code) {
    try {
      return Region.fromCode(code);
    } catch (IllegalArgumentException e) {
      throw new InvalidInputException(
          List.of(
              InputProblem.of("--region", ProblemCode.UNKNOWN_VALUE, Output.UNKNOWN_REGION, code)));
    }
  }

  /** Writes a catalog note on its own line, records the sources it cites, and returns it. */
  private static String note(String note, StringBuilder text, String indent, Set<Source> cited) {
    text.append(indent).append("↳ ").append(note).append('\n');
    cited.addAll(Bibliography.bundled().citedIn(note));
    return note;
  }

  /** {@code ntm catalog sources [KEY]}. */
  @Command(
      name = "sources",
      mixinStandardHelpOptions = true,
      description = {
        "Nguồn mà ghi chú của danh mục trích dẫn ([CC-S31] …).",
        "The sources the catalogs' notes cite ([CC-S31] …), or one in full."
      })
  static final class Sources implements Callable<Integer> {
    @Parameters(index = "0", arity = "0..1", paramLabel = "KEY", description = "e.g. DP-S8")
    @Nullable String key;

    @Mixin OutputOptions output = new OutputOptions();
    @Spec CommandSpec spec;

    @Override
    public Integer call() {
      Bibliography bib = Bibliography.bundled();
      Language lang = output.lang;
      if (key == null) {
        StringBuilder text = new StringBuilder();
        for (Source s : bib.all()) {
          text.append(String.format(Locale.ROOT, "%-15s %s%n", s.getKey(), s.getTitle()));
        }
        return Output.print(spec, output.format == Format.JSON ? json(bib.all()) : text.toString());
      }
      String wanted = key;
      Source s =
          bib.find(wanted)
              .orElseThrow(
                  () ->
                      unknown(
                          "KEY",
                          wanted,
                          "không có nguồn với khóa này (xem ntm catalog sources)",
                          "no source has this key (see ntm catalog sources)"));
      StringBuilder text = new StringBuilder(s.cite()).append('\n');
      text.append("  ").append(lang.text("Loại", "Kind")).append(": ");
      text.append(s.getKind().label().get(lang)).append('\n');
      s.getQuote().ifPresent(q -> text.append("  “").append(q).append("”\n"));
      s.getNote().ifPresent(n -> text.append("  ").append(n).append('\n'));
      return Output.print(spec, output.format == Format.JSON ? json(s) : text.toString());
    }
  }

  static InvalidInputException unknown(String path, String value, String vi, String en) {
    return new InvalidInputException(
        List.of(InputProblem.of(path, ProblemCode.UNKNOWN_VALUE, LocalizedText.of(vi, en), value)));
  }
}
