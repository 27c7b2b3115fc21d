package org.ntmkit.rules.catalog;

/** What a criteria catalog is for. */
public enum SetPurpose {
  /** The criteria of a title (bộ tiêu chí). */
  CRITERIA,
  /** The further conditions of recognition (residents' satisfaction, no construction debt, …). */
  RECOGNITION_CONDITIONS,
  /**
   * The targets of a programme or scheme (mục tiêu của đề án), measured like criteria but never a
   * title: e.g. QĐ 2114/QĐ-TTg's targets for Hà Tĩnh's 2021–2025 pilot. Only evaluated when named.
   */
  PROGRAMME_TARGETS
}
