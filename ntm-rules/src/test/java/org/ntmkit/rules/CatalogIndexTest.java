package org.ntmkit.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.ntmkit.core.io.BundledResources;

/**
 * Every catalog file shipped is listed in the catalog index, and every file listed is shipped: a
 * file added without its line (or a line without its file) fails here, not silently at run time.
 */
class CatalogIndexTest {

  private static final Path FOLDER = Path.of("src/main/resources/org/ntmkit/rules/catalog");

  @Test
  void theIndexListsExactlyTheCatalogFiles() throws IOException {
    BundledResources index =
        BundledResources.of(NtmRules.class::getResourceAsStream, "/org/ntmkit/rules/catalog/");
    List<String> listed = new ArrayList<>();
    index.groups().forEach(g -> listed.addAll(index.names(g)));
    TreeSet<String> shipped = new TreeSet<>();
    try (Stream<Path> files = Files.walk(FOLDER)) {
      files
          .filter(p -> p.toString().endsWith(".json") && !p.endsWith("index.json"))
          .forEach(p -> shipped.add(FOLDER.relativize(p).toString().replace('\\', '/')));
    }
    assertEquals(shipped, new TreeSet<>(listed));
    assertEquals(listed.size(), shipped.size(), "no file listed twice");
    assertEquals(20, index.names("sets").size(), "the 20 bundled sets");
  }
}
