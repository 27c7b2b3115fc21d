/**
 * The evaluation engine (not exported; not API).
 *
 * <ul>
 *   <li>{@link org.ntmkit.rules.internal.Engine} — what {@code NtmRules} calls: data checks,
 *       catalog checks, evaluation.
 *   <li>{@code SetEvaluator} — one evaluation: criteria, Kleene conjunctions, the {@code
 *       Indicator.Visitor} that hands each indicator to its rule.
 *   <li>Rules, one per kind of indicator ({@code IndicatorRule}): {@code RatioRule}, {@code
 *       NumberRule}, {@code MemberRule}, {@code CompositeRule}; flags are fixed nodes.
 *   <li>{@code Node}, {@code FixedNodes} — explanation nodes, and those shared per set.
 *   <li>{@code Wording} — every sentence of the explanations, in both languages.
 *   <li>{@code EvaluationContext}, {@code CatalogChecks}, {@link
 *       org.ntmkit.rules.internal.Subject}.
 * </ul>
 */
@NullMarked
package org.ntmkit.rules.internal;

import org.jspecify.annotations.NullMarked;
