package org.ntmkit.examples.cli;

import java.math.BigDecimal;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.ntmkit.core.LocalizedText;
import org.ntmkit.core.io.InputProblem;
import org.ntmkit.core.io.InvalidInputException;
import org.ntmkit.core.io.NtmJson;
import org.ntmkit.core.io.ProblemCode;
import org.ntmkit.core.quantity.Ratio;
import org.ntmkit.core.unit.Commune;
import org.ntmkit.core.unit.CommuneGroup;
import org.ntmkit.core.unit.ImmutableCommune;
import org.ntmkit.core.unit.Region;
import org.ntmkit.rules.catalog.Variable;
import org.ntmkit.rules.catalog.VariableCatalog;
import org.ntmkit.rules.measurement.CommuneMeasurements;
import org.ntmkit.rules.measurement.ImmutableCommuneMeasurements;

/**
 * Communes from CSV (UTF-8, comma-separated, RFC 4180 quotes): one row per commune, columns {@code
 * code,name,province,region,date} (region as its code: NMM, RRD, NCC, SCC, CH, SE, MD), optional
 * {@code district} and {@code group} (the commune group of QĐ 51/2025/QĐ-TTg: 1, 2 or 3), then one
 * column per variable of the catalog (overlay variables included). Cells: flags {@code true}/{@code
 * false}, shares {@code numerator/denominator}, numbers plain decimals; an empty cell is no data.
 *
 * <pre>
 * code,name,province,region,date,income.perCapita,villages.cultural,ict.postalPoint
 * 18001,Thạch Kim,42,NCC,2020-12-31,37500000,7/10,true
 * </pre>
 *
 * <p>Every problem in the file is reported at once, each with its path {@code line N, column}.
 */
final class CommuneCsv {

  private static final Set<String> FIXED =
      Set.of("code", "name", "province", "district", "region", "group", "date");
  private static final long MAX_ROWS = 100_000;
  private static final java.util.regex.Pattern DECIMAL =
      java.util.regex.Pattern.compile("-?\\d{1,30}(\\.\\d{1,30})?");

  /** The longest cell, in characters: the JSON reader's longest string. */
  static final int MAX_CELL = org.ntmkit.core.io.ReadLimits.defaults().getMaxStringLength();

  private CommuneCsv() {}

  static List<CommuneMeasurements> read(byte[] bytes, VariableCatalog catalog) {
    String text = utf8(bytes);
    List<InputProblem> problems = new ArrayList<>();
    // A first pass counts the rows (stopping past the limit) and finds an unterminated quote or an
    // overlong cell, before any row becomes data: a file that is too large is refused at once.
    Rows scan = new Rows(text);
    long seen = 0;
    while (seen <= MAX_ROWS + 1 && scan.next(problems) != null) {
      seen++;
    }
    if (seen > MAX_ROWS + 1) {
      problems.add(
          problem(
              "line " + scan.rowLine(),
              ProblemCode.TOO_LARGE,
              "quá " + MAX_ROWS + " dòng",
              "more than " + MAX_ROWS + " rows",
              ""));
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    Rows rows = new Rows(text);
    List<String> first = rows.next(problems);
    if (first == null) {
      throw new InvalidInputException(
          problems.isEmpty()
              ? List.of(
                  problem("line 1", ProblemCode.MISSING, "tệp trống", "the file is empty", ""))
              : problems);
    }
    List<String> header = first;
    Map<String, Variable> variables = catalog.byName();
    for (String column : List.of("code", "name", "province", "region", "date")) {
      if (!header.contains(column)) {
        problems.add(
            problem(
                "line 1",
                ProblemCode.MISSING,
                "thiếu cột '" + column + "'",
                "column '" + column + "' is missing",
                ""));
      }
    }
    for (int c = 0; c < header.size(); c++) {
      String h = header.get(c);
      if (!FIXED.contains(h) && !variables.containsKey(h)) {
        problems.add(
            problem(
                "line 1, column " + (c + 1),
                ProblemCode.UNKNOWN_PROPERTY,
                "không có biến '" + h + "' trong danh mục biến",
                "no variable '" + h + "' in the variable catalog",
                h));
      } else if (header.indexOf(h) != c) {
        problems.add(
            problem(
                "line 1, column " + (c + 1),
                ProblemCode.DUPLICATE,
                "cột '" + h + "' lặp lại",
                "column '" + h + "' is repeated",
                h));
      }
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    List<CommuneMeasurements> out = new ArrayList<>();
    for (List<String> row = rows.next(problems); row != null; row = rows.next(problems)) {
      String line = "line " + rows.rowLine();
      if (row.size() == 1 && row.get(0).isBlank()) {
        continue;
      }
      if (row.size() != header.size()) {
        problems.add(
            problem(
                line,
                ProblemCode.INCONSISTENT,
                "có " + row.size() + " ô, tiêu đề có " + header.size(),
                row.size() + " cells where the header has " + header.size(),
                ""));
        continue;
      }
      int before = problems.size();
      ImmutableCommuneMeasurements.Builder b = CommuneMeasurements.builder();
      ImmutableCommune.Builder commune = Commune.builder();
      for (int c = 0; c < header.size(); c++) {
        String h = header.get(c);
        String cell = row.get(c).strip();
        String path = line + ", " + h;
        if (cell.isEmpty()) {
          continue;
        }
        switch (h) {
          case "code" -> commune.setCode(cell);
          case "name" -> commune.setName(cell);
          case "province" -> commune.setProvinceCode(cell);
          case "district" -> commune.setDistrictCode(cell);
          case "group" -> {
            try {
              commune.setGroup(CommuneGroup.fromCode(cell));
            } catch (IllegalArgumentException e) {
              problems.add(
                  problem(
                      path,
                      ProblemCode.UNKNOWN_VALUE,
                      "nhóm xã phải là 1, 2 hoặc 3 (QĐ 51/2025/QĐ-TTg)",
                      "a commune group is 1, 2 or 3 (QĐ 51/2025/QĐ-TTg)",
                      cell));
            }
          }
          case "region" -> {
            try {
              commune.setRegion(Region.fromCode(cell));
            } catch (IllegalArgumentException e) {
              problems.add(
                  InputProblem.of(path, ProblemCode.UNKNOWN_VALUE, Output.UNKNOWN_REGION, cell));
            }
          }
          case "date" -> {
            try {
              b.setDate(LocalDate.parse(cell));
            } catch (DateTimeParseException e) {
              problems.add(
                  problem(
                      path,
                      ProblemCode.INVALID_FORMAT,
                      "ngày phải có dạng YYYY-MM-DD",
                      "a date must be YYYY-MM-DD",
                      cell));
            }
          }
          default ->
              cell(b, java.util.Objects.requireNonNull(variables.get(h)), cell, path, problems);
        }
      }
      for (String required : List.of("code", "name", "province", "region", "date")) {
        if (row.get(header.indexOf(required)).isBlank()) {
          problems.add(
              problem(
                  line + ", " + required, ProblemCode.MISSING, "thiếu giá trị", "no value", ""));
        }
      }
      if (problems.size() > before) {
        continue;
      }
      CommuneMeasurements m = b.setCommune(commune.build()).build();
      try {
        out.add(NtmJson.defaults().validate(m));
      } catch (InvalidInputException e) {
        for (InputProblem p : e.getProblems()) {
          problems.add(InputProblem.of(line + ", " + p.getPath(), p.getCode(), p.getMessage()));
        }
      }
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    return out;
  }

  private static void cell(
      ImmutableCommuneMeasurements.Builder b,
      Variable v,
      String cell,
      String path,
      List<InputProblem> problems) {
    switch (v.getKind()) {
      case FLAG -> {
        if (cell.equals("true") || cell.equals("false")) {
          b.putFlags(v.getName(), Boolean.parseBoolean(cell));
        } else {
          problems.add(
              problem(path, ProblemCode.WRONG_TYPE, "cần true hoặc false", "true or false", cell));
        }
      }
      case RATIO -> {
        String[] parts = cell.split("/", -1);
        BigDecimal[] n = parts.length == 2 ? decimals(parts) : null;
        if (n == null || n[0].signum() < 0 || n[1].signum() <= 0 || n[0].compareTo(n[1]) > 0) {
          problems.add(
              problem(
                  path,
                  ProblemCode.INVALID_FORMAT,
                  "cần tử số/mẫu số với 0 ≤ tử số ≤ mẫu số, mẫu số > 0",
                  "numerator/denominator with 0 ≤ numerator ≤ denominator, denominator > 0",
                  cell));
        } else {
          b.putRatios(v.getName(), Ratio.of(n[0], n[1]));
        }
      }
      case NUMBER -> {
        BigDecimal[] n = decimals(new String[] {cell});
        if (n == null) {
          problems.add(problem(path, ProblemCode.WRONG_TYPE, "cần một số", "a number", cell));
        } else {
          b.putNumbers(v.getName(), n[0]);
        }
      }
    }
  }

  /** Plain decimals (no exponent, at most 30 digits), or null. */
  private static BigDecimal @org.jspecify.annotations.Nullable [] decimals(String[] parts) {
    BigDecimal[] out = new BigDecimal[parts.length];
    for (int i = 0; i < parts.length; i++) {
      String s = parts[i].strip();
      if (!DECIMAL.matcher(s).matches()) {
        return null;
      }
      out[i] = new BigDecimal(s);
    }
    return out;
  }

  private static InputProblem problem(
      String path, ProblemCode code, String vi, String en, String rejected) {
    LocalizedText message = LocalizedText.of(vi, en);
    return rejected.isEmpty()
        ? InputProblem.of(path, code, message)
        : InputProblem.of(path, code, message, rejected);
  }

  private static String utf8(byte[] bytes) {
    try {
      String s =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(java.nio.ByteBuffer.wrap(bytes))
              .toString();
      return s.startsWith("\uFEFF") ? s.substring(1) : s;
    } catch (CharacterCodingException e) {
      throw new InvalidInputException(
          List.of(
              problem(
                  "line 1",
                  ProblemCode.INVALID_FORMAT,
                  "tệp không phải UTF-8",
                  "the file is not UTF-8",
                  "")));
    }
  }

  /** RFC 4180 rows of a whole text (for tests): as {@link Rows} reads them. */
  static List<List<String>> parse(String text) {
    Rows rows = new Rows(text);
    List<InputProblem> problems = new ArrayList<>();
    List<List<String>> out = new ArrayList<>();
    for (List<String> row = rows.next(problems); row != null; row = rows.next(problems)) {
      out.add(row);
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    return out;
  }

  /**
   * RFC 4180 rows read one at a time: fields separated by commas, quoted fields may hold commas,
   * quotes and newlines. A cell longer than {@link #MAX_CELL} or a quote left open at the end of
   * the file is a problem with its line, found as it is read.
   */
  static final class Rows {
    private final String text;
    private int at;
    private int line = 1;
    private int rowLine = 1;

    Rows(String text) {
      this.text = text;
    }

    /** The line the last row read starts on. */
    int rowLine() {
      return rowLine;
    }

    /**
     * The next row, or null at the end (or when a problem stops the reading, added to {@code
     * problems}).
     */
    @org.jspecify.annotations.Nullable
    List<String> next(List<InputProblem> problems) {
      if (at >= text.length()) {
        return null;
      }
      rowLine = line;
      List<String> row = new ArrayList<>();
      StringBuilder field = new StringBuilder();
      boolean quoted = false;
      int quoteLine = line;
      while (at < text.length()) {
        char ch = text.charAt(at++);
        if (field.length() > MAX_CELL) {
          problems.add(
              problem(
                  "line " + rowLine + ", column " + (row.size() + 1),
                  ProblemCode.TOO_LARGE,
                  "ô dài quá " + MAX_CELL + " ký tự",
                  "a cell longer than " + MAX_CELL + " characters",
                  ""));
          at = text.length();
          return null;
        }
        if (ch == '\n') {
          line++;
        }
        if (quoted) {
          if (ch == '"' && at < text.length() && text.charAt(at) == '"') {
            field.append('"');
            at++;
          } else if (ch == '"') {
            quoted = false;
          } else {
            field.append(ch);
          }
        } else if (ch == '"') {
          quoted = true;
          quoteLine = line;
        } else if (ch == ',') {
          row.add(field.toString());
          field.setLength(0);
        } else if (ch == '\n' || ch == '\r') {
          if (ch == '\r' && at < text.length() && text.charAt(at) == '\n') {
            at++;
            line++;
          } else if (ch == '\r') {
            line++;
          }
          row.add(field.toString());
          return row;
        } else {
          field.append(ch);
        }
      }
      if (quoted) {
        problems.add(
            problem(
                "line " + quoteLine,
                ProblemCode.INVALID_FORMAT,
                "dấu ngoặc kép mở mà không đóng",
                "a quote is opened and never closed",
                ""));
        return null;
      }
      row.add(field.toString());
      return row;
    }
  }
}
