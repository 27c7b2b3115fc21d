/**
 * Commune criteria: {@link org.ntmkit.rules.commune.CriteriaSet criteria sets} as versioned
 * catalogs (QĐ 1980/QĐ-TTg, QĐ 691/QĐ-TTg, QĐ 318/QĐ-TTg, QĐ 319/QĐ-TTg, QĐ 51/2025/QĐ-TTg),
 * measured {@link org.ntmkit.rules.commune.Variable variables} that do not depend on a set, and
 * {@link org.ntmkit.rules.commune.CommuneRules} which evaluates a commune's {@link
 * org.ntmkit.rules.commune.CommuneMeasurements data} into an explaining {@link
 * org.ntmkit.rules.commune.CommuneAssessment} and {@link org.ntmkit.rules.commune.TitleAssessment
 * titles}; {@link org.ntmkit.rules.commune.CatalogOverlay province overlays}; {@link
 * org.ntmkit.rules.commune.RecognitionRecord recognition records} and the {@link
 * org.ntmkit.rules.commune.Revocation revocation rule}.
 */
package org.ntmkit.rules.commune;
