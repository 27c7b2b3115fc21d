package org.ntmkit.rules.catalog;

/** What a criteria catalog is for. */
public enum SetPurpose {
  /** The criteria of a title (bộ tiêu chí). */
  CRITERIA,
  /** The further conditions of recognition (residents' satisfaction, no construction debt, …). */
  RECOGNITION_CONDITIONS
}
