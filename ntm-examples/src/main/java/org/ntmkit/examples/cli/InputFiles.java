package org.ntmkit.examples.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;
import org.ntmkit.core.io.InputProblem;
import org.ntmkit.core.io.InvalidInputException;
import org.ntmkit.core.io.NtmJson;

/** Reading input files: problems name the file, I/O failures are one line. */
final class InputFiles {

  private static final NtmJson JSON = NtmJson.defaults();

  private InputFiles() {}

  /**
   * A file's bytes, as UTF-8: read with the JSON reader's size limit (so {@code /dev/zero} or a 2
   * GB file is refused, not read into memory), a UTF-16 file with its byte-order mark transcoded, a
   * UTF-8 byte-order mark dropped.
   */
  static byte[] bytes(Path file) {
    long max = JSON.limits().getMaxDocumentBytes();
    byte[] b;
    try (java.io.InputStream in = java.nio.file.Files.newInputStream(file)) {
      b = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, max + 1));
    } catch (NoSuchFileException e) {
      throw new UncheckedIOException("no such file: " + file, e);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
    }
    if (b.length > max) {
      throw new InvalidInputException(
          List.of(
              InputProblem.of(
                  file + ":$",
                  org.ntmkit.core.io.ProblemCode.TOO_LARGE,
                  org.ntmkit.core.LocalizedText.of(
                      "tệp vượt quá " + max + " byte", "the file exceeds " + max + " bytes"))));
    }
    return utf8(b);
  }

  /** The bytes as UTF-8, from UTF-16 (LE or BE) or UTF-8 with a byte-order mark. */
  static byte[] utf8(byte[] b) {
    if (b.length >= 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE) {
      return transcode(b, java.nio.charset.StandardCharsets.UTF_16LE);
    }
    if (b.length >= 2 && (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF) {
      return transcode(b, java.nio.charset.StandardCharsets.UTF_16BE);
    }
    if (b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF) {
      return java.util.Arrays.copyOfRange(b, 3, b.length);
    }
    return b;
  }

  private static byte[] transcode(byte[] b, java.nio.charset.Charset from) {
    return new String(b, 2, b.length - 2, from).getBytes(java.nio.charset.StandardCharsets.UTF_8);
  }

  static <T> T readJson(Path file, Class<T> type) {
    byte[] b = bytes(file);
    return inFile(file, () -> JSON.read(b, type));
  }

  /** Runs a read, prefixing every problem's path with the file's name. */
  static <T> T inFile(Path file, Supplier<T> read) {
    try {
      return read.get();
    } catch (InvalidInputException e) {
      throw new InvalidInputException(prefixed(file + ":", e.getProblems()));
    }
  }

  /** The problems with a prefix on every path (a file's name, a commune's place in a file). */
  static List<InputProblem> prefixed(String prefix, List<InputProblem> problems) {
    return problems.stream()
        .map(
            p ->
                p.getRejectedValue().isPresent()
                    ? InputProblem.of(
                        prefix + p.getPath(),
                        p.getCode(),
                        p.getMessage(),
                        p.getRejectedValue().get())
                    : InputProblem.of(prefix + p.getPath(), p.getCode(), p.getMessage()))
        .toList();
  }

  /** The first non-blank byte of a JSON document is '[' (an array); {@link #bytes} drops a BOM. */
  static boolean isJsonArray(byte[] json) {
    for (byte c : json) {
      if (!Character.isWhitespace(c)) {
        return c == '[';
      }
    }
    return false;
  }

  static void write(Path file, String text) {
    try {
      java.nio.file.Files.writeString(file, text);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
    }
  }
}
