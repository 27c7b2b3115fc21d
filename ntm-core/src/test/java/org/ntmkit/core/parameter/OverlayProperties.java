package org.ntmkit.core.parameter;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.ntmkit.core.CoreArbitraries;
import org.ntmkit.core.unit.Region;

class OverlayProperties {

  @Property(tries = 300)
  void identityOverlayChangesNothing(@ForAll("sets") ParameterSet set) {
    assertEquals(set, ParameterOverlay.builder().setName("identity").build().applyTo(set));
  }

  @Property(tries = 300)
  void overlayOfAParameterWithItsOwnValuesChangesNoLookup(
      @ForAll("sets") ParameterSet set, @ForAll("dates") LocalDate date, @ForAll Region region) {
    for (Parameter p : set.getParameters()) {
      ParameterOverlay same =
          ParameterOverlay.builder()
              .setName("same")
              .addOverrides(
                  ParameterOverride.builder()
                      .setParameterId(p.getId())
                      .addAllValues(p.getValues())
                      .build())
              .build();
      ParameterSet result = same.applyTo(set);
      ParameterQuery q = ParameterQuery.of(date, region);
      assertEquals(set.find(p.getId(), q), result.find(p.getId(), q));
    }
  }

  @Provide
  Arbitrary<ParameterSet> sets() {
    return CoreArbitraries.parameterSet();
  }

  @Provide
  Arbitrary<LocalDate> dates() {
    return CoreArbitraries.date();
  }
}
