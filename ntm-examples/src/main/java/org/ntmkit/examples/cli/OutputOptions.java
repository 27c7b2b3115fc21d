package org.ntmkit.examples.cli;

import org.ntmkit.core.Language;
import picocli.CommandLine.Option;

/** {@code --format} and {@code --lang}, shared by every command. */
public final class OutputOptions {

  @Option(
      names = "--format",
      paramLabel = "text|json|md|html",
      description = "Output format (default: ${DEFAULT-VALUE}).",
      defaultValue = "text")
  Format format = Format.TEXT;

  @Option(
      names = "--lang",
      paramLabel = "vi|en",
      description = "Language of the text (default: ${DEFAULT-VALUE}).",
      defaultValue = "vi")
  Language lang = Language.VI;
}
