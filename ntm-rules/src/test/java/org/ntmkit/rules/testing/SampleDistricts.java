package org.ntmkit.rules.testing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.ntmkit.core.Outcome;
import org.ntmkit.core.quantity.Ratio;
import org.ntmkit.core.unit.Region;
import org.ntmkit.rules.Title;
import org.ntmkit.rules.UnitLevel;
import org.ntmkit.rules.measurement.ImmutableMember;
import org.ntmkit.rules.measurement.ImmutableUnitMeasurements;
import org.ntmkit.rules.measurement.Member;
import org.ntmkit.rules.measurement.UnitMeasurements;

/** Sample districts and member communes for tests, from the seed report (Lộc Hà 2020). */
public final class SampleDistricts {
  private SampleDistricts() {}

  private static final LocalDate END_2020 = LocalDate.of(2020, 12, 31);

  public static Member commune(String code, String name, Outcome ntm, int criteriaMet) {
    return ImmutableMember.builder()
        .setCode(code)
        .setName(name)
        .setLevel(UnitLevel.COMMUNE)
        .putTitles(Title.NTM, ntm)
        .setCriteriaMet(criteriaMet)
        .build();
  }

  /** Illustrative communes (the seed does not give the number of communes per district). */
  public static List<Member> communes(int n, Outcome ntm) {
    List<Member> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      out.add(
          commune(String.format(java.util.Locale.ROOT, "%05d", i + 1), "Xã " + (i + 1), ntm, 19));
    }
    return out;
  }

  /** Lộc Hà in 2020 (seed §2): every commune NTM; 6 of 9 district criteria met. */
  public static ImmutableUnitMeasurements locHa2020() {
    return UnitMeasurements.builder()
        .setCode("001")
        .setName("Lộc Hà")
        .setLevel(UnitLevel.DISTRICT)
        .setRegion(Region.NORTH_CENTRAL_COAST)
        .setDate(END_2020)
        .putFlags("district.c558.planning", true)
        .putFlags("district.c558.transport", false) // 6.0 km not started, 5.3 km under construction
        .putFlags("district.c558.irrigation", true)
        .putFlags("district.c558.electricity", true)
        .putFlags("district.hospitalGradeIII", true)
        .putFlags("district.healthCentreStandard", true)
        .putFlags("district.cultureSportsCentreStandard", false) // no district cultural centre
        .putRatios("district.upperSecondarySchoolsStandard", Ratio.of(2, 3))
        .putFlags("district.c558.production", true)
        .putFlags(
            "district.c558.environment",
            false) // violations at a landfill and an industrial cluster
        .putFlags("district.c558.securityOrder", true)
        .putFlags("district.c558.direction", true)
        .addAllMembers(communes(12, Outcome.MET))
        .build();
  }
}
