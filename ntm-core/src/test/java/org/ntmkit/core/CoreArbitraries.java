package org.ntmkit.core;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.arbitraries.ListArbitrary;
import org.ntmkit.core.explain.Comparison;
import org.ntmkit.core.explain.Explanation;
import org.ntmkit.core.law.InstrumentKind;
import org.ntmkit.core.law.LegalReference;
import org.ntmkit.core.law.Provenance;
import org.ntmkit.core.parameter.Parameter;
import org.ntmkit.core.parameter.ParameterOverlay;
import org.ntmkit.core.parameter.ParameterOverride;
import org.ntmkit.core.parameter.ParameterSet;
import org.ntmkit.core.parameter.ParameterValue;
import org.ntmkit.core.quantity.MeasureUnit;
import org.ntmkit.core.quantity.Money;
import org.ntmkit.core.quantity.Percentage;
import org.ntmkit.core.quantity.Ratio;
import org.ntmkit.core.unit.Commune;
import org.ntmkit.core.unit.CommuneGroup;
import org.ntmkit.core.unit.District;
import org.ntmkit.core.unit.DistrictKind;
import org.ntmkit.core.unit.Province;
import org.ntmkit.core.unit.Region;
import org.ntmkit.core.unit.Village;

/** jqwik generators of valid core values, for round-trip and invariant properties. */
public final class CoreArbitraries {
  private CoreArbitraries() {}

  /** Vietnamese-looking text, including diacritics. */
  public static Arbitrary<String> text() {
    return Arbitraries.strings()
        .withChars("aăâbcdđeêghiklmnoôơpqrstuưvxyàảãáạằẳẵắặầẩẫấậềểễếệđĐ ")
        .ofMinLength(1)
        .ofMaxLength(30)
        .filter(s -> !s.isBlank());
  }

  public static Arbitrary<LocalizedText> localizedText() {
    return Combinators.combine(text(), text()).as(LocalizedText::of);
  }

  public static Arbitrary<LocalDate> date() {
    return Arbitraries.integers()
        .between(0, 365 * 30)
        .map(d -> LocalDate.of(2010, 1, 1).plusDays(d));
  }

  public static Arbitrary<BigDecimal> decimal() {
    return Arbitraries.bigDecimals()
        .between(BigDecimal.ZERO, new BigDecimal("1000000000"))
        .ofScale(2);
  }

  public static Arbitrary<String> digits(int n) {
    return Arbitraries.strings().numeric().ofLength(n);
  }

  public static Arbitrary<LegalReference> legalReference() {
    return Combinators.combine(
            Arbitraries.of("1980/QĐ-TTg", "318/QĐ-TTg", "51/2025/QĐ-TTg", "148/QĐ-TTg"),
            Arbitraries.of(InstrumentKind.class),
            date().optional(),
            Arbitraries.integers().between(0, 400).optional(),
            text().optional(),
            Arbitraries.of("https://vanban.chinhphu.vn/x", "http://example.org/a").optional())
        .as(
            (instrument, kind, issued, delay, provision, url) ->
                LegalReference.builder()
                    .setInstrument(instrument)
                    .setKind(kind)
                    .setIssued(issued)
                    .setEffective(issued.flatMap(i -> delay.map(i::plusDays)))
                    .setProvision(provision)
                    .setUrl(url)
                    .build());
  }

  public static Arbitrary<Ratio> ratio() {
    return Arbitraries.integers()
        .between(1, 10_000)
        .flatMap(d -> Arbitraries.integers().between(0, d).map(n -> Ratio.of(n, d)));
  }

  public static Arbitrary<Percentage> percentage() {
    return Arbitraries.bigDecimals()
        .between(BigDecimal.ZERO, BigDecimal.valueOf(100))
        .ofScale(1)
        .map(Percentage::of);
  }

  public static Arbitrary<Money> money() {
    return Arbitraries.longs()
        .between(-1_000_000_000_000_000L, 1_000_000_000_000_000L)
        .map(Money::ofDong);
  }

  public static Arbitrary<Province> province() {
    return Combinators.combine(digits(2), text(), Arbitraries.of(Region.class))
        .as((c, n, r) -> Province.builder().setCode(c).setName(n).setRegion(r).build());
  }

  public static Arbitrary<District> district() {
    return Combinators.combine(digits(3), text(), digits(2), Arbitraries.of(DistrictKind.class))
        .as(
            (c, n, p, k) ->
                District.builder().setCode(c).setName(n).setProvinceCode(p).setKind(k).build());
  }

  public static Arbitrary<Commune> commune() {
    return Combinators.combine(
            digits(5),
            text(),
            digits(2),
            digits(3).optional(),
            Arbitraries.of(Region.class),
            Arbitraries.of(CommuneGroup.class).optional())
        .as(
            (c, n, p, d, r, g) ->
                Commune.builder()
                    .setCode(c)
                    .setName(n)
                    .setProvinceCode(p)
                    .setDistrictCode(d)
                    .setRegion(r)
                    .setGroup(g)
                    .build());
  }

  public static Arbitrary<Village> village() {
    return Combinators.combine(text(), text(), digits(5))
        .as((c, n, k) -> Village.builder().setCode(c).setName(n).setCommuneCode(k).build());
  }

  public static Arbitrary<ParameterValue> parameterValue() {
    return Combinators.combine(
            decimal(),
            date(),
            Arbitraries.integers().between(1, 3000).optional(),
            Arbitraries.of(Region.class).optional(),
            Arbitraries.of(CommuneGroup.class).optional(),
            legalReference(),
            Arbitraries.of(Provenance.class),
            text().optional())
        .as(
            (v, from, days, region, group, ref, prov, note) ->
                ParameterValue.builder()
                    .setValue(v)
                    .setFrom(from)
                    .setTo(days.map(from::plusDays))
                    .setRegion(region)
                    .setGroup(group)
                    .setRef(ref)
                    .setProvenance(prov)
                    .setNote(note)
                    .build());
  }

  /** A parameter whose values, one per region, never overlap. */
  public static Arbitrary<Parameter> parameter() {
    return Combinators.combine(
            Arbitraries.strings()
                .withCharRange('a', 'z')
                .ofMinLength(1)
                .ofMaxLength(8)
                .list()
                .ofMinSize(1)
                .ofMaxSize(3),
            localizedText(),
            Arbitraries.of(MeasureUnit.class),
            parameterValue().list().ofMinSize(1).ofMaxSize(7).uniqueElements(v -> v.getRegion()))
        .as(
            (idParts, label, unit, values) ->
                Parameter.builder()
                    .setId(String.join(".", idParts))
                    .setLabel(label)
                    .setUnit(unit)
                    .addAllValues(
                        values.stream()
                            .map(v -> unit.allows(v.getValue()) ? v : percent(v))
                            .toList())
                    .build());
  }

  /** A value brought into 0–100, for a PERCENT parameter. */
  private static ParameterValue percent(ParameterValue v) {
    return org.ntmkit.core.parameter.ImmutableParameterValue.copyOf(v)
        .withValue(v.getValue().remainder(BigDecimal.valueOf(100)));
  }

  public static Arbitrary<ParameterSet> parameterSet() {
    ListArbitrary<Parameter> list =
        parameter().list().ofMaxSize(5).uniqueElements(Parameter::getId);
    return list.map(ParameterSet::of);
  }

  public static Arbitrary<ParameterOverlay> parameterOverlay() {
    Arbitrary<ParameterOverride> override =
        Combinators.combine(parameter(), Arbitraries.of(true, false))
            .as(
                (p, full) ->
                    ParameterOverride.builder()
                        .setParameterId(p.getId())
                        .setUnit(full ? Optional.of(p.getUnit()) : Optional.empty())
                        .setLabel(full ? Optional.of(p.getLabel()) : Optional.empty())
                        .addAllValues(p.getValues())
                        .build());
    return Combinators.combine(text(), localizedText().optional(), override.list().ofMaxSize(3))
        .as(
            (n, d, o) ->
                ParameterOverlay.builder().setName(n).setDescription(d).addAllOverrides(o).build());
  }

  public static Arbitrary<Explanation> explanation() {
    Arbitrary<Explanation> leaf =
        Combinators.combine(
                text(),
                localizedText(),
                Arbitraries.of(Outcome.class),
                decimal().optional(),
                decimal().optional(),
                Arbitraries.of(Comparison.class).optional(),
                localizedText(),
                legalReference().list().ofMaxSize(2))
            .as(
                (s, l, o, m, r, c, msg, refs) ->
                    Explanation.builder()
                        .setSubject(s)
                        .setLabel(l)
                        .setOutcome(o)
                        .setMeasured(m)
                        .setRequired(r)
                        .setComparison(c)
                        .setUnit(Optional.of(MeasureUnit.PERCENT))
                        .setGap(m)
                        .setMessage(msg)
                        .addAllReferences(refs)
                        .setProvenance(Optional.of(Provenance.SECONDARY_SOURCE))
                        .build());
    return Combinators.combine(leaf, leaf.list().ofMaxSize(3))
        .as(
            (root, children) ->
                org.ntmkit.core.explain.ImmutableExplanation.copyOf(root).withChildren(children));
  }
}
