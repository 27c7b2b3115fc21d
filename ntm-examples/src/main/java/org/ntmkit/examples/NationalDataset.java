package org.ntmkit.examples;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
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
 * A synthetic national dataset, generated deterministically from a seed: communes spread over the
 * seven regions with every catalog variable measured (some missing), values drawn around typical
 * levels. The data are invented for benchmarks and demonstrations; they describe no real commune.
 *
 * <pre>{@code
 * List<CommuneMeasurements> all = NationalDataset.generate(10_000, LocalDate.of(2023, 6, 30), 42);
 * }</pre>
 */
public final class NationalDataset {

  /** Communes before the 2025 merger (≈10,000) and after it (3,321). */
  public static final int BEFORE_2025 = 10_000;

  /** Communes after the 1 July 2025 merger. */
  public static final int AFTER_2025 = 3_321;

  private NationalDataset() {}

  /**
   * Generates {@code count} communes' data on a date.
   *
   * @param count how many communes
   * @param date the date of the data
   * @param seed the same seed gives the same data
   */
  public static List<CommuneMeasurements> generate(int count, LocalDate date, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    List<Variable> variables =
        NtmRules.bundled().variables().getVariables().stream()
            .filter(NationalDataset::isCommuneVariable)
            .toList();
    Region[] regions = Region.values();
    List<CommuneMeasurements> out = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      Region region = regions[i % regions.length];
      Commune commune =
          Commune.builder()
              .setCode(String.format(java.util.Locale.ROOT, "%05d", i))
              .setName("Xã " + i)
              .setProvinceCode(String.format(java.util.Locale.ROOT, "%02d", 1 + i % 63))
              .setRegion(region)
              .setGroup(CommuneGroup.values()[random.nextInt(3)])
              .build();
      ImmutableCommuneMeasurements.Builder b =
          CommuneMeasurements.builder().setCommune(commune).setDate(date);
      if (random.nextInt(20) == 0) {
        b.addDesignations(Designation.EXTREMELY_DIFFICULT).setInPoorDistrict(random.nextBoolean());
      }
      for (Variable v : variables) {
        if (random.nextInt(20) == 0) {
          continue; // 5% of measurements missing
        }
        switch (v.getKind()) {
          case FLAG:
            b.putFlags(v.getName(), random.nextInt(10) != 0);
            break;
          case RATIO:
            int d = 5 + random.nextInt(2_000);
            int n = d - random.nextInt(Math.max(1, d / 4));
            b.putRatios(v.getName(), Ratio.of(n, d));
            break;
          default:
            b.putNumbers(v.getName(), number(v, random));
        }
      }
      out.add(b.build());
    }
    return out;
  }

  /** Variables of districts, provinces, villages and gardens are not a commune's data. */
  static boolean isCommuneVariable(Variable v) {
    String n = v.getName();
    return !(n.startsWith("district.")
        || n.startsWith("province.")
        || n.startsWith("village.")
        || n.startsWith("garden."));
  }

  private static BigDecimal number(Variable v, SplittableRandom random) {
    switch (v.getUnit()) {
      case VND:
      case VND_PER_PERSON_YEAR:
        return BigDecimal.valueOf((25_000 + random.nextInt(60_000)) * 1_000L);
      case LEVEL:
        return BigDecimal.valueOf(1 + random.nextInt(3));
      default:
        return BigDecimal.valueOf(random.nextInt(8));
    }
  }
}
