package org.ntmkit.rules.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.ntmkit.core.quantity.Ratio;
import org.ntmkit.core.unit.CommuneGroup;
import org.ntmkit.core.unit.Region;
import org.ntmkit.rules.UnitLevel;
import org.ntmkit.rules.measurement.CommuneMeasurements;
import org.ntmkit.rules.measurement.Designation;
import org.ntmkit.rules.measurement.Member;
import org.ntmkit.rules.measurement.UnitMeasurements;

/**
 * What is evaluated: a commune's or another unit's data, seen alike.
 *
 * @param nmmOverride whether the commune is especially difficult or in a safe zone in a poor
 *     district, for sets that give such communes the Northern Midlands and Mountains thresholds
 */
public record Subject(
    String code,
    String name,
    UnitLevel level,
    Optional<Region> region,
    Optional<CommuneGroup> group,
    LocalDate date,
    Map<String, BigDecimal> numbers,
    Map<String, Boolean> flags,
    Map<String, Ratio> ratios,
    boolean nmmOverride,
    List<Member> members) {

  /** A commune's data. */
  public static Subject of(CommuneMeasurements m) {
    boolean difficult =
        m.isInPoorDistrict()
            && (m.getDesignations().contains(Designation.EXTREMELY_DIFFICULT)
                || m.getDesignations().contains(Designation.SAFE_ZONE));
    return new Subject(
        m.getCommune().getCode(),
        m.getCommune().getName(),
        UnitLevel.COMMUNE,
        Optional.of(m.getCommune().getRegion()),
        m.getCommune().getGroup(),
        m.getDate(),
        m.getNumbers(),
        m.getFlags(),
        m.getRatios(),
        difficult,
        List.of());
  }

  /** A district's, town's, province's or village's data. */
  public static Subject of(UnitMeasurements m) {
    return new Subject(
        m.getCode(),
        m.getName(),
        m.getLevel(),
        m.getRegion(),
        m.getGroup(),
        m.getDate(),
        m.getNumbers(),
        m.getFlags(),
        m.getRatios(),
        false,
        m.getMembers());
  }
}
