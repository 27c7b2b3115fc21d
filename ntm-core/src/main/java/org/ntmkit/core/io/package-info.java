/**
 * Reading and writing JSON: {@link org.ntmkit.core.io.NtmJson} is the one entry point, with safe
 * defaults and {@link org.ntmkit.core.io.ReadLimits}; bad input gives one {@link
 * org.ntmkit.core.io.InvalidInputException} listing every {@link org.ntmkit.core.io.InputProblem}
 * with its JSON path.
 */
@NullMarked
package org.ntmkit.core.io;

import org.jspecify.annotations.NullMarked;
