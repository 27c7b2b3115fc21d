/**
 * The basic vocabulary: {@link org.ntmkit.core.Outcome three-valued outcomes} with Kleene logic,
 * {@link org.ntmkit.core.LocalizedText texts in Vietnamese and English}, the {@link
 * org.ntmkit.core.Language} of output, and the shared Immutables {@link org.ntmkit.core.NtmStyle
 * style}.
 */
@NullMarked
package org.ntmkit.core;

import org.jspecify.annotations.NullMarked;
