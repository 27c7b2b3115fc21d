package org.ntmkit.core.unit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.ntmkit.core.Language;

class UnitsTest {

  @Test
  void regionsByTheirShortCodes() {
    for (Region r : Region.values()) {
      assertEquals(r, Region.fromCode(r.code()));
    }
    assertEquals(Region.NORTH_CENTRAL_COAST, Region.fromCode("NCC"));
    assertEquals("Bắc Trung Bộ", Region.NORTH_CENTRAL_COAST.label().get(Language.VI));
    assertThrows(IllegalArgumentException.class, () -> Region.fromCode("XYZ"));
  }

  @Test
  void kindsAndGroupsHaveBilingualLabels() {
    assertEquals("Thị xã", DistrictKind.TOWN.label().getVi());
    assertEquals("Group 2 (other communes)", CommuneGroup.GROUP_2.label().getEn());
  }

  @Test
  void communeGroupsByTheNumberTheLawGivesThem() {
    // QĐ 51/2025/QĐ-TTg: xã nhóm 1, 2, 3.
    for (CommuneGroup g : CommuneGroup.values()) {
      assertEquals(g, CommuneGroup.fromCode(g.code()));
      assertEquals(g, CommuneGroup.fromCode(g.name().toLowerCase(java.util.Locale.ROOT)));
    }
    assertEquals("1", CommuneGroup.GROUP_1.code());
    assertEquals(CommuneGroup.GROUP_3, CommuneGroup.fromCode(" 3 "));
    assertThrows(IllegalArgumentException.class, () -> CommuneGroup.fromCode("4"));
    assertThrows(IllegalArgumentException.class, () -> CommuneGroup.fromCode("0"));
  }

  @Test
  void districtsEndOnTheFirstDayOfTwoTierGovernment() {
    assertEquals(java.time.LocalDate.of(2025, 7, 1), District.ABOLISHED_ON);
  }

  @Test
  void aMergerIsDatedDataAndNeedsItsPredecessors() {
    org.ntmkit.core.io.NtmJson json = org.ntmkit.core.io.NtmJson.defaults();
    String doc =
        "{\"code\": \"99001\", \"name\": \"Xã mẫu A\", \"predecessorCodes\": [%s],"
            + " \"effective\": \"2025-07-01\","
            + " \"ref\": {\"instrument\": \"VÍ DỤ/NQ-UBTVQH15\", \"kind\": \"RESOLUTION\"}}";
    Merger m = json.read(String.format(doc, "\"18001\", \"18004\""), Merger.class);
    assertEquals(java.util.List.of("18001", "18004"), m.getPredecessorCodes());
    assertEquals(District.ABOLISHED_ON, m.getEffective());
    org.ntmkit.core.io.InvalidInputException e =
        assertThrows(
            org.ntmkit.core.io.InvalidInputException.class,
            () -> json.read(String.format(doc, ""), Merger.class));
    assertEquals("$.predecessorCodes", e.getProblems().get(0).getPath());
    org.ntmkit.core.io.InvalidInputException bad =
        assertThrows(
            org.ntmkit.core.io.InvalidInputException.class,
            () -> json.read(String.format(doc, "\"1800\""), Merger.class));
    assertEquals("$.predecessorCodes[0]", bad.getProblems().get(0).getPath());
  }
}
