/**
 * NTM rules. So far: the commune {@link org.ntmkit.rules.Title titles}; criteria catalogs and
 * evaluators follow (see the project's issues).
 */
package org.ntmkit.rules;
