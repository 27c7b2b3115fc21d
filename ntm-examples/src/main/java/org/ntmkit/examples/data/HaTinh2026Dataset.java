package org.ntmkit.examples.data;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import org.ntmkit.core.explain.Comparison;
import org.ntmkit.core.io.NtmJson;
import org.ntmkit.core.parameter.ParameterQuery;
import org.ntmkit.core.parameter.ParameterValue;
import org.ntmkit.core.unit.Commune;
import org.ntmkit.core.unit.CommuneGroup;
import org.ntmkit.core.unit.Region;
import org.ntmkit.rules.NtmRules;
import org.ntmkit.rules.catalog.CriteriaSet;
import org.ntmkit.rules.catalog.Criterion;
import org.ntmkit.rules.catalog.Indicator;
import org.ntmkit.rules.measurement.CommuneMeasurements;
import org.ntmkit.rules.measurement.ImmutableCommuneMeasurements;

/**
 * The deterministic generator of the 2026 example: a province after the reform of 01/07/2025 with
 * Hà Tĩnh's number of commune-level units, 69 (from 209), directly under the province — no
 * district.
 *
 * <p><b>Everything but the count is synthetic.</b> The codes (99101–99169), the names ("Đơn vị 07
 * (tổng hợp)"), the commune groups of QĐ 51/2025/QĐ-TTg (units 1–8 group 1, 9–58 group 2, 59–69
 * group 3) and every measured value are invented; which real communes were merged into which new
 * unit is not in the sources and is not modelled here.
 *
 * <p>The values are measured against QĐ 318/QĐ-TTg's NTM set for the North Central Coast, still in
 * force in the transition (01/07/2025 – 15/02/2026): a met indicator meets its threshold with a
 * random margin, or — where the threshold is NOT FOUND — takes a value that meets any threshold
 * (100% or 0%; an income of 60 to 66 million đồng, a plausible figure, not a threshold). Every
 * fourth unit fails one yes/no indicator, so that it is not met whatever is NOT FOUND. Randomness:
 * {@link SplittableRandom} with seed {@value #SEED}.
 *
 * <p>Regenerate {@code ntm-examples/samples/ha-tinh-2026-units.json} with {@code java -cp … \
 * org.ntmkit.examples.data.HaTinh2026Dataset FILE}; a test checks that it equals this output.
 */
public final class HaTinh2026Dataset {
  private HaTinh2026Dataset() {}

  /** The random seed. */
  public static final long SEED = 2026;

  /** Commune-level units of Hà Tĩnh from 01/07/2025. */
  public static final int UNITS = 69;

  /** The data's date: in the transition, when QĐ 318/QĐ-TTg still applies. */
  public static final LocalDate DATE = LocalDate.of(2025, 12, 31);

  /** The set the values are measured against. */
  public static final String SET = "qd-318-2022-basic";

  /** The units' data. */
  public static List<CommuneMeasurements> generate() {
    NtmRules rules = NtmRules.bundled();
    CriteriaSet set = java.util.Objects.requireNonNull(rules.sets().get(SET), SET);
    SplittableRandom random = new SplittableRandom(SEED);
    ParameterQuery query = ParameterQuery.of(DATE, Region.NORTH_CENTRAL_COAST);
    List<Criterion> measurable =
        set.getCriteria().stream().filter(c -> !c.getIndicators().isEmpty()).toList();
    // Failures are of yes/no indicators, so that each is decided whatever is NOT FOUND.
    List<String> flags =
        Indicator.flatten(measurable.stream().flatMap(c -> c.getIndicators().stream()).toList())
            .stream()
            .filter(ind -> ind instanceof Indicator.Flag && ind.getOnlyIf().isEmpty())
            .map(Indicator::getId)
            .toList();
    List<CommuneMeasurements> out = new ArrayList<>();
    for (int i = 1; i <= UNITS; i++) {
      ImmutableCommuneMeasurements.Builder b =
          CommuneMeasurements.builder()
              .setCommune(
                  Commune.builder()
                      .setCode(String.valueOf(99_100 + i))
                      .setName(String.format(java.util.Locale.ROOT, "Đơn vị %02d (tổng hợp)", i))
                      .setProvinceCode("42")
                      .setRegion(Region.NORTH_CENTRAL_COAST)
                      .setGroup(
                          i <= 8
                              ? CommuneGroup.GROUP_1
                              : i <= 58 ? CommuneGroup.GROUP_2 : CommuneGroup.GROUP_3)
                      .build())
              .setDate(DATE)
              // The conditions of 5.2/5.3, 7.1/7.2 and 13.4: four schools, a market, no craft
              // village.
              .putNumbers("schools.count", BigDecimal.valueOf(4))
              .putFlags("commerce.hasRuralMarket", true)
              .putFlags("production.hasCraftVillage", false);
      String failing = i % 4 == 0 ? flags.get(random.nextInt(flags.size())) : "";
      java.util.Set<String> measured = new java.util.HashSet<>();
      for (Criterion c : measurable) {
        for (Indicator ind : Indicator.flatten(c.getIndicators())) {
          // A variable two indicators read (5.2 and 5.3, under exclusive conditions) is measured
          // once.
          if (!(ind instanceof Indicator.Measured m) || measured.add(m.getVariable())) {
            measure(rules, query, ind, ind.getId().equals(failing), b, random);
          }
        }
      }
      out.add(b.build());
    }
    return out;
  }

  private static void measure(
      NtmRules rules,
      ParameterQuery query,
      Indicator ind,
      boolean fail,
      ImmutableCommuneMeasurements.Builder b,
      SplittableRandom random) {
    Optional<BigDecimal> threshold =
        ind.parameterIds().stream()
            .findFirst()
            .flatMap(p -> rules.parameters().find(p, query))
            .map(ParameterValue::getValue);
    if (ind instanceof Indicator.Flag f) {
      b.putFlags(f.getVariable(), !fail);
    } else if (ind instanceof Indicator.Ratio r) {
      b.putRatios(
          r.getVariable(),
          HaTinhDataset.share(r.getVariable(), r.getComparison(), threshold, fail, random));
    } else if (ind instanceof Indicator.Number n) {
      // No threshold: a plausible value (an income of about 60 million, else none or one).
      BigDecimal base =
          threshold.orElse(
              n.getVariable().startsWith("income.")
                  ? BigDecimal.valueOf(60_000_000)
                  : n.getComparison() == Comparison.AT_MOST ? BigDecimal.ZERO : BigDecimal.ONE);
      b.putNumbers(
          n.getVariable(),
          HaTinhDataset.number(n.getComparison(), Optional.of(base), fail, random)
              .max(BigDecimal.ZERO));
    }
  }

  /** The units as a JSON array, as in the samples. */
  public static String json() {
    return NtmJson.defaults().writePretty(generate()) + "\n";
  }

  /**
   * Writes the units as JSON.
   *
   * @param args the file (default {@code ha-tinh-2026-units.json})
   * @throws java.io.IOException if it cannot be written
   */
  public static void main(String[] args) throws java.io.IOException {
    java.nio.file.Files.writeString(
        java.nio.file.Path.of(args.length > 0 ? args[0] : "ha-tinh-2026-units.json"), json());
  }
}
