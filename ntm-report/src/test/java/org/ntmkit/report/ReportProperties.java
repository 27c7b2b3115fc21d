package org.ntmkit.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.ntmkit.core.Outcome;
import org.ntmkit.rules.Assessment;
import org.ntmkit.rules.NtmRules;
import org.ntmkit.rules.measurement.CommuneMeasurements;
import org.ntmkit.rules.testing.CommuneArbitraries;

class ReportProperties {

  private static final NtmRules RULES = NtmRules.bundled();

  @Property(tries = 50)
  void reportCountsEqualTheNumberOfMetOutcomes(
      @ForAll("provinces") List<CommuneMeasurements> communes) {
    List<Assessment> assessments =
        communes.stream().map(m -> RULES.evaluate(m, "qd-1980-2016")).toList();
    ProvinceReport r =
        ProvinceReport.of(
            ReportInput.builder()
                .setProvince("P")
                .setDate(LocalDate.of(2020, 12, 31))
                .addAllCommunes(assessments)
                .build());
    for (ProvinceReport.CriterionLine line : r.getCriteria()) {
      long met =
          assessments.stream()
              .filter(a -> a.criterion(line.getNumber()).orElseThrow().getOutcome() == Outcome.MET)
              .count();
      assertEquals(met, line.getMet(), line.getNumber());
      assertEquals(communes.size(), line.getMet() + line.getNotMet() + line.getUndetermined());
    }
  }

  @Provide
  Arbitrary<List<CommuneMeasurements>> provinces() {
    return CommuneArbitraries.measurements(RULES, LocalDate.of(2020, 12, 31))
        .list()
        .uniqueElements(m -> m.getCommune().getCode())
        .ofMinSize(1)
        .ofMaxSize(40);
  }
}
