/**
 * The explanation tree every evaluation returns: {@link org.ntmkit.core.explain.Explanation} nodes
 * with the measured and required values, the {@link org.ntmkit.core.explain.Comparison}, the
 * outcome, the gap, the legal references and the provenance.
 */
@NullMarked
package org.ntmkit.core.explain;

import org.jspecify.annotations.NullMarked;
