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
import org.ntmkit.ocop.grading.OcopGrader;

/**
 * Every catalog file shipped is listed in its module's index, and every file listed is shipped: a
 * file added without its line (or a line without its file) fails here, not silently at run time.
 */
class CatalogIndexTest {

  @Test
  void theNtmIndexListsExactlyTheCatalogFiles() throws IOException {
    List<String> listed =
        listedAndShipped(
            BundledResources.of(NtmRules.class::getResourceAsStream, "/org/ntmkit/rules/catalog/"),
            Path.of("src/main/resources/org/ntmkit/rules/catalog"));
    assertEquals(22, listed.size(), "20 sets, the variables and the Hà Tĩnh overlay");
  }

  @Test
  void theOcopIndexListsExactlyTheCatalogFiles() throws IOException {
    listedAndShipped(
        BundledResources.of(OcopGrader.class::getResourceAsStream, "/org/ntmkit/ocop/"),
        Path.of("../ntm-ocop/src/main/resources/org/ntmkit/ocop"));
  }

  private static List<String> listedAndShipped(BundledResources index, Path folder)
      throws IOException {
    List<String> listed = new ArrayList<>();
    index.groups().forEach(g -> listed.addAll(index.names(g)));
    TreeSet<String> shipped = new TreeSet<>();
    try (Stream<Path> files = Files.walk(folder)) {
      files
          .filter(p -> p.toString().endsWith(".json") && !p.endsWith("index.json"))
          .forEach(p -> shipped.add(folder.relativize(p).toString().replace('\\', '/')));
    }
    assertEquals(shipped, new TreeSet<>(listed));
    assertEquals(listed.size(), shipped.size(), "no file listed twice");
    return listed;
  }
}
