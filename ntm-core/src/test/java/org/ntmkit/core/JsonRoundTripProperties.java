package org.ntmkit.core;

import static org.junit.jupiter.api.Assertions.assertEquals;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.ntmkit.core.explain.Explanation;
import org.ntmkit.core.io.InputProblem;
import org.ntmkit.core.io.NtmJson;
import org.ntmkit.core.io.ProblemCode;
import org.ntmkit.core.law.LegalReference;
import org.ntmkit.core.parameter.Parameter;
import org.ntmkit.core.parameter.ParameterOverlay;
import org.ntmkit.core.parameter.ParameterSet;
import org.ntmkit.core.parameter.ParameterValue;
import org.ntmkit.core.quantity.Money;
import org.ntmkit.core.quantity.Percentage;
import org.ntmkit.core.quantity.Ratio;
import org.ntmkit.core.unit.Commune;
import org.ntmkit.core.unit.District;
import org.ntmkit.core.unit.Province;
import org.ntmkit.core.unit.Village;

/** Every value type survives write → read (with validation) unchanged. */
class JsonRoundTripProperties {

  private static final NtmJson JSON = NtmJson.defaults();

  private static <T> void roundTrip(T value, Class<T> type) {
    String text = JSON.write(value);
    assertEquals(value, JSON.read(text, type), text);
  }

  @Property(tries = 300)
  void localizedText(@ForAll("localizedText") LocalizedText v) {
    roundTrip(v, LocalizedText.class);
  }

  @Property(tries = 300)
  void legalReference(@ForAll("legalReference") LegalReference v) {
    roundTrip(v, LegalReference.class);
  }

  @Property(tries = 300)
  void ratio(@ForAll("ratio") Ratio v) {
    roundTrip(v, Ratio.class);
  }

  @Property(tries = 300)
  void percentage(@ForAll("percentage") Percentage v) {
    roundTrip(v, Percentage.class);
  }

  @Property(tries = 300)
  void money(@ForAll("money") Money v) {
    roundTrip(v, Money.class);
  }

  @Property(tries = 300)
  void province(@ForAll("province") Province v) {
    roundTrip(v, Province.class);
  }

  @Property(tries = 300)
  void district(@ForAll("district") District v) {
    roundTrip(v, District.class);
  }

  @Property(tries = 300)
  void commune(@ForAll("commune") Commune v) {
    roundTrip(v, Commune.class);
  }

  @Property(tries = 300)
  void village(@ForAll("village") Village v) {
    roundTrip(v, Village.class);
  }

  @Property(tries = 300)
  void parameterValue(@ForAll("parameterValue") ParameterValue v) {
    roundTrip(v, ParameterValue.class);
  }

  @Property(tries = 200)
  void parameter(@ForAll("parameter") Parameter v) {
    roundTrip(v, Parameter.class);
  }

  @Property(tries = 100)
  void parameterSet(@ForAll("parameterSet") ParameterSet v) {
    roundTrip(v, ParameterSet.class);
  }

  @Property(tries = 100)
  void parameterOverlay(@ForAll("parameterOverlay") ParameterOverlay v) {
    roundTrip(v, ParameterOverlay.class);
  }

  @Property(tries = 200)
  void explanation(@ForAll("explanation") Explanation v) {
    roundTrip(v, Explanation.class);
  }

  @Property(tries = 200)
  void inputProblem(@ForAll("inputProblem") InputProblem v) {
    roundTrip(v, InputProblem.class);
  }

  @Provide
  Arbitrary<InputProblem> inputProblem() {
    return Combinators.combine(
            CoreArbitraries.text(),
            Arbitraries.of(ProblemCode.class),
            CoreArbitraries.localizedText(),
            CoreArbitraries.text().optional())
        .as(
            (path, code, message, rejected) ->
                rejected.isPresent()
                    ? InputProblem.of("$." + path, code, message, rejected.get())
                    : InputProblem.of("$." + path, code, message));
  }

  @Provide
  Arbitrary<LocalizedText> localizedText() {
    return CoreArbitraries.localizedText();
  }

  @Provide
  Arbitrary<LegalReference> legalReference() {
    return CoreArbitraries.legalReference();
  }

  @Provide
  Arbitrary<Ratio> ratio() {
    return CoreArbitraries.ratio();
  }

  @Provide
  Arbitrary<Percentage> percentage() {
    return CoreArbitraries.percentage();
  }

  @Provide
  Arbitrary<Money> money() {
    return CoreArbitraries.money();
  }

  @Provide
  Arbitrary<Province> province() {
    return CoreArbitraries.province();
  }

  @Provide
  Arbitrary<District> district() {
    return CoreArbitraries.district();
  }

  @Provide
  Arbitrary<Commune> commune() {
    return CoreArbitraries.commune();
  }

  @Provide
  Arbitrary<Village> village() {
    return CoreArbitraries.village();
  }

  @Provide
  Arbitrary<ParameterValue> parameterValue() {
    return CoreArbitraries.parameterValue();
  }

  @Provide
  Arbitrary<Parameter> parameter() {
    return CoreArbitraries.parameter();
  }

  @Provide
  Arbitrary<ParameterSet> parameterSet() {
    return CoreArbitraries.parameterSet();
  }

  @Provide
  Arbitrary<ParameterOverlay> parameterOverlay() {
    return CoreArbitraries.parameterOverlay();
  }

  @Provide
  Arbitrary<Explanation> explanation() {
    return CoreArbitraries.explanation();
  }
}
