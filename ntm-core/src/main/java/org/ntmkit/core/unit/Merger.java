package org.ntmkit.core.unit;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.google.common.collect.ImmutableList;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import org.immutables.value.Value;
import org.ntmkit.core.NtmStyle;
import org.ntmkit.core.law.LegalReference;

/**
 * A commune-level unit formed by merging others (sắp xếp đơn vị hành chính), as dated data: the
 * predecessors' codes, the new unit, the day it takes effect and the resolution behind it — e.g.
 * the 2025 arrangement that took Hà Tĩnh from 209 to 69 commune-level units from 01/07/2025.
 *
 * <p>A merged unit inherits no title: whether a title carries over is not in any public source, and
 * in practice merged communes were re-assessed (July 2025 – February 2026), so a recognition
 * decision counts only for the unit it names and only from the unit's existence.
 *
 * <pre>{@code
 * Merger m = Merger.builder().setCode("99001").setName("Xã mẫu A")
 *     .addPredecessorCodes("18001", "18004").setEffective(LocalDate.of(2025, 7, 1))
 *     .setRef(resolution).build();
 * }</pre>
 *
 * <p>JSON: {@code {"code": "99001", "name": "Xã mẫu A", "predecessorCodes": ["18001", "18004"],
 * "effective": "2025-07-01", "ref": {"instrument": "…/NQ-UBTVQH15", "kind": "RESOLUTION"}}}.
 */
@Value.Immutable
@NtmStyle
@JsonSerialize(as = ImmutableMerger.class)
@JsonDeserialize(as = ImmutableMerger.class)
public interface Merger {

  /** The new unit's code. */
  @NotNull
  @CommuneCode
  String getCode();

  /** The new unit's name. */
  @NotBlank
  String getName();

  /** The codes of the units merged into it (one of them may be its own). */
  @NotEmpty
  ImmutableList<@NotNull @CommuneCode String> getPredecessorCodes();

  /** The first day the new unit exists. */
  @NotNull
  LocalDate getEffective();

  /** The resolution that merged them. */
  @NotNull
  @Valid
  LegalReference getRef();

  /** A new builder. */
  static ImmutableMerger.Builder builder() {
    return ImmutableMerger.builder();
  }
}
