package org.ntmkit.core.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.ntmkit.core.LocalizedText;
import org.ntmkit.core.law.LegalReference;
import org.ntmkit.core.quantity.Ratio;

/** The reader's entry points, limits and messages. */
class ReaderTest {

  private static final NtmJson JSON = NtmJson.defaults();

  @Test
  void readsFromStreamsAndWritesPrettyOrCompact() {
    Ratio r =
        JSON.read(
            new ByteArrayInputStream(
                "{\"numerator\": 1, \"denominator\": 3}".getBytes(StandardCharsets.UTF_8)),
            Ratio.class);
    assertEquals(Ratio.of(1, 3), r);
    assertEquals("{\"numerator\":1,\"denominator\":3}", JSON.write(r));
    assertTrue(JSON.writePretty(r).contains("\n"));
    assertEquals(ReadLimits.defaults(), JSON.limits());
  }

  @Test
  void aStreamThatFailsIsAnIoProblemNotAnInputError() {
    InputStream broken =
        new InputStream() {
          @Override
          public int read() throws IOException {
            throw new IOException("disk gone");
          }
        };
    assertThrows(UncheckedIOException.class, () -> JSON.read(broken, Ratio.class));
  }

  @Test
  void limitsMustBePositive() {
    assertThrows(
        IllegalArgumentException.class, () -> ReadLimits.builder().setMaxNestingDepth(0).build());
    assertThrows(
        IllegalArgumentException.class, () -> ReadLimits.builder().setMaxDocumentBytes(0).build());
    assertThrows(
        IllegalArgumentException.class, () -> ReadLimits.builder().setMaxStringLength(0).build());
    assertThrows(
        IllegalArgumentException.class, () -> ReadLimits.builder().setMaxNumberLength(0).build());
    ReadLimits smallest =
        ReadLimits.builder()
            .setMaxDocumentBytes(1)
            .setMaxNestingDepth(1)
            .setMaxStringLength(1)
            .setMaxNumberLength(1)
            .build();
    assertEquals(1, smallest.getMaxNumberLength());
  }

  @Test
  void typeNamesInMessagesAreFriendly() {
    InvalidInputException date =
        assertThrows(
            InvalidInputException.class,
            () ->
                JSON.read(
                    "{\"instrument\": \"x\", \"kind\": \"DECISION\", \"issued\": 20201231}",
                    LegalReference.class));
    assertEquals("$.issued", date.getProblems().get(0).getPath());
    InvalidInputException text =
        assertThrows(
            InvalidInputException.class,
            () -> JSON.read("{\"vi\": [1], \"en\": \"x\"}", LocalizedText.class));
    assertTrue(
        text.getProblems().get(0).getMessage().getEn().contains("a string"), text.getMessage());
    InvalidInputException bool =
        assertThrows(
            InvalidInputException.class,
            () -> JSON.read("{\"numerator\": true, \"denominator\": 1}", Ratio.class));
    assertTrue(
        bool.getProblems().get(0).getMessage().getEn().contains("a number"), bool.getMessage());
  }

  @Test
  void anInputErrorNeedsAProblem() {
    assertThrows(
        IllegalArgumentException.class, () -> new InvalidInputException(java.util.List.of()));
    InputProblem p =
        InputProblem.of("$", ProblemCode.CONSTRAINT, LocalizedText.of("x", "y"), "z".repeat(200));
    assertEquals(100, p.getRejectedValue().orElseThrow().length());
  }
}
