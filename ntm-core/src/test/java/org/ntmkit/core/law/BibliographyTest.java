package org.ntmkit.core.law;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.ntmkit.core.Language;

/** The bundled bibliography: every key unique and well formed, every entry complete. */
class BibliographyTest {

  @Test
  void theBundledSourcesAreReadAndValidated() {
    Bibliography bib = Bibliography.bundled();
    assertTrue(bib.all().size() > 50, "sources: " + bib.all().size());
    bib.all().forEach(s -> assertTrue(s.getKey().matches(Source.KEY_PATTERN), s.getKey()));
    // The QĐ 18/2022 revocation summary of the district note, not the commune note's education
    // Q&A that the bare tag [S8] also meant (catalog audit 2026-12, §1.6).
    Source s8 = bib.require("DP-S8");
    assertTrue(s8.getTitle().contains("18/2022/QĐ-TTg"), s8.getTitle());
    assertTrue(s8.getUrl().orElseThrow().contains("41861"));
    assertTrue(bib.require("CC-S8").getTitle().contains("Giáo dục"));
    // The seed report is cited as a report, with its date, and not shipped.
    Source report = bib.require("HT-2020-REPORT");
    assertEquals(SourceKind.REPORT, report.getKind());
    assertEquals(Optional.empty(), report.getUrl());
    assertEquals(Optional.of(LocalDate.of(2020, 12, 1)), report.getPublished());
  }

  @Test
  void anUnknownKeyIsNamed() {
    assertEquals(Optional.empty(), Bibliography.bundled().find("XX-S1"));
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Bibliography.bundled().require("XX-S1"));
    assertTrue(e.getMessage().contains("XX-S1"));
  }

  @Test
  void keysAreReadFromBracketsOnlyAndOnce() {
    assertEquals(
        List.of("DP-S5", "DP-S66"),
        Bibliography.citedKeys(
                "Delegated [DP-S5]; 60% [DP-S66], again [DP-S5]; [INFERRED] and S8 are not keys.")
            .asList());
    assertEquals(
        List.of("DP-S5"),
        Bibliography.bundled().citedIn("[DP-S5] [XX-S1]").stream().map(Source::getKey).toList());
  }

  @Test
  void aCitationNamesKeyTitlePublisherDateAndAddress() {
    Source s =
        ImmutableSource.builder()
            .setKey("CC-S29")
            .setKind(SourceKind.LEGAL_DATABASE)
            .setTitle("QĐ 318 summary")
            .setPublisher("tintuc.thuvienphapluat.com")
            .setPublished(LocalDate.of(2022, 3, 10))
            .setUrl("http://tintuc.thuvienphapluat.com/x")
            .setLanguage(Language.VI)
            .build();
    assertEquals(
        "[CC-S29] QĐ 318 summary — tintuc.thuvienphapluat.com, 2022-03-10,"
            + " http://tintuc.thuvienphapluat.com/x",
        s.cite());
    assertEquals(
        "[CC-S29] QĐ 318 summary",
        ImmutableSource.copyOf(s)
            .withPublisher(Optional.empty())
            .withPublished(Optional.empty())
            .withUrl(Optional.empty())
            .cite());
    assertEquals("Báo chí", SourceKind.NEWSPAPER.label().get(Language.VI));
  }

  @Test
  void twoSourcesWithOneKeyAreRefused() {
    Source a = Bibliography.bundled().require("CC-S1");
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Bibliography.of(List.of(a, a)));
    assertTrue(e.getMessage().contains("CC-S1"), e.getMessage());
  }
}
