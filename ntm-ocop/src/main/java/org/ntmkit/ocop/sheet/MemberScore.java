package org.ntmkit.ocop.sheet;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import org.immutables.value.Value;
import org.ntmkit.core.NtmStyle;

/** A council member's points: per part (capped) and in total. */
@Value.Immutable
@NtmStyle
@JsonSerialize(as = ImmutableMemberScore.class)
@JsonDeserialize(as = ImmutableMemberScore.class)
public interface MemberScore {

  /** Who answered. */
  String getMember();

  /** Part code → points after the part's cap. */
  ImmutableMap<String, Integer> getPartPoints();

  /** Parts whose points were cut to the cap. */
  ImmutableList<String> getCappedParts();

  /** The member's total, 0 to 100. */
  int getTotal();
}
