/**
 * OCOP score sheets as data — {@link org.ntmkit.ocop.sheet.ScoreSheet} with its {@link
 * org.ntmkit.ocop.sheet.SheetPart parts}, {@link org.ntmkit.ocop.sheet.CriteriaGroup groups},
 * {@link org.ntmkit.ocop.sheet.SheetCriterion criteria} and {@link
 * org.ntmkit.ocop.sheet.AnswerOption options} — and scoring a council member's {@link
 * org.ntmkit.ocop.sheet.MemberAnswers answers} into a {@link org.ntmkit.ocop.sheet.MemberScore}.
 */
@NullMarked
package org.ntmkit.ocop.sheet;

import org.jspecify.annotations.NullMarked;
