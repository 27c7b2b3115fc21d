/**
 * NTM rules: the commune {@link org.ntmkit.rules.Title titles}; commune criteria and their
 * evaluation live in {@link org.ntmkit.rules.criteria}. Districts, provinces, villages, funding and
 * reports follow (see the project's issues).
 */
@NullMarked
package org.ntmkit.rules;

import org.jspecify.annotations.NullMarked;
