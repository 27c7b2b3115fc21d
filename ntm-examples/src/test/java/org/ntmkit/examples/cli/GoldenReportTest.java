package org.ntmkit.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The main job's Vietnamese text report on the bundled sample equals the golden file, and the
 * golden file's numbers are the seed report's (shared/domain/seed-digest.md §1–§5, §8).
 *
 * <p>To accept an intended change: {@code java -jar ntm-examples/target/ntm.jar report >
 * ntm-examples/src/test/resources/org/ntmkit/examples/golden/ha-tinh-2020-vi.txt}, then check the
 * numbers against the digest again.
 */
class GoldenReportTest {

  private static String golden() throws IOException {
    try (InputStream in =
        GoldenReportTest.class.getResourceAsStream(
            "/org/ntmkit/examples/golden/ha-tinh-2020-vi.txt")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @Test
  void theVietnameseReportEqualsTheGoldenFile() throws IOException {
    CliRun r = CliRun.of("report", "--sample");
    assertEquals(0, r.exit(), r.err());
    assertEquals(golden(), r.out());
  }

  @Test
  void theGoldenFileCarriesTheSeedsNumbers() throws IOException {
    List<String> lines = golden().lines().toList();
    // §1: communes meeting each criterion and the share of 182, one decimal, decimal comma.
    String[][] criteria = {
      {"2", "Giao thông", "172", "94,5%"},
      {"3", "Thủy lợi", "180", "98,9%"},
      {"4", "Điện", "181", "99,5%"},
      {"5", "Trường học", "176", "96,7%"},
      {"6", "Cơ sở vật chất văn hóa", "175", "96,2%"},
      {"7", "Cơ sở hạ tầng thương mại nông thôn", "181", "99,5%"},
      {"8", "Thông tin và Truyền thông", "181", "99,5%"},
      {"9", "Nhà ở dân cư", "175", "96,2%"},
      {"10", "Thu nhập", "174", "95,6%"},
      {"11", "Hộ nghèo", "175", "96,2%"},
      {"12", "Lao động có việc làm", "181", "99,5%"},
      {"13", "Tổ chức sản xuất", "181", "99,5%"},
      {"14", "Giáo dục", "181", "99,5%"},
      {"15", "Y tế", "181", "99,5%"},
      {"16", "Văn hóa", "180", "98,9%"},
      // 171/182 = 93.96%: 94,0%, where the hand-made report printed 93,9%.
      {"17", "Môi trường và an toàn thực phẩm", "171", "94,0%"},
      {"18", "Hệ thống chính trị và tiếp cận pháp luật", "176", "96,7%"},
      {"19", "Quốc phòng và An ninh", "180", "98,9%"}
    };
    for (String[] c : criteria) {
      assertTrue(
          lines.stream()
              .anyMatch(
                  l ->
                      l.startsWith(c[0] + " ")
                          && l.contains(c[1])
                          && l.matches(".*\\s" + c[2] + "\\s.*")
                          && l.endsWith(c[3])),
          String.join(" ", c));
    }
    // §1 titles: 171 NTM, 17 new of a plan of 15 = 113%; 11 advanced of 5 = 220%; 2 model = 100%.
    assertRow(lines, "Xã đạt chuẩn nông thôn mới ", "171", "17", "15", "113%");
    assertRow(lines, "Xã đạt chuẩn nông thôn mới nâng cao", "11", "11", "5", "220%");
    assertRow(lines, "Xã nông thôn mới kiểu mẫu", "2", "2", "2", "100%");
    // §3 villages; §4 OCOP; §5 funding; §8 a share target turned into a count (10% of 182 → 19).
    assertRow(lines, "Khu dân cư NTM kiểu mẫu", "250", "200", "125%", "678");
    assertRow(lines, "Vườn mẫu", "2.000", "1.500", "133%", "7.244");
    assertRow(lines, "3 sao", "152", "83");
    assertRow(lines, "4 sao", "7", "4");
    assertRow(lines, "Mới trong năm: 87 sản phẩm, kế hoạch 70–90 = 100%");
    assertRow(lines, "Ngân sách trực tiếp thực hiện Chương trình", "1.695.462", "17,7%");
    assertRow(lines, "– Ngân sách trung ương", "724.690", "7,6%");
    assertRow(lines, "– Ngân sách địa phương", "970.772", "10,1%");
    assertRow(lines, "Vốn lồng ghép", "1.040.924", "10,9%");
    assertRow(lines, "Vốn tín dụng", "5.525.307", "57,7%");
    assertRow(lines, "Vốn doanh nghiệp", "170.251", "1,8%");
    assertRow(lines, "Cộng đồng dân cư", "988.261", "10,3%");
    assertRow(lines, "Huy động khác", "158.489", "1,6%");
    assertRow(lines, "Xã NTM kiểu mẫu trước 2025 (≥ 10%)", "19", "2", "17");
    // §2: Lộc Hà fails Transport, Health–Culture–Education and Environment.
    assertRow(
        lines, "Huyện Lộc Hà", "Chưa đạt", "Giao thông; Y tế – Văn hóa – Giáo dục; Môi trường");
    // §1: 11 communes not yet NTM, each meeting at least 15 criteria.
    long notYet =
        lines.stream()
            .filter(l -> l.matches("(Hương Khê|Kỳ Anh) \\d\\d\\s+15\\s.*|Kỳ Lợi\\s+15\\s.*"))
            .count();
    assertEquals(11, notYet);
  }

  private static void assertRow(List<String> lines, String label, String... cells) {
    assertTrue(
        lines.stream()
            .anyMatch(
                l -> {
                  if (!l.startsWith(label)) {
                    return false;
                  }
                  String rest = l.substring(label.length());
                  for (String c : cells) {
                    int i = rest.indexOf(c);
                    if (i < 0) {
                      return false;
                    }
                    rest = rest.substring(i + c.length());
                  }
                  return true;
                }),
        () -> "no row " + label + " " + String.join(" ", cells));
  }
}
