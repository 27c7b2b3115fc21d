package org.ntmkit.examples.cli;

/** Output formats of the {@code ntm} commands. */
public enum Format {
  /** Aligned plain text for a terminal. */
  TEXT,
  /** JSON, documented and stable (see the README). */
  JSON,
  /** Markdown tables. */
  MD,
  /** A self-contained HTML page (the report only). */
  HTML
}
