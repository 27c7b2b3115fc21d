package org.ntmkit.examples.bench;

import java.util.List;
import org.ntmkit.core.io.NtmJson;
import org.ntmkit.ocop.grading.OcopGrader;
import org.ntmkit.rules.commune.CommuneRules;
import org.ntmkit.rules.commune.CriteriaSet;

/** Reads and validates every bundled catalog afresh (what the first call of a process pays). */
final class CatalogLoad {
  private CatalogLoad() {}

  static Object loadAll() {
    NtmJson json = NtmJson.withLimits(org.ntmkit.core.io.ReadLimits.defaults());
    CommuneRules rules = CommuneRules.bundled();
    List<CriteriaSet> sets = new java.util.ArrayList<>();
    for (CriteriaSet s : rules.sets().values()) {
      sets.add(json.read(json.write(s), CriteriaSet.class));
    }
    return List.of(
        CommuneRules.of(json.read(json.write(rules.variables()), org.ntmkit.rules.commune.VariableCatalog.class), sets),
        CommuneRules.haTinhOverlay(),
        OcopGrader.bundled());
  }
}
