package org.ntmkit.rules.testing;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.ntmkit.core.quantity.Ratio;
import org.ntmkit.core.unit.Commune;
import org.ntmkit.core.unit.Region;
import org.ntmkit.rules.measurement.ImmutableCommuneMeasurements;

/** Sample communes for tests: NCC 2020 and one per region, with realistic measurements. */
public final class SampleCommunes {
  private SampleCommunes() {}

  public static Commune commune(Region region) {
    return Commune.builder()
        .setCode("00001")
        .setName("Xã Mẫu")
        .setProvinceCode("42")
        .setDistrictCode("001")
        .setRegion(region)
        .build();
  }

  /**
   * A North Central Coast commune on 31/12/2020 that meets every QĐ 1980 value known for its region
   * (and gives data for the indicators whose values are NOT FOUND too).
   */
  public static ImmutableCommuneMeasurements ncc2020() {
    return ImmutableCommuneMeasurements.builder()
        .setCommune(commune(Region.NORTH_CENTRAL_COAST))
        .setDate(LocalDate.of(2020, 12, 31))
        .putFlags("plan.approvedAndPublished", true)
        .putFlags("plan.managementRegulation", true)
        .putRatios("roads.communePaved", Ratio.of(new BigDecimal("12.5"), new BigDecimal("12.5")))
        .putRatios("roads.villageHardened", Ratio.of(20, 25))
        .putRatios("roads.lanesClean", Ratio.of(30, 40))
        .putRatios("roads.inFieldPassable", Ratio.of(10, 20))
        .putRatios("irrigation.activeArea", Ratio.of(400, 480))
        .putFlags("disaster.onSpotReadiness", true)
        .putFlags("electricity.systemStandard", true)
        .putRatios("electricity.householdsSafeSupply", Ratio.of(1990, 2000))
        .putRatios("schools.nationalStandard", Ratio.of(3, 4))
        .putFlags("culture.communeCentreAndSportsGround", true)
        .putFlags("culture.playSpotsForChildrenElderly", true)
        .putRatios("villages.withCulturalHouse", Ratio.of(10, 10))
        .putFlags("commerce.infrastructureNeeded", true)
        .putFlags("commerce.marketOrTradingPlace", true)
        .putFlags("ict.postalPoint", true)
        .putFlags("ict.telecomInternet", true)
        .putFlags("ict.radioLoudspeakers", true)
        .putFlags("ict.itInAdministration", true)
        .putNumbers("housing.temporaryHouses", BigDecimal.ZERO)
        .putRatios("housing.standard", Ratio.of(1700, 2000))
        .putNumbers("income.perCapita", new BigDecimal("37500000"))
        .putRatios("poverty.multidimensional", Ratio.of(60, 2000))
        .putRatios("labour.employed", Ratio.of(4600, 5000))
        .putFlags("production.cooperativeLaw2012", true)
        .putFlags("production.linkageModel", true)
        .putFlags("education.universalAndLiteracy", true)
        .putRatios("education.lowerSecondaryContinuing", Ratio.of(90, 100))
        .putRatios("labour.trainedEmployed", Ratio.of(2100, 5000))
        .putRatios("health.insuranceCoverage", Ratio.of(8600, 10000))
        .putFlags("health.nationalCriteria", true)
        .putRatios("health.stuntingUnder5", Ratio.of(200, 1000))
        .putRatios("villages.cultural", Ratio.of(7, 10))
        .putRatios("water.hygienic", Ratio.of(1980, 2000))
        .putRatios("water.clean", Ratio.of(1300, 2000))
        .putRatios("environment.businessesCompliant", Ratio.of(15, 15))
        .putFlags("environment.greenCleanLandscape", true)
        .putFlags("environment.burialCompliant", true)
        .putFlags("environment.wasteCollectedTreated", true)
        .putRatios("sanitation.threeClean", Ratio.of(1500, 2000))
        .putRatios("livestock.hygienicPens", Ratio.of(500, 700))
        .putRatios("foodSafety.compliant", Ratio.of(40, 40))
        .putFlags("officials.meetStandards", true)
        .putFlags("politicalSystem.organisationsComplete", true)
        .putFlags("politicalSystem.partyGovernmentRated", true)
        .putFlags("politicalSystem.organisationsRated", true)
        .putFlags("law.accessStandard", true)
        .putFlags("society.genderEqualityProtection", true)
        .putFlags("defence.militiaStrong", true)
        .putFlags("security.safeOrder", true)
        .build();
  }

  public static ImmutableCommuneMeasurements in(Region region) {
    return ncc2020().withCommune(commune(region));
  }
}
