/**
 * Commune criteria: {@link org.ntmkit.rules.criteria.CriteriaSet criteria sets} as versioned
 * catalogs (QĐ 1980/QĐ-TTg, QĐ 691/QĐ-TTg, QĐ 318/QĐ-TTg, QĐ 319/QĐ-TTg, QĐ 51/2025/QĐ-TTg),
 * measured {@link org.ntmkit.rules.criteria.Variable variables} that do not depend on a set, and
 * {@link org.ntmkit.rules.criteria.NtmRules} which evaluates a commune's {@link
 * org.ntmkit.rules.criteria.CommuneMeasurements data} into an explaining {@link
 * org.ntmkit.rules.criteria.Assessment} and {@link org.ntmkit.rules.criteria.TitleAssessment
 * titles}; {@link org.ntmkit.rules.criteria.CatalogOverlay province overlays}; {@link
 * org.ntmkit.rules.criteria.RecognitionRecord recognition records} and the {@link
 * org.ntmkit.rules.criteria.Revocation revocation rule}.
 */
@NullMarked
package org.ntmkit.rules.criteria;

import org.jspecify.annotations.NullMarked;
