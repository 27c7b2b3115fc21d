package org.ntmkit.ocop;

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

/** Every OCOP catalog file shipped is listed in the index, and every file listed is shipped. */
class OcopIndexTest {

  private static final Path FOLDER = Path.of("src/main/resources/org/ntmkit/ocop");

  @Test
  void theIndexListsExactlyTheCatalogFiles() throws IOException {
    BundledResources index =
        BundledResources.of(OcopGrader.class::getResourceAsStream, "/org/ntmkit/ocop/");
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
  }
}
