package org.ntmkit.rules.testing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import org.ntmkit.core.quantity.Ratio;
import org.ntmkit.core.unit.Commune;
import org.ntmkit.core.unit.CommuneGroup;
import org.ntmkit.core.unit.Region;
import org.ntmkit.rules.NtmRules;
import org.ntmkit.rules.catalog.Variable;
import org.ntmkit.rules.measurement.CommuneMeasurements;
import org.ntmkit.rules.measurement.Designation;
import org.ntmkit.rules.measurement.ImmutableCommuneMeasurements;

/**
 * jqwik generators of commune data that is valid under any bundled criteria set: every variable of
 * the catalog, each present or absent, with plausible values. Published in the {@code ntm-rules}
 * test-jar so a province's project can write its own properties:
 *
 * <pre>{@code
 * <dependency>
 *   <groupId>org.ntmkit</groupId><artifactId>ntm-rules</artifactId>
 *   <version>…</version><type>test-jar</type><scope>test</scope>
 * </dependency>
 *
 * @Property
 * void myOverlayOnlyTightens(@ForAll("data") CommuneMeasurements m) { … }
 *
 * @Provide
 * Arbitrary<CommuneMeasurements> data() {
 *   return CommuneArbitraries.measurements(NtmRules.bundled(), LocalDate.of(2023, 6, 30));
 * }
 * }</pre>
 */
public final class CommuneArbitraries {
  private CommuneArbitraries() {}

  /** Communes with any region and group (illustrative codes). */
  public static Arbitrary<Commune> communes() {
    return Combinators.combine(
            Arbitraries.strings().numeric().ofLength(5),
            Arbitraries.of(Region.class),
            Arbitraries.of(CommuneGroup.class))
        .as(
            (code, region, group) ->
                Commune.builder()
                    .setCode(code)
                    .setName("Xã " + code)
                    .setProvinceCode("42")
                    .setRegion(region)
                    .setGroup(group)
                    .build());
  }

  /** Data for a commune on a date: each catalog variable present with probability 0.85. */
  public static Arbitrary<CommuneMeasurements> measurements(NtmRules rules, LocalDate date) {
    List<Arbitrary<Optional<Value>>> values = new ArrayList<>();
    for (Variable v : rules.variables().getVariables()) {
      values.add(value(v).injectNull(0.15).map(Optional::ofNullable));
    }
    Arbitrary<List<Optional<Value>>> all = Combinators.combine(values).as(list -> list);
    return Combinators.combine(
            communes(),
            all,
            Arbitraries.subsetOf(Designation.values()),
            Arbitraries.of(true, false))
        .as(
            (commune, list, designations, poor) -> {
              ImmutableCommuneMeasurements.Builder b =
                  ImmutableCommuneMeasurements.builder()
                      .setCommune(commune)
                      .setDate(date)
                      .addAllDesignations(designations)
                      .setInPoorDistrict(poor);
              for (Optional<Value> o : list) {
                o.ifPresent(v -> v.put(b));
              }
              return b.build();
            });
  }

  /** Data on dates drawn from a range. */
  public static Arbitrary<CommuneMeasurements> measurements(
      NtmRules rules, LocalDate from, LocalDate toInclusive) {
    return Arbitraries.integers()
        .between(0, (int) (toInclusive.toEpochDay() - from.toEpochDay()))
        .flatMap(d -> measurements(rules, from.plusDays(d)));
  }

  /** A generated value of one variable. */
  private record Value(String name, Object value) {
    void put(ImmutableCommuneMeasurements.Builder b) {
      if (value instanceof Boolean flag) {
        b.putFlags(name, flag);
      } else if (value instanceof Ratio ratio) {
        b.putRatios(name, ratio);
      } else {
        b.putNumbers(name, (BigDecimal) value);
      }
    }
  }

  private static Arbitrary<Value> value(Variable v) {
    switch (v.getKind()) {
      case FLAG:
        return Arbitraries.of(true, true, true, false).map(b -> new Value(v.getName(), b));
      case RATIO:
        return Arbitraries.integers()
            .between(1, 400)
            .flatMap(d -> Arbitraries.integers().between(0, d).map(n -> Ratio.of(n, d)))
            .map(r -> new Value(v.getName(), r));
      default:
        return number(v).map(n -> new Value(v.getName(), n));
    }
  }

  private static Arbitrary<BigDecimal> number(Variable v) {
    switch (v.getUnit()) {
      case VND:
      case VND_PER_PERSON_YEAR:
        return Arbitraries.integers().between(150, 1200).map(h -> BigDecimal.valueOf(h * 100_000L));
      case LEVEL:
        return Arbitraries.integers().between(0, 3).map(BigDecimal::valueOf);
      default:
        return Arbitraries.integers().between(0, 12).map(BigDecimal::valueOf);
    }
  }
}
