package org.ntmkit.ocop.grading;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.google.common.collect.ImmutableList;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;
import org.ntmkit.core.LocalizedText;
import org.ntmkit.core.NtmStyle;
import org.ntmkit.core.law.Dated;
import org.ntmkit.core.law.LegalReference;
import org.ntmkit.core.law.Provenance;
import org.ntmkit.ocop.OcopCriteriaSet;
import org.ntmkit.ocop.Sector;

/**
 * The minimum requirements per star of a criteria set, as far as they are known, with the parts
 * that are not ({@link #getGaps()}): a grade that rests on an incomplete set says so.
 */
@Value.Immutable
@NtmStyle
@JsonSerialize(as = ImmutableMinimumRequirementSet.class)
@JsonDeserialize(as = ImmutableMinimumRequirementSet.class)
public interface MinimumRequirementSet extends Dated {

  /** A short identifier, e.g. {@code "qd781"}. */
  @NotBlank
  String getId();

  /** The criteria set it belongs to. */
  @NotNull
  OcopCriteriaSet getCriteriaSet();

  /** The first day it applies (QĐ 781/QĐ-TTg: 08/06/2020). */
  @NotNull
  @Override
  LocalDate getFrom();

  /** The first day it no longer applies; absent while in force. */
  @Override
  Optional<LocalDate> getTo();

  /** Its legal source. */
  @NotNull
  @Valid
  LegalReference getRef();

  /** How sure its content is. */
  @NotNull
  Provenance getProvenance();

  /** Sectors it does not apply to (community tourism under QĐ 781). */
  ImmutableList<@NotNull Sector> getExemptSectors();

  /** The requirements known. */
  ImmutableList<@NotNull @Valid MinimumRequirement> getRequirements();

  /** What is known to exist but could not be read (NOT FOUND). */
  ImmutableList<@NotNull @Valid LocalizedText> getGaps();

  /** A remark on the source. */
  Optional<String> getNote();
}
