/**
 * Recognition decisions and their revocation.
 *
 * <ul>
 *   <li>{@link org.ntmkit.rules.recognition.RecognitionRecord} — a decision recognising (or
 *       revoking) a title.
 *   <li>{@link org.ntmkit.rules.recognition.Revocation} — whether a title must be withdrawn.
 *   <li>{@link org.ntmkit.rules.recognition.RecognitionAuthority} — who recognises which title.
 *   <li>{@link org.ntmkit.rules.recognition.Rollup} — members' titles to a unit's count.
 * </ul>
 */
@NullMarked
package org.ntmkit.rules.recognition;

import org.jspecify.annotations.NullMarked;
