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

  static byte[] bytes(Path file) {
    try {
      return java.nio.file.Files.readAllBytes(file);
    } catch (NoSuchFileException e) {
      throw new UncheckedIOException("no such file: " + file, e);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
    }
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

  /** The first non-blank byte of a JSON document is '[' (an array). */
  static boolean isJsonArray(byte[] json) {
    for (byte c : json) {
      if (!Character.isWhitespace(c) && c != (byte) 0xEF && c != (byte) 0xBB && c != (byte) 0xBF) {
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
