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
}
