package org.ntmkit.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue #15 (files and output): every bad file is reported, UTF-16 with a byte-order mark is read
 * as what it says, an endless or huge input is refused by size instead of exhausting memory, a
 * failed write is a failure, and Markdown output keeps data literal.
 */
class CliInputOutputTest {

  private static final String COMMUNE =
      "{\"commune\": {\"code\": \"00001\", \"name\": \"%s\", \"provinceCode\": \"42\", \"region\":"
          + " \"NORTH_CENTRAL_COAST\"}, \"date\": \"2020-12-31\", \"numbers\": %s}";

  private static String commune(String name, String numbers) {
    return String.format(java.util.Locale.ROOT, COMMUNE, name, numbers);
  }

  @Test
  void everyBadFileIsReportedNotOnlyTheFirst(@TempDir Path dir) throws IOException {
    Path a = Files.writeString(dir.resolve("a.json"), commune("", "{}"));
    Path b = Files.writeString(dir.resolve("b.json"), "{\"commune\": 1}");
    CliRun r = CliRun.of("commune", a.toString(), b.toString());
    assertEquals(2, r.exit());
    assertTrue(r.err().contains("a.json:$.commune.name"), r.err());
    assertTrue(r.err().contains("b.json:$.commune"), r.err());
  }

  @Test
  void utf16WithAByteOrderMarkIsReadAsUtf8Is(@TempDir Path dir) throws IOException {
    String array = "[" + commune("Xã Mẫu", "{\"income.perCapita\": 37500000}") + "]";
    Path utf8 = Files.writeString(dir.resolve("u8.json"), array);
    byte[] le = array.getBytes(StandardCharsets.UTF_16LE);
    byte[] be = array.getBytes(StandardCharsets.UTF_16BE);
    Path u16le =
        Files.write(dir.resolve("le.json"), concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, le));
    Path u16be =
        Files.write(dir.resolve("be.json"), concat(new byte[] {(byte) 0xFE, (byte) 0xFF}, be));
    Path bom8 =
        Files.write(
            dir.resolve("bom8.json"),
            concat(
                new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
                array.getBytes(StandardCharsets.UTF_8)));
    CliRun expected = CliRun.of("commune", utf8.toString(), "--format", "json");
    assertEquals(0, expected.exit(), expected.err());
    for (Path p : new Path[] {u16le, u16be, bom8}) {
      CliRun r = CliRun.of("commune", p.toString(), "--format", "json");
      assertEquals(0, r.exit(), p + ": " + r.err());
      assertEquals(expected.out(), r.out(), p.toString());
    }
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] out = java.util.Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }

  /** {@code /dev/zero} never ends: refused at the reader's size limit (256 MiB), exit 2. */
  @Test
  void anEndlessInputIsRefusedBySize() {
    Path zero = Path.of("/dev/zero");
    if (!Files.isReadable(zero)) {
      return; // not a Unix system
    }
    CliRun r = CliRun.of("commune", zero.toString());
    assertEquals(2, r.exit(), r.err());
    assertTrue(r.err().contains("[TOO_LARGE]"), r.err());
  }

  @Test
  void aFailedWriteIsAFailureNotASilentSuccess() {
    OutputStream full =
        new OutputStream() {
          @Override
          public void write(int b) throws IOException {
            throw new IOException("No space left on device");
          }
        };
    java.io.ByteArrayOutputStream err = new java.io.ByteArrayOutputStream();
    int exit =
        Ntm.run(
            new String[] {"catalog", "sets"},
            new PrintStream(full, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8));
    assertEquals(1, exit);
    assertTrue(err.toString(StandardCharsets.UTF_8).contains("cannot write the output"));
  }

  @Test
  void markdownKeepsANameLiteralAndOnOneRow(@TempDir Path dir) throws IOException {
    Path f =
        Files.writeString(dir.resolve("x.json"), commune("<script>x</script> | *A*\\nB", "{}"));
    CliRun r = CliRun.of("commune", f.toString(), "--format", "md");
    assertEquals(0, r.exit(), r.err());
    String row = r.out().lines().filter(l -> l.startsWith("| 00001")).findFirst().orElseThrow();
    assertTrue(row.contains("\\<script\\>x\\</script\\> \\| \\*A\\* B"), row);
  }

  /** CSV: an unterminated quote and an overlong cell are problems with their line, not accepted. */
  @Test
  void csvQuotesAndCellsAreCheckedAsTheRowsAreRead(@TempDir Path dir) throws IOException {
    String header = "code,name,province,region,date,income.perCapita\n";
    Path open =
        Files.writeString(
            dir.resolve("open.csv"),
            header + "18001,Xã A,42,NCC,2020-12-31,37500000\n18002,\"Xã B,42,NCC,2020-12-31,1\n");
    CliRun r = CliRun.of("commune", open.toString());
    assertEquals(2, r.exit(), r.err());
    assertTrue(
        r.err().contains("open.csv:line 3: ") && r.err().contains("[INVALID_FORMAT]"), r.err());
    Path longCell =
        Files.writeString(
            dir.resolve("long.csv"),
            header + "18001," + "x".repeat(CommuneCsv.MAX_CELL + 1) + ",42,NCC,2020-12-31,1\n");
    CliRun l = CliRun.of("commune", longCell.toString());
    assertEquals(2, l.exit(), l.err());
    assertTrue(
        l.err().contains("long.csv:line 2, column 2: ") && l.err().contains("[TOO_LARGE]"),
        l.err());
  }

  /**
   * Under {@code LANG=C} (an ASCII platform charset) every Vietnamese letter printed as {@code ?}:
   * the output is UTF-8 whatever the platform's charset.
   */
  @Test
  void theOutputIsUtf8WhateverThePlatformCharset() throws Exception {
    String classPath = System.getProperty("java.class.path");
    String modulePath = System.getProperty("jdk.module.path");
    String path = modulePath != null && !modulePath.isEmpty() ? modulePath : classPath;
    Process p =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dfile.encoding=US-ASCII",
                "-Dsun.stdout.encoding=US-ASCII",
                "-cp",
                path,
                "org.ntmkit.examples.cli.Ntm",
                "catalog",
                "sets")
            .redirectErrorStream(false)
            .start();
    byte[] out = p.getInputStream().readAllBytes();
    assertEquals(
        0, p.waitFor(), new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8));
    String text = new String(out, StandardCharsets.UTF_8);
    assertTrue(
        text.contains("Quyết định") || text.contains("nông thôn") || text.contains("ế"), text);
    assertTrue(!text.contains("?"), text);
  }
}
