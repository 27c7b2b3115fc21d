package org.ntmkit.rules.funding;

import com.google.common.collect.ImmutableList;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.ntmkit.core.LocalizedText;
import org.ntmkit.core.law.InstrumentKind;
import org.ntmkit.core.law.LegalReference;
import org.ntmkit.core.law.Provenance;
import org.ntmkit.core.parameter.Parameter;
import org.ntmkit.core.parameter.ParameterQuery;
import org.ntmkit.core.parameter.ParameterSet;
import org.ntmkit.core.parameter.ParameterValue;
import org.ntmkit.core.quantity.Apportionment;
import org.ntmkit.core.quantity.MeasureUnit;
import org.ntmkit.core.quantity.Money;

/**
 * Allocating central budget across communes by the coefficients of QĐ 07/2022/QĐ-TTg (commune
 * component, 2022–2025): fewer than 15 criteria, or a safe-zone commune not yet NTM, 5.0; 15–18
 * criteria 3.0; NTM 1.0; especially difficult communes excluded. Each commune's part is
 * proportional to its coefficient, exact to the đồng, and the parts add up to the total.
 *
 * <pre>{@code
 * CentralAllocation a = CentralAllocation.qd07();
 * a.coefficient(status);                               // 5.0, 3.0, 1.0 or 0
 * a.allocate(Money.ofMillions(100_000), statuses);     // one Money per commune, summing to the total
 * }</pre>
 *
 * <p>The district and priority-province components and the counterpart ratios are NOT FOUND: give
 * them as {@link CommuneFundingStatus#getAdditionalCoefficient()} or not at all.
 */
public final class CentralAllocation {

  static final String BELOW_15 = "qd07.coefficient.below15OrSafeZone";
  static final String FROM_15_TO_18 = "qd07.coefficient.from15to18";
  static final String NTM = "qd07.coefficient.ntm";

  private static final LegalReference QD07 =
      LegalReference.builder()
          .setInstrument("07/2022/QĐ-TTg")
          .setKind(InstrumentKind.DECISION)
          .setIssued(LocalDate.of(2022, 3, 25))
          .setEffective(LocalDate.of(2022, 5, 10))
          .setTitle(
              "Nguyên tắc, tiêu chí, định mức phân bổ vốn ngân sách trung ương và tỷ lệ vốn đối ứng"
                  + " của ngân sách địa phương thực hiện Chương trình MTQG xây dựng NTM 2021–2025")
          .build();

  private final ParameterSet parameters;
  private final LocalDate date;

  private CentralAllocation(ParameterSet parameters, LocalDate date) {
    this.parameters = parameters;
    this.date = date;
  }

  /** The QĐ 07/2022/QĐ-TTg coefficients (secondary source, tintuc.thuvienphapluat #40041). */
  public static CentralAllocation qd07() {
    return new CentralAllocation(
        ParameterSet.of(
            List.of(
                coefficient(
                    BELOW_15,
                    "Xã dưới 15 tiêu chí hoặc xã ATK chưa đạt chuẩn",
                    "Commune below 15 criteria, or safe-zone commune not yet NTM",
                    "5.0"),
                coefficient(
                    FROM_15_TO_18,
                    "Xã đạt 15–18 tiêu chí",
                    "Commune meeting 15–18 criteria",
                    "3.0"),
                coefficient(NTM, "Xã đạt chuẩn NTM", "NTM commune", "1.0"))),
        LocalDate.of(2022, 5, 10));
  }

  /** The same rule with other coefficient values (a province's own, or a what-if). */
  public CentralAllocation withParameters(ParameterSet overlaid) {
    return new CentralAllocation(overlaid, date);
  }

  /** The coefficients as parameters, with their sources. */
  public ParameterSet parameters() {
    return parameters;
  }

  private static Parameter coefficient(String id, String vi, String en, String value) {
    return Parameter.builder()
        .setId(id)
        .setLabel(LocalizedText.of(vi, en))
        .setUnit(MeasureUnit.MULTIPLIER)
        .addValues(
            ParameterValue.builder()
                .setValue(new BigDecimal(value))
                .setFrom(LocalDate.of(2022, 5, 10))
                .setTo(LocalDate.of(2026, 1, 1))
                .setRef(QD07)
                .setProvenance(Provenance.SECONDARY_SOURCE)
                .setNote(
                    "Coefficients per commune status at end-2021 (tintuc.thuvienphapluat #40041).")
                .build())
        .build();
  }

  /**
   * A commune's coefficient: 0 for an especially difficult commune, otherwise the status
   * coefficient plus any additional one.
   */
  public BigDecimal coefficient(CommuneFundingStatus s) {
    if (s.isExtremelyDifficult()) {
      return BigDecimal.ZERO;
    }
    String id =
        s.isNtm() ? NTM : (s.getCriteriaMet() < 15 || s.isSafeZone()) ? BELOW_15 : FROM_15_TO_18;
    BigDecimal base =
        parameters
            .find(id, ParameterQuery.builder().setDate(date).build())
            .map(ParameterValue::getValue)
            .orElseThrow(() -> new IllegalStateException("coefficient " + id + " missing"));
    return base.add(s.getAdditionalCoefficient().orElse(BigDecimal.ZERO));
  }

  /**
   * Divides a total among communes in proportion to their coefficients, exact to the đồng; the
   * parts add up to the total (largest remainder).
   *
   * @throws IllegalArgumentException if the total is negative or every coefficient is zero
   */
  public ImmutableList<Money> allocate(Money total, List<CommuneFundingStatus> communes) {
    List<BigDecimal> weights = new ArrayList<>(communes.size());
    communes.forEach(c -> weights.add(coefficient(c)));
    ImmutableList.Builder<Money> out = ImmutableList.builder();
    for (BigInteger part :
        Apportionment.largestRemainder(BigInteger.valueOf(total.dong()), weights)) {
      out.add(Money.ofDong(part.longValueExact()));
    }
    return out.build();
  }

  /**
   * The 2026–2030 rule as reported (secondary source): a village in an extremely difficult area 1;
   * a commune in zone III, safe zone, border, island or special zone 50; zone II 40; zone I 30;
   * other 25 — only the highest applies.
   *
   * @param categories the unit's categories; empty means "other commune"
   */
  public static BigDecimal coefficient2026(List<Category2026> categories) {
    Optional<BigDecimal> max =
        categories.stream().map(Category2026::coefficient).max(BigDecimal::compareTo);
    return max.orElse(Category2026.OTHER_COMMUNE.coefficient());
  }

  /** The unit categories of the reported 2026–2030 allocation rule. */
  public enum Category2026 {
    /** Thôn đặc biệt khó khăn. */
    EXTREMELY_DIFFICULT_VILLAGE("1"),
    /** Xã khu vực III, an toàn khu, biên giới, hải đảo, đặc khu. */
    ZONE_III_SAFE_ZONE_BORDER_ISLAND_SPECIAL("50"),
    /** Xã khu vực II. */
    ZONE_II("40"),
    /** Xã khu vực I. */
    ZONE_I("30"),
    /** Other communes. */
    OTHER_COMMUNE("25");

    private final BigDecimal coefficient;

    Category2026(String coefficient) {
      this.coefficient = new BigDecimal(coefficient);
    }

    /** The coefficient (secondary source: vietnam.vn, 2026). */
    public BigDecimal coefficient() {
      return coefficient;
    }
  }
}
