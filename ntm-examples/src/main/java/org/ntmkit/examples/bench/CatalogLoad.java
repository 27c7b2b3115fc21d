package org.ntmkit.examples.bench;

import java.util.List;
import org.ntmkit.core.io.NtmJson;
import org.ntmkit.ocop.grading.OcopGrader;
import org.ntmkit.rules.NtmRules;
import org.ntmkit.rules.catalog.CriteriaSet;

/** Reads and validates every bundled catalog afresh (what the first call of a process pays). */
final class CatalogLoad {
  private CatalogLoad() {}

  static Object loadAll() {
    NtmJson json = NtmJson.withLimits(org.ntmkit.core.io.ReadLimits.defaults());
    NtmRules rules = NtmRules.bundled();
    List<CriteriaSet> sets = new java.util.ArrayList<>();
    for (CriteriaSet s : rules.sets().values()) {
      sets.add(json.read(json.write(s), CriteriaSet.class));
    }
    return List.of(
        NtmRules.of(
            json.read(
                json.write(rules.variables()), org.ntmkit.rules.catalog.VariableCatalog.class),
            sets),
        NtmRules.haTinhOverlay(),
        OcopGrader.bundled());
  }
}
