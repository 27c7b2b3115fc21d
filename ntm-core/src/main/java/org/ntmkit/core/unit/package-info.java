/**
 * Administrative units with their official codes — {@link org.ntmkit.core.unit.Province}, {@link
 * org.ntmkit.core.unit.District} (with its {@link org.ntmkit.core.unit.DistrictKind kind}), {@link
 * org.ntmkit.core.unit.Commune}, {@link org.ntmkit.core.unit.Village} — and the axes along which
 * thresholds differ: the seven {@link org.ntmkit.core.unit.Region regions} (2016–2025) and the
 * three {@link org.ntmkit.core.unit.CommuneGroup commune groups} (from 2026).
 */
@NullMarked
package org.ntmkit.core.unit;

import org.jspecify.annotations.NullMarked;
