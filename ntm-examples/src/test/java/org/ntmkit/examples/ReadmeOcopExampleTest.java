package org.ntmkit.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.ntmkit.core.io.NtmJson;
import org.ntmkit.ocop.CertificationLevel;
import org.ntmkit.ocop.StarRating;
import org.ntmkit.ocop.certificate.CertificateRules;
import org.ntmkit.ocop.certificate.CertificateStatus;
import org.ntmkit.ocop.certificate.OcopCertificate;
import org.ntmkit.ocop.grading.CouncilEvaluation;
import org.ntmkit.ocop.grading.OcopGrade;
import org.ntmkit.ocop.grading.OcopGrader;

/** The README's OCOP example, through the public API only, from a JSON document. */
class ReadmeOcopExampleTest {

  /** The worked example of ocop-and-funding.md §A.9 as a council of five (63, 61, 66, 64, 62). */
  private static byte[] evaluationJson() {
    Map<String, String> a = new LinkedHashMap<>();
    String[] choices = {
      "A1.1=c", "A1.2=b", "A1.3=b", "A1.4=b", "A1.5=c", "A1.6=a", "A2.1=d", "A2.2=c", "A2.3=b",
      "A3.1=c", "A3.2a=b", "A3.2b=b", "A3.3=b", "A3.4=b", "A3.5=b", "B1.1=b", "B1.2=b", "B1.3=c",
      "B2.1=d", "B2.2=c", "B2.3=b", "C1.1=c", "C1.2=d", "C1.3=d", "C1.4=c", "C1.5=c", "C2=b",
      "C3=b", "C4.1=c", "C4.2=d", "C5=e", "C6=a"
    };
    for (String c : choices) {
      a.put(c.split("=")[0], c.split("=")[1]);
    }
    StringBuilder members = new StringBuilder();
    String[][] changes = {{}, {"C1.1", "a"}, {"C1.2", "e"}, {"C2", "c"}, {"C2", "a"}};
    for (int m = 0; m < changes.length; m++) {
      Map<String, String> answers = new LinkedHashMap<>(a);
      if (changes[m].length == 2) {
        answers.put(changes[m][0], changes[m][1]);
      }
      members
          .append(m == 0 ? "" : ",")
          .append("{\"member\": \"")
          .append(m + 1)
          .append("\", \"answers\": {");
      int i = 0;
      for (Map.Entry<String, String> e : answers.entrySet()) {
        members
            .append(i++ == 0 ? "" : ",")
            .append('"')
            .append(e.getKey())
            .append("\": \"")
            .append(e.getValue())
            .append('"');
      }
      members.append("}}");
    }
    return ("{\"product\": \"Rau sạch VietGAP\", \"sheetId\": \"qd1048.fresh-produce\","
            + " \"date\": \"2020-10-15\", \"councilLevel\": \"PROVINCE\", \"sector\": \"FOOD\","
            + " \"minimumsGroup\": 1, \"members\": ["
            + members
            + "],"
            + " \"minimums\": {\"781.C.3star.standardDeclared\": true,"
            + " \"781.C.3star.internalControlTraceability\": true}}")
        .getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void gradingAProductInAFewLines() {
    CouncilEvaluation e = NtmJson.defaults().read(evaluationJson(), CouncilEvaluation.class);
    OcopGrade grade = OcopGrader.bundled().grade(e);

    assertEquals(new BigDecimal("63.20"), grade.getAverageForDisplay());
    assertEquals(Optional.of(StarRating.THREE), grade.getStar());
    assertEquals(Optional.of(CertificationLevel.PROVINCE), grade.getCertifyingLevel());
    assertFalse(grade.getCaveats().isEmpty());

    OcopCertificate certificate =
        OcopCertificate.builder()
            .setProduct(e.getProduct())
            .setStar(StarRating.THREE)
            .setDecisionDate(LocalDate.of(2020, 11, 20))
            .setIssuer(CertificationLevel.PROVINCE)
            .build();
    assertEquals(
        Optional.of(CertificateStatus.EXPIRING_SOON),
        CertificateRules.bundled().status(certificate, LocalDate.of(2023, 11, 1)));
  }
}
