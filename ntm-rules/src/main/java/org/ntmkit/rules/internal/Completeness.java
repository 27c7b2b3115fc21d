package org.ntmkit.rules.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.ntmkit.core.explain.Comparison;
import org.ntmkit.core.parameter.Parameter;
import org.ntmkit.core.parameter.ParameterQuery;
import org.ntmkit.core.parameter.ParameterSet;
import org.ntmkit.core.unit.CommuneGroup;
import org.ntmkit.core.unit.Region;
import org.ntmkit.rules.ImmutableCriterionGap;
import org.ntmkit.rules.ImmutableMissingValue;
import org.ntmkit.rules.ImmutableSetCompleteness;
import org.ntmkit.rules.SetCompleteness;
import org.ntmkit.rules.catalog.CriteriaSet;
import org.ntmkit.rules.catalog.Criterion;
import org.ntmkit.rules.catalog.Indicator;
import org.ntmkit.rules.catalog.MissingParameter;
import org.ntmkit.rules.catalog.ThresholdAxis;

/** What a set lacks for a place and date: see {@link SetCompleteness}. */
public final class Completeness {
  private Completeness() {}

  /**
   * The set's gaps for the query's date and its region or group (every region or group of the set's
   * axis when the query has none).
   */
  public static SetCompleteness of(
      CriteriaSet set, Collection<CriteriaSet> all, ParameterSet parameters, ParameterQuery query) {
    ImmutableSetCompleteness.Builder out =
        ImmutableSetCompleteness.builder()
            .setSetId(set.getId())
            .setDate(query.getDate())
            .setRegion(set.getAxis() == ThresholdAxis.REGION ? query.getRegion() : Optional.empty())
            .setGroup(set.getAxis() == ThresholdAxis.GROUP ? query.getGroup() : Optional.empty())
            .setIndicatorsInLaw(set.getIndicatorsInLaw());
    int encoded = 0;
    Map<String, ImmutableMissingValue.Builder> missing = new LinkedHashMap<>();
    List<ParameterQuery> places = places(set, query);
    for (Criterion c : set.getCriteria()) {
      encoded += c.getIndicators().size();
      if (!c.isFullyKnown()) {
        out.addCriteriaIncomplete(
            ImmutableCriterionGap.builder()
                .setNumber(c.getNumber())
                .setName(c.getName())
                .setIndicatorsEncoded(c.getIndicators().size())
                .setNote(c.getNote())
                .build());
      }
      for (Indicator i : Indicator.flatten(c.getIndicators())) {
        for (String id : i.parameterIds()) {
          Optional<Comparison> comparison =
              i instanceof Indicator.Compared cmp && cmp.getParameter().equals(id)
                  ? Optional.of(cmp.getComparison())
                  : Optional.empty();
          for (ParameterQuery place : places) {
            if (parameters.find(id, place).isEmpty()) {
              String key = id + '|' + place.getRegion() + '|' + place.getGroup();
              missing
                  .computeIfAbsent(
                      key, k -> missingValue(set, all, parameters, id, place, comparison))
                  .addIndicatorIds(i.getId());
            }
          }
        }
      }
    }
    missing.values().forEach(b -> out.addMissingValues(b.build()));
    return out.setIndicatorsEncoded(encoded).build();
  }

  /** The queries for the place asked about, or for every place of the set's axis. */
  private static List<ParameterQuery> places(CriteriaSet set, ParameterQuery query) {
    List<ParameterQuery> places = new ArrayList<>();
    LocalDate date = query.getDate();
    if (set.getAxis() == ThresholdAxis.GROUP) {
      query
          .getGroup()
          .ifPresentOrElse(
              g -> places.add(ParameterQuery.of(date, g)),
              () ->
                  Arrays.stream(CommuneGroup.values())
                      .forEach(g -> places.add(ParameterQuery.of(date, g))));
    } else {
      query
          .getRegion()
          .ifPresentOrElse(
              r -> places.add(ParameterQuery.of(date, r)),
              () ->
                  Arrays.stream(Region.values())
                      .forEach(r -> places.add(ParameterQuery.of(date, r))));
    }
    return places;
  }

  private static ImmutableMissingValue.Builder missingValue(
      CriteriaSet set,
      Collection<CriteriaSet> all,
      ParameterSet parameters,
      String id,
      ParameterQuery place,
      Optional<Comparison> comparison) {
    ImmutableMissingValue.Builder b =
        ImmutableMissingValue.builder()
            .setParameterId(id)
            .setComparison(comparison)
            .setRegion(place.getRegion())
            .setGroup(place.getGroup());
    Parameter p = parameters.byId().get(id);
    if (p != null) {
      return b.setLabel(p.getLabel())
          .setUnit(p.getUnit())
          .setNotFoundAnywhere(p.getValues().isEmpty())
          .setProvision(
              p.getValues().isEmpty()
                  ? Optional.of(set.getRef())
                  : Optional.of(p.getValues().get(0).getRef()));
    }
    // The catalog checks guarantee an indicator's parameter is declared, by a set if not above.
    MissingParameter m =
        all.stream()
            .flatMap(s -> s.getMissingParameters().stream())
            .filter(x -> x.getId().equals(id))
            .findFirst()
            .orElseThrow();
    return b.setLabel(m.getLabel())
        .setUnit(m.getUnit())
        .setNotFoundAnywhere(true)
        .setProvision(set.getRef())
        .setNote(m.getNote());
  }
}
