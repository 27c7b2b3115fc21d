package org.ntmkit.report;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.ntmkit.core.LocalizedText;
import org.ntmkit.core.law.InstrumentKind;
import org.ntmkit.core.law.LegalReference;
import org.ntmkit.core.unit.Commune;
import org.ntmkit.core.unit.District;
import org.ntmkit.core.unit.DistrictKind;
import org.ntmkit.core.unit.Province;
import org.ntmkit.core.unit.Region;
import org.ntmkit.ocop.StarRating;
import org.ntmkit.ocop.portfolio.OcopProduct;
import org.ntmkit.rules.Title;
import org.ntmkit.rules.UnitLevel;
import org.ntmkit.rules.measurement.CommuneMeasurements;
import org.ntmkit.rules.plan.Plan;
import org.ntmkit.rules.recognition.ImmutableRecognitionRecord;
import org.ntmkit.rules.testing.FundingTestData;
import org.ntmkit.rules.testing.SampleCommunes;
import org.ntmkit.rules.testing.SampleDistricts;

/**
 * A small province for report tests: Hà Tĩnh with Lộc Hà (seed §2: 6 of 9 district criteria met)
 * and two of its communes, one recognised NTM; a town whose district title is recognised; a
 * district with no measurements; the seed's 2020 funding (§5); OCOP products, village counts and a
 * target. Codes and the second commune are illustrative.
 */
final class ReportFixtures {
  private ReportFixtures() {}

  static final LocalDate END_2020 = LocalDate.of(2020, 12, 31);

  /** Two communes of Lộc Hà: the sample (recognised NTM in 2019) and one not recognised. */
  static final List<CommuneMeasurements> COMMUNES =
      List.of(
          SampleCommunes.ncc2020(),
          SampleCommunes.ncc2020()
              .withCommune(
                  Commune.builder()
                      .setCode("00002")
                      .setName("Xã <b>Hai</b>")
                      .setProvinceCode("42")
                      .setDistrictCode("001")
                      .setRegion(Region.NORTH_CENTRAL_COAST)
                      .build()));

  static ProvinceDataset province() {
    return ImmutableProvinceDataset.builder()
        .setProvince(
            Province.builder()
                .setCode("42")
                .setName("Hà Tĩnh")
                .setRegion(Region.NORTH_CENTRAL_COAST)
                .build())
        .setDate(END_2020)
        .setCommuneSet("qd-1980-2016")
        .setDistrictSet("qd-558-2016")
        .setSource(
            LegalReference.builder()
                .setInstrument("Báo cáo mẫu (minh họa)")
                .setKind(InstrumentKind.REPORT)
                .build())
        .addDistricts(
            District.builder()
                .setCode("001")
                .setName("Lộc Hà")
                .setProvinceCode("42")
                .setKind(DistrictKind.RURAL_DISTRICT)
                .build(),
            District.builder()
                .setCode("002")
                .setName("Hồng Lĩnh")
                .setProvinceCode("42")
                .setKind(DistrictKind.TOWN)
                .build(),
            District.builder()
                .setCode("003")
                .setName("Kỳ Anh")
                .setProvinceCode("42")
                .setKind(DistrictKind.RURAL_DISTRICT)
                .build())
        .addRecognitions(
            ImmutableRecognitionRecord.builder()
                .setUnitCode("00001")
                .setTitle(Title.NTM)
                .setDate(LocalDate.of(2019, 12, 20))
                .setSetId("qd-1980-2016")
                .build(),
            ImmutableRecognitionRecord.builder()
                .setUnitCode("002")
                .setLevel(UnitLevel.DISTRICT)
                .setTitle(Title.NTM)
                .setDate(LocalDate.of(2019, 6, 1))
                .setSetId("qd-558-2016-town")
                .build())
        .addDistrictMeasurements(SampleDistricts.locHa2020())
        .putPlans(Title.NTM, Plan.of(2))
        .addVillageCounts(
            ImmutableVillageCount.builder()
                .setLabel(LocalizedText.of("Khu dân cư kiểu mẫu", "Model residential areas"))
                .setActual(60)
                .setPlan(Plan.of(50))
                .setCumulative(500L)
                .build())
        .addOcopProducts(product("A", StarRating.THREE), product("B", StarRating.FOUR))
        .setOcopPlan(Plan.range(1, 3))
        .setFunding(FundingTestData.haTinh2020())
        .addTargets(
            ImmutableShareTarget.builder()
                .setLabel(LocalizedText.of("Xã nông thôn mới kiểu mẫu", "Model communes"))
                .setPercent(BigDecimal.TEN)
                .setOf(182)
                .setReached(5)
                .build())
        .build();
  }

  static OcopProduct product(String name, StarRating star) {
    return OcopProduct.builder()
        .setName(name)
        .setStar(star)
        .setCertifiedOn(LocalDate.of(2020, 11, 1))
        .build();
  }
}
