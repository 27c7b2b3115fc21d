/**
 * Where a value of the law comes from: {@link org.ntmkit.core.law.LegalReference} (instrument,
 * dates, provision, address) and {@link org.ntmkit.core.law.Provenance} (official text, secondary
 * source, inferred).
 */
@NullMarked
package org.ntmkit.core.law;

import org.jspecify.annotations.NullMarked;
