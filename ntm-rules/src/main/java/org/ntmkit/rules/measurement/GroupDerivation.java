package org.ntmkit.rules.measurement;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;
import org.ntmkit.core.LocalizedText;
import org.ntmkit.core.NtmStyle;
import org.ntmkit.core.law.InstrumentKind;
import org.ntmkit.core.law.LegalReference;
import org.ntmkit.core.law.Provenance;
import org.ntmkit.core.unit.CommuneGroup;

/**
 * A commune's group of QĐ 51/2025/QĐ-TTg derived from the group definitions, with why — or no
 * group, and why not. The caller normally gives the group ({@code commune.group}); this derives it
 * from four yes/no facts where the caller has them instead.
 *
 * <p>The definitions (as reported by secondary sources): group 1 — borders an urban area and is
 * oriented to become urban, or agriculture is under 10% of its economy, or it is oriented to become
 * a new urban area; group 3 — a region II or III commune of the ethnic-minority and mountainous
 * area; group 2 — neither. The order of the tests (group 3, then group 1, otherwise group 2) is
 * INFERRED; what applies to a commune meeting both the group 1 and the group 3 definitions is NOT
 * FOUND, so such a commune gets no group (its group-dependent thresholds stay undetermined), and so
 * does a commune whose facts do not settle it.
 *
 * <pre>{@code
 * GroupDerivation g = GroupDerivation.of(data);   // flags group.agricultureUnderTenPercent, …
 * g.getGroup();                                   // Optional[GROUP_1]
 * g.getReason().getEn();                          // "group 1: agriculture is under 10% …"
 * CommuneMeasurements withGroup = g.applyTo(data);
 * }</pre>
 */
@Value.Immutable
@NtmStyle
@JsonSerialize(as = ImmutableGroupDerivation.class)
@JsonDeserialize(as = ImmutableGroupDerivation.class)
public interface GroupDerivation {

  /** Flag: borders an existing urban area and is oriented to become urban (group 1). */
  String BORDERING_URBAN = "group.borderingUrbanAndUrbanising";

  /** Flag: agriculture is under 10% of the commune's economy (group 1). */
  String AGRICULTURE_UNDER_10 = "group.agricultureUnderTenPercent";

  /** Flag: oriented to become a new urban area (group 1). */
  String NEW_URBAN_AREA = "group.orientedNewUrbanArea";

  /** Flag: a region II or III commune of the ethnic-minority and mountainous area (group 3). */
  String ETHNIC_MINORITY_REGION = "group.ethnicMinorityRegionIIOrIII";

  /** The group, when the facts settle it. */
  Optional<CommuneGroup> getGroup();

  /** Why this group, or why none. */
  LocalizedText getReason();

  /** How sure the derivation is: {@code INFERRED} (the order of the tests is). */
  @Value.Default
  default Provenance getProvenance() {
    return Provenance.INFERRED;
  }

  /** The definitions' source. */
  @Value.Default
  default LegalReference getRef() {
    return LegalReference.builder()
        .setInstrument("51/2025/QĐ-TTg")
        .setKind(InstrumentKind.DECISION)
        .setProvision("Phụ lục I (nhóm xã)")
        .build();
  }

  /** The data with the derived group; unchanged when there is none or the data give one. */
  default CommuneMeasurements applyTo(CommuneMeasurements data) {
    if (getGroup().isEmpty() || data.getCommune().getGroup().isPresent()) {
      return data;
    }
    return ImmutableCommuneMeasurements.copyOf(data)
        .withCommune(
            org.ntmkit.core.unit.ImmutableCommune.copyOf(data.getCommune())
                .withGroup(getGroup().get()));
  }

  /** Derives the group from the data's four flags (see the class comment). */
  static GroupDerivation of(CommuneMeasurements data) {
    @Nullable Boolean group3 = data.getFlags().get(ETHNIC_MINORITY_REGION);
    @Nullable Boolean group1 = group1(data);
    ImmutableGroupDerivation.Builder out = ImmutableGroupDerivation.builder();
    if (Boolean.TRUE.equals(group3) && Boolean.TRUE.equals(group1)) {
      return out.setReason(
              LocalizedText.of(
                  "xã thỏa cả định nghĩa nhóm 1 và nhóm 3; nhóm nào áp dụng thì KHÔNG TÌM THẤY",
                  "the commune meets both the group 1 and the group 3 definitions; which applies"
                      + " is NOT FOUND"))
          .build();
    }
    if (group3 == null || (group1 == null && !Boolean.FALSE.equals(group3))) {
      return out.setReason(
              LocalizedText.of(
                  "thiếu số liệu để xác định nhóm xã (cần "
                      + ETHNIC_MINORITY_REGION
                      + " và các tiêu chí nhóm 1)",
                  "not enough data to decide the commune group (needs "
                      + ETHNIC_MINORITY_REGION
                      + " and the group 1 facts)"))
          .build();
    }
    if (group3) {
      return out.setGroup(CommuneGroup.GROUP_3)
          .setReason(
              LocalizedText.of(
                  "nhóm 3: xã khu vực II, III vùng đồng bào dân tộc thiểu số và miền núi",
                  "group 3: a region II or III commune of the ethnic-minority and mountainous"
                      + " area"))
          .build();
    }
    if (group1 == null) {
      return out.setReason(
              LocalizedText.of(
                  "thiếu số liệu về các tiêu chí nhóm 1", "no data on the group 1 facts"))
          .build();
    }
    return group1
        ? out.setGroup(CommuneGroup.GROUP_1)
            .setReason(
                LocalizedText.of(
                    "nhóm 1: ven đô và định hướng đô thị, nông nghiệp dưới 10% hoặc định hướng đô"
                        + " thị mới",
                    "group 1: peri-urban and urbanising, agriculture under 10%, or a planned new"
                        + " urban area"))
            .build()
        : out.setGroup(CommuneGroup.GROUP_2)
            .setReason(
                LocalizedText.of(
                    "nhóm 2: không thuộc nhóm 1 và nhóm 3", "group 2: neither group 1 nor group 3"))
            .build();
  }

  /** Whether a group 1 definition holds: true if one does, false if none does, null if unknown. */
  private static @Nullable Boolean group1(CommuneMeasurements data) {
    boolean unknown = false;
    for (String name : new String[] {BORDERING_URBAN, AGRICULTURE_UNDER_10, NEW_URBAN_AREA}) {
      Boolean v = data.getFlags().get(name);
      if (Boolean.TRUE.equals(v)) {
        return true;
      }
      unknown |= v == null;
    }
    return unknown ? null : false;
  }
}
