package org.ntmkit.examples.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.ntmkit.rules.NtmRules;
import org.ntmkit.rules.catalog.CatalogOverlay;
import picocli.CommandLine.Option;

/** {@code --overlay}, {@code --date} and {@code --set}: which rules, on which day. */
public final class RulesOptions {

  @Option(
      names = "--overlay",
      paramLabel = "FILE",
      description = "A province overlay or what-if (JSON CatalogOverlay) applied to the rules.")
  @Nullable Path overlay;

  @Option(
      names = "--date",
      paramLabel = "YYYY-MM-DD",
      description = "Assessment date (default: each input's own date).")
  @Nullable LocalDate date;

  @Option(
      names = "--set",
      paramLabel = "ID",
      description = "A criteria set id (see 'ntm catalog sets'); default: the sets in force.")
  @Nullable String set;

  /** The bundled rules, with the overlay if one is given. */
  NtmRules rules() {
    NtmRules bundled = NtmRules.bundled();
    return overlay == null
        ? bundled
        : bundled.withOverlay(InputFiles.readJson(overlay, CatalogOverlay.class));
  }

  Optional<LocalDate> date() {
    return Optional.ofNullable(date);
  }

  Optional<String> set() {
    return Optional.ofNullable(set);
  }
}
