package org.ntmkit.core.parameter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.ntmkit.core.LocalizedText;
import org.ntmkit.core.io.InvalidInputException;
import org.ntmkit.core.io.NtmJson;
import org.ntmkit.core.io.ProblemCode;
import org.ntmkit.core.law.InstrumentKind;
import org.ntmkit.core.law.LegalReference;
import org.ntmkit.core.law.Provenance;
import org.ntmkit.core.quantity.MeasureUnit;
import org.ntmkit.core.unit.CommuneGroup;
import org.ntmkit.core.unit.Region;

class ParameterTest {

  private static final LegalReference QD1980 =
      LegalReference.builder()
          .setInstrument("1980/QĐ-TTg")
          .setKind(InstrumentKind.DECISION)
          .setIssued(LocalDate.of(2016, 10, 17))
          .setEffective(LocalDate.of(2016, 12, 1))
          .build();
  private static final LegalReference SEED =
      LegalReference.builder()
          .setInstrument("Báo cáo NTM Hà Tĩnh 2020")
          .setKind(InstrumentKind.REPORT)
          .build();

  private static ParameterValue value(String v, String from, String to, Region region) {
    return ParameterValue.builder()
        .setValue(new BigDecimal(v))
        .setFrom(LocalDate.parse(from))
        .setTo(Optional.ofNullable(to).map(LocalDate::parse))
        .setRegion(Optional.ofNullable(region))
        .setRef(QD1980)
        .setProvenance(Provenance.SECONDARY_SOURCE)
        .build();
  }

  /** Criterion 16.1 of QĐ 1980/QĐ-TTg: ≥ 70% cultural villages, the same in all regions. */
  private static final Parameter CULTURAL_VILLAGES =
      Parameter.builder()
          .setId("commune.qd1980.c16.culturalVillages")
          .setLabel(LocalizedText.of("Tỷ lệ thôn đạt chuẩn văn hóa", "Share of cultural villages"))
          .setUnit(MeasureUnit.PERCENT)
          .addValues(value("70", "2016-12-01", "2022-03-08", null))
          .build();

  @Test
  void valueAppliesFromItsFirstDayUntilTheDayBeforeItsEnd() {
    assertEquals(
        Optional.empty(),
        CULTURAL_VILLAGES.find(ParameterQuery.of(LocalDate.of(2016, 11, 30), Region.MEKONG_DELTA)));
    assertEquals(
        new BigDecimal("70"),
        CULTURAL_VILLAGES
            .find(ParameterQuery.of(LocalDate.of(2016, 12, 1), Region.MEKONG_DELTA))
            .orElseThrow()
            .getValue());
    assertEquals(
        new BigDecimal("70"),
        CULTURAL_VILLAGES
            .find(ParameterQuery.of(LocalDate.of(2022, 3, 7), Region.MEKONG_DELTA))
            .orElseThrow()
            .getValue());
    assertEquals(
        Optional.empty(),
        CULTURAL_VILLAGES.find(ParameterQuery.of(LocalDate.of(2022, 3, 8), Region.MEKONG_DELTA)));
  }

  @Test
  void regionalValueWinsOverTheValueForEveryRegion() {
    Parameter p =
        ImmutableParameter.copyOf(CULTURAL_VILLAGES)
            .withValues(
                value("70", "2016-12-01", null, null),
                value("60", "2016-12-01", null, Region.NORTHERN_MIDLANDS_AND_MOUNTAINS));
    LocalDate d = LocalDate.of(2020, 12, 31);
    assertEquals(
        new BigDecimal("60"),
        p.find(ParameterQuery.of(d, Region.NORTHERN_MIDLANDS_AND_MOUNTAINS))
            .orElseThrow()
            .getValue());
    assertEquals(
        new BigDecimal("70"),
        p.find(ParameterQuery.of(d, Region.NORTH_CENTRAL_COAST)).orElseThrow().getValue());
    // A group-only query (2026–2030) does not pick a regional value.
    assertEquals(
        new BigDecimal("70"),
        p.find(ParameterQuery.of(d, CommuneGroup.GROUP_1)).orElseThrow().getValue());
  }

  /**
   * 2026–2030 sets (QĐ 51/2025) give values by commune group; a value for a region and a group is
   * the most specific, then region, then group, then the value for everyone.
   */
  @Test
  void mostSpecificApplicableValueWinsAndOtherGroupsDoNotApply() {
    Parameter p =
        ImmutableParameter.copyOf(CULTURAL_VILLAGES)
            .withValues(
                value("70", "2016-12-01", null, null),
                ImmutableParameterValue.copyOf(value("50", "2016-12-01", null, null))
                    .withGroup(CommuneGroup.GROUP_1),
                value("60", "2016-12-01", null, Region.NORTHERN_MIDLANDS_AND_MOUNTAINS),
                ImmutableParameterValue.copyOf(
                        value("40", "2016-12-01", null, Region.NORTHERN_MIDLANDS_AND_MOUNTAINS))
                    .withGroup(CommuneGroup.GROUP_3));
    LocalDate d = LocalDate.of(2026, 6, 30);
    java.util.function.BiFunction<Region, CommuneGroup, String> find =
        (region, group) ->
            p.find(ParameterQuery.builder().setDate(d).setRegion(region).setGroup(group).build())
                .orElseThrow()
                .getValue()
                .toPlainString();
    assertEquals("40", find.apply(Region.NORTHERN_MIDLANDS_AND_MOUNTAINS, CommuneGroup.GROUP_3));
    assertEquals("60", find.apply(Region.NORTHERN_MIDLANDS_AND_MOUNTAINS, CommuneGroup.GROUP_1));
    assertEquals("50", find.apply(Region.NORTH_CENTRAL_COAST, CommuneGroup.GROUP_1));
    assertEquals("70", find.apply(Region.NORTH_CENTRAL_COAST, CommuneGroup.GROUP_2));
  }

  @Test
  void missingParameterIsEmptyNotGuessed() {
    ParameterSet set = ParameterSet.of(List.of(CULTURAL_VILLAGES));
    assertEquals(
        Optional.empty(),
        set.find(
            "commune.qd1980.c10.income",
            ParameterQuery.of(LocalDate.of(2020, 1, 1), Region.NORTH_CENTRAL_COAST)));
  }

  @Test
  void emptyOverlayReturnsTheSameSet() {
    ParameterSet set = ParameterSet.of(List.of(CULTURAL_VILLAGES));
    assertSame(set, ParameterOverlay.builder().setName("identity").build().applyTo(set));
  }

  @Test
  void overlayReplacesOnlyTheOverlappedPartOfTheBasePeriod() {
    ParameterSet set = ParameterSet.of(List.of(CULTURAL_VILLAGES));
    ParameterOverlay stricter =
        ParameterOverlay.builder()
            .setName("what-if")
            .addOverrides(
                ParameterOverride.builder()
                    .setParameterId(CULTURAL_VILLAGES.getId())
                    .addValues(
                        ImmutableParameterValue.copyOf(
                                value("80", "2019-01-01", "2020-01-01", null))
                            .withRef(SEED)
                            .withProvenance(Provenance.INFERRED))
                    .build())
            .build();

    ParameterSet result = stricter.applyTo(set);

    String id = CULTURAL_VILLAGES.getId();
    assertEquals(
        new BigDecimal("70"),
        result
            .find(id, ParameterQuery.of(LocalDate.of(2018, 12, 31), Region.SOUTHEAST))
            .orElseThrow()
            .getValue());
    ParameterValue in2019 =
        result
            .find(id, ParameterQuery.of(LocalDate.of(2019, 6, 1), Region.SOUTHEAST))
            .orElseThrow();
    assertEquals(new BigDecimal("80"), in2019.getValue());
    assertEquals(Provenance.INFERRED, in2019.getProvenance());
    assertEquals(
        new BigDecimal("70"),
        result
            .find(id, ParameterQuery.of(LocalDate.of(2020, 1, 1), Region.SOUTHEAST))
            .orElseThrow()
            .getValue());
    assertEquals(
        Optional.empty(),
        result.find(id, ParameterQuery.of(LocalDate.of(2022, 3, 8), Region.SOUTHEAST)));
    assertEquals(3, result.get(id).orElseThrow().getValues().size());
    assertTrue(NtmJson.defaults().validate(result) == result);
  }

  @Test
  void overlayAddingAParameterNeedsUnitAndLabel() {
    ParameterOverlay bad =
        ParameterOverlay.builder()
            .setName("ha-tinh")
            .addOverrides(
                ParameterOverride.builder()
                    .setParameterId("commune.haTinh.advanced.wasteSorting")
                    .addValues(value("90", "2021-01-01", null, null))
                    .build())
            .build();

    InvalidInputException e =
        assertThrows(InvalidInputException.class, () -> bad.applyTo(ParameterSet.of(List.of())));

    assertEquals("$.overrides[0]", e.getProblems().get(0).getPath());
    assertEquals(ProblemCode.MISSING, e.getProblems().get(0).getCode());
  }

  @Test
  void overlayCannotChangeAUnit() {
    ParameterOverlay bad =
        ParameterOverlay.builder()
            .setName("x")
            .addOverrides(
                ParameterOverride.builder()
                    .setParameterId(CULTURAL_VILLAGES.getId())
                    .setUnit(MeasureUnit.COUNT)
                    .addValues(value("7", "2021-01-01", null, null))
                    .build())
            .build();
    InvalidInputException e =
        assertThrows(
            InvalidInputException.class,
            () -> bad.applyTo(ParameterSet.of(List.of(CULTURAL_VILLAGES))));
    assertEquals("$.overrides[0].unit", e.getProblems().get(0).getPath());
  }

  @Test
  void overlayWithOverlappingValuesOfItsOwnIsRejected() {
    ParameterOverlay bad =
        ParameterOverlay.builder()
            .setName("x")
            .addOverrides(
                ParameterOverride.builder()
                    .setParameterId(CULTURAL_VILLAGES.getId())
                    .addValues(
                        value("80", "2019-01-01", null, null),
                        value("85", "2020-01-01", null, null))
                    .build())
            .build();
    InvalidInputException e =
        assertThrows(
            InvalidInputException.class,
            () -> bad.applyTo(ParameterSet.of(List.of(CULTURAL_VILLAGES))));
    assertEquals("$.overrides[0].values", e.getProblems().get(0).getPath());
    assertEquals(ProblemCode.INCONSISTENT, e.getProblems().get(0).getCode());
  }
}
