package org.ntmkit.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.ntmkit.core.io.InvalidInputException;
import org.ntmkit.rules.NtmRules;
import org.ntmkit.rules.measurement.CommuneMeasurements;

/**
 * Bad CSV never gives a verdict and never an unexplained exception: random edits of the sample file
 * (characters deleted, inserted — quotes, commas, line breaks, digits, slashes —, lines repeated,
 * bytes cut) are either read and evaluate, or rejected with {@link InvalidInputException} whose
 * problems all carry a path.
 */
class CommuneCsvProperties {

  private static final NtmRules RULES = NtmRules.bundled();
  private static final String SAMPLE = sample();

  private static String sample() {
    try {
      return Files.readString(Path.of("samples", "communes.csv"), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  /** An edit: where, what kind, and the text it inserts. */
  record Edit(int at, int kind, String text) {
    String apply(String s) {
      int i = Math.min(at, s.length());
      return switch (kind) {
        case 0 -> s.substring(0, i) + s.substring(Math.min(s.length(), i + text.length()));
        case 1 -> s.substring(0, i) + text + s.substring(i);
        case 2 -> s + s.substring(s.indexOf('\n') + 1, Math.max(s.indexOf('\n') + 1, i));
        default -> s.substring(0, i);
      };
    }
  }

  @Provide
  Arbitrary<List<Edit>> edits() {
    Arbitrary<String> text =
        Arbitraries.strings().withChars("\",\n\r/0123456789.-aé ").ofMinLength(1).ofMaxLength(6);
    Arbitrary<Edit> edit =
        Combinators.combine(
                Arbitraries.integers().between(0, SAMPLE.length()),
                Arbitraries.integers().between(0, 3),
                text)
            .as(Edit::new);
    return edit.list().ofMinSize(1).ofMaxSize(4);
  }

  @Property(tries = 1000)
  void editedCsvEvaluatesOrIsInvalidInputWithPaths(@ForAll("edits") List<Edit> edits) {
    String csv = SAMPLE;
    for (Edit e : edits) {
      csv = e.apply(csv);
    }
    try {
      for (CommuneMeasurements m :
          CommuneCsv.read(csv.getBytes(StandardCharsets.UTF_8), RULES.variables())) {
        assertEquals(m.getCommune().getCode(), RULES.titles(m).getUnitCode());
      }
    } catch (InvalidInputException e) {
      assertFalse(e.getProblems().isEmpty());
      e.getProblems().forEach(p -> assertFalse(p.getPath().isBlank(), p.toString()));
    }
  }
}
