package org.ntmkit.rules.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.ntmkit.core.LocalizedText;
import org.ntmkit.core.quantity.MeasureUnit;

/**
 * Gaps are worded with the language's separators and money in the unit a reader expects: QĐ 1980's
 * income indicator 10.1 (36 million VND in the North Central Coast, seed-digest.md) short by 1.4
 * million; one đồng short reads "1 đồng", not "0,000001 triệu đồng".
 */
class WordingTest {

  private static final LocalizedText HOUSES = LocalizedText.of("nhà", "houses");

  @Test
  void moneyIsInMillionsWhenThatIsAWholeNumberOfThousands() {
    LocalizedText t =
        Wording.numberGap(true, new BigDecimal("1400000"), MeasureUnit.VND_PER_PERSON_YEAR, HOUSES);
    assertEquals("short by 1.4 million VND", t.getEn());
    assertEquals("còn thiếu 1,4 triệu đồng", t.getVi());
    LocalizedText big =
        Wording.numberGap(true, new BigDecimal("2500000000"), MeasureUnit.VND, HOUSES);
    assertEquals("short by 2,500 million VND", big.getEn());
    assertEquals("còn thiếu 2.500 triệu đồng", big.getVi());
  }

  @Test
  void oneDongShortIsOneDong() {
    LocalizedText t = Wording.numberGap(true, BigDecimal.ONE, MeasureUnit.VND, HOUSES);
    assertEquals("short by 1 VND", t.getEn());
    assertEquals("còn thiếu 1 đồng", t.getVi());
    LocalizedText odd = Wording.numberGap(true, new BigDecimal("1234567"), MeasureUnit.VND, HOUSES);
    assertEquals("short by 1,234,567 VND", odd.getEn());
    assertEquals("còn thiếu 1.234.567 đồng", odd.getVi());
  }

  @Test
  void countsAndSharesUseTheLanguagesSeparators() {
    assertEquals(
        "over by 3 houses",
        Wording.numberGap(false, BigDecimal.valueOf(3), MeasureUnit.COUNT, HOUSES).getEn());
    LocalizedText share = Wording.shareGap(true, new BigDecimal("1250.5"), HOUSES);
    assertEquals("needs 1,250.5 more houses", share.getEn());
    assertEquals("cần thêm 1.250,5 nhà", share.getVi());
    assertEquals("cần giảm 2 nhà", Wording.shareGap(false, BigDecimal.valueOf(2), HOUSES).getVi());
  }
}
