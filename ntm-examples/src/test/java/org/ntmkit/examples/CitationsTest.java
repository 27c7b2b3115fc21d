package org.ntmkit.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.ntmkit.core.law.Bibliography;
import org.ntmkit.core.law.Source;

/**
 * Every citation in what the project ships resolves inside the repository (issue #16, catalog audit
 * 2026-12 §1.6): each {@code [KEY]} of a catalog note is in the bundled bibliography, each source
 * of the bibliography is cited, no note uses a research note's bare tag ({@code [S8]} meant two
 * sources), and no shipped file points to a document outside the repository.
 */
class CitationsTest {

  private static final Path ROOT = Path.of("").toAbsolutePath().getParent();
  private static final Pattern BARE_TAG = Pattern.compile("\\[[SRPXLV]\\d+[a-z]?\\]");
  private static final Pattern MD_PATH =
      Pattern.compile("(?<![\\w.])(?:[\\w-]+/)*[\\w-]+\\.md\\b(?!\\s*[;=])");

  /** The catalogs and other documents the modules bundle. */
  private static List<Path> catalogs() {
    List<Path> out = new ArrayList<>();
    for (String module :
        List.of("ntm-core", "ntm-rules", "ntm-ocop", "ntm-report", "ntm-examples")) {
      out.addAll(files(ROOT.resolve(module).resolve("src/main/resources"), ".json"));
    }
    out.addAll(files(ROOT.resolve("ntm-examples/samples"), ".json"));
    return out;
  }

  /** Everything a user of the jars or of a clone reads: sources, resources, README, docs. */
  private static List<Path> shipped() {
    List<Path> out = new ArrayList<>(catalogs());
    for (String module :
        List.of("ntm-core", "ntm-rules", "ntm-ocop", "ntm-report", "ntm-examples")) {
      out.addAll(files(ROOT.resolve(module).resolve("src/main/java"), ".java"));
    }
    out.addAll(files(ROOT.resolve("docs"), ".md"));
    out.add(ROOT.resolve("README.md"));
    out.add(ROOT.resolve("CHANGELOG.md"));
    return out;
  }

  private static List<Path> files(Path dir, String suffix) {
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    try (Stream<Path> walk = Files.walk(dir)) {
      return walk.filter(p -> p.toString().endsWith(suffix)).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String read(Path p) {
    try {
      return Files.readString(p, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Test
  void everyKeyACatalogCitesIsInTheBibliographyAndEverySourceIsCited() {
    Bibliography bib = Bibliography.bundled();
    TreeMap<String, String> unknown = new TreeMap<>();
    Set<String> used = new TreeSet<>();
    int citations = 0;
    for (Path p : catalogs()) {
      if (p.endsWith("sources.json")) {
        continue;
      }
      for (String key : Bibliography.citedKeys(read(p))) {
        citations++;
        used.add(key);
        if (bib.find(key).isEmpty()) {
          unknown.put(key, ROOT.relativize(p).toString());
        }
      }
    }
    assertEquals(new TreeMap<String, String>(), unknown, "keys cited but not in sources.json");
    Set<String> unused = new TreeSet<>();
    for (Source s : bib.all()) {
      if (!used.contains(s.getKey())) {
        unused.add(s.getKey());
      }
    }
    assertEquals(Set.of(), unused, "sources in sources.json that nothing cites");
    assertTrue(citations >= 70, "distinct keys cited per file: " + citations);
  }

  @Test
  void noCatalogUsesAResearchNotesBareTag() {
    List<String> bare = new ArrayList<>();
    for (Path p : catalogs()) {
      Matcher m = BARE_TAG.matcher(read(p));
      while (m.find()) {
        bare.add(ROOT.relativize(p) + ": " + m.group());
      }
    }
    assertEquals(List.of(), bare);
  }

  @Test
  void noShippedFilePointsOutsideTheRepository() {
    List<String> outside = new ArrayList<>();
    for (Path p : shipped()) {
      String text = read(p);
      String where = ROOT.relativize(p).toString();
      if (text.contains("../shared")
          || text.contains("shared/domain")
          || text.contains("/seeds/")) {
        outside.add(where + ": a path to the research notes or seeds");
      }
      Matcher m = MD_PATH.matcher(text);
      while (m.find()) {
        String path = m.group();
        boolean exists =
            Files.exists(ROOT.resolve(path))
                || Files.exists(p.getParent().resolve(path))
                || Files.exists(ROOT.resolve("docs/legal").resolve(path));
        if (!exists) {
          outside.add(where + ": " + path);
        }
      }
    }
    assertEquals(List.of(), outside);
  }
}
