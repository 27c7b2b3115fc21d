package org.ntmkit.rules.internal;

import java.math.BigDecimal;
import java.util.Locale;
import org.ntmkit.core.Language;
import org.ntmkit.core.LocalizedText;
import org.ntmkit.core.explain.Comparison;
import org.ntmkit.core.quantity.Formatting;
import org.ntmkit.core.quantity.MeasureUnit;
import org.ntmkit.rules.Title;
import org.ntmkit.rules.UnitLevel;

/**
 * Every sentence the evaluation writes, in Vietnamese and English: the one place that words
 * verdicts. Numbers go through {@link Formatting} (the language's decimal and grouping separators);
 * amounts of money are printed in million đồng when that takes at most three decimals (a whole
 * number of thousand đồng), else in đồng — never "0.000001 million" for one đồng. Not API (this
 * package is not exported).
 */
public final class Wording {
  private Wording() {}

  static final LocalizedText NOT_APPLICABLE =
      LocalizedText.of("không áp dụng (không xét)", "not applicable (not considered)");

  static final LocalizedText INDICATORS_UNKNOWN =
      LocalizedText.of(
          "chưa biết các chỉ tiêu của tiêu chí này (KHÔNG TÌM THẤY trong nguồn công khai)",
          "the indicators of this criterion are not known (NOT FOUND in public sources)");

  static final LocalizedText INDICATORS_PARTLY_UNKNOWN =
      LocalizedText.of(
          "các chỉ tiêu đã biết đều đạt, nhưng một số chỉ tiêu của tiêu chí chưa biết (KHÔNG TÌM THẤY)",
          "the known indicators are met, but some of the criterion's indicators are not known (NOT"
              + " FOUND)");

  private static final BigDecimal MILLION = BigDecimal.valueOf(1_000_000);

  /** "Hà Tĩnh: đạt 17, chưa đạt 2, chưa xác định 0 trên 19 tiêu chí". */
  static LocalizedText summary(String unit, int met, int notMet, int undetermined) {
    int total = met + notMet + undetermined;
    return LocalizedText.of(
        unit
            + ": đạt "
            + met
            + ", chưa đạt "
            + notMet
            + ", chưa xác định "
            + undetermined
            + " trên "
            + total
            + " tiêu chí",
        unit
            + ": "
            + met
            + " met, "
            + notMet
            + " not met, "
            + undetermined
            + " undetermined of "
            + total
            + " criteria");
  }

  /** "chưa có: …" / "not yet: …" (or "còn: …" / "still: …" where the fact must be absent). */
  static LocalizedText flagNotMet(boolean expected, LocalizedText fact) {
    return LocalizedText.of(
        (expected ? "chưa có: " : "còn: ") + fact.getVi(),
        (expected ? "not yet: " : "still: ") + fact.getEn());
  }

  /** A share's gap in its numerator's unit: "cần thêm 3 thôn" / "needs 3 more villages". */
  static LocalizedText shareGap(boolean more, BigDecimal amount, LocalizedText noun) {
    return LocalizedText.of(
        (more ? "cần thêm " : "cần giảm ") + number(amount, Language.VI) + " " + noun.getVi(),
        "needs " + number(amount, Language.EN) + (more ? " more " : " fewer ") + noun.getEn());
  }

  /**
   * A number's gap in its unit: "còn thiếu 1,4 triệu đồng" / "short by 1.4 million VND", "vượt 3
   * nhà" / "over by 3 houses".
   */
  static LocalizedText numberGap(
      boolean short_, BigDecimal amount, MeasureUnit unit, LocalizedText noun) {
    String vi;
    String en;
    if (unit == MeasureUnit.VND || unit == MeasureUnit.VND_PER_PERSON_YEAR) {
      BigDecimal inMillions = amount.divide(MILLION).stripTrailingZeros();
      boolean millions = inMillions.scale() <= 3;
      BigDecimal shown = millions ? inMillions : amount;
      vi = number(shown, Language.VI) + (millions ? " triệu đồng" : " đồng");
      en = number(shown, Language.EN) + (millions ? " million VND" : " VND");
    } else {
      vi = number(amount, Language.VI) + " " + noun.getVi();
      en = number(amount, Language.EN) + " " + noun.getEn();
    }
    return LocalizedText.of(
        (short_ ? "còn thiếu " : "vượt ") + vi, (short_ ? "short by " : "over by ") + en);
  }

  /** "không có đơn vị thành viên cấp xã trong dữ liệu: tỷ lệ không xác định". */
  static LocalizedText noMembers(UnitLevel level) {
    return LocalizedText.of(
        "không có đơn vị thành viên cấp "
            + level.label().getVi().toLowerCase(Locale.ROOT)
            + " trong dữ liệu: tỷ lệ không xác định",
        "no member "
            + level.label().getEn().toLowerCase(Locale.ROOT)
            + " units in the data: the share is undefined");
  }

  /** A rule counting district-level units, on a date after they ceased (01/07/2025). */
  static LocalizedText districtsCeased(UnitLevel level) {
    return LocalizedText.of(
        "không còn đơn vị cấp "
            + level.label().getVi().toLowerCase(Locale.ROOT)
            + " từ 01/07/2025: chỉ tiêu này không xác định được; quy định thay thế KHÔNG TÌM THẤY",
        "there are no "
            + level.label().getEn().toLowerCase(Locale.ROOT)
            + " units from 01/07/2025: this indicator cannot be decided; what replaced it is NOT"
            + " FOUND");
  }

  /** "cần thêm 2 đơn vị đạt … (5/9 hiện đạt); gần nhất: A, B". */
  static LocalizedText membersShort(long needed, Title title, long met, int total, String closest) {
    return LocalizedText.of(
        "cần thêm "
            + needed
            + " đơn vị đạt "
            + title.name()
            + " ("
            + met
            + "/"
            + total
            + " hiện đạt); gần nhất: "
            + closest,
        "needs "
            + needed
            + " more units at "
            + title.name()
            + " ("
            + met
            + " of "
            + total
            + " now); closest: "
            + closest);
  }

  /**
   * "3/10 đơn vị đạt NTM, 4 chưa rõ (cần ≤ …)" / "3 of 10 units at NTM, 4 unknown (needs ≤ …)", for
   * comparisons other than "at least".
   */
  static LocalizedText membersAgainst(
      Comparison c, Title title, long met, long unknown, int total) {
    String vi = met + "/" + total + " đơn vị đạt " + title.name();
    String en = met + " of " + total + " units at " + title.name();
    if (unknown > 0) {
      vi += ", " + unknown + " chưa rõ";
      en += ", " + unknown + " unknown";
    }
    return LocalizedText.of(
        vi + " (cần " + c.symbol() + " mức yêu cầu)",
        en + " (needs " + c.symbol() + " the requirement)");
  }

  /** "thiếu số liệu 'x' (…)" / "no data for 'x' (…)". */
  static LocalizedText missingVariable(String name, LocalizedText label) {
    return LocalizedText.of(
        "thiếu số liệu '" + name + "' (" + label.getVi() + ")",
        "no data for '" + name + "' (" + label.getEn() + ")");
  }

  /** "No value of parameter X for <where>". */
  static LocalizedText missingParameter(String id, LocalizedText where) {
    return LocalizedText.of(
        "chưa có giá trị tham số "
            + id
            + " cho "
            + where.getVi()
            + " vào ngày đánh giá (không có trong danh mục kèm theo hay lớp phủ đã áp dụng);"
            + " cung cấp bằng lớp phủ của tỉnh",
        "no value of parameter "
            + id
            + " for "
            + where.getEn()
            + " on the assessment date (none in the bundled catalogs or the overlays"
            + " applied); supply it with a province overlay");
  }

  /** "Met whatever the value of parameter X" (none for <where>). */
  static LocalizedText metWhateverTheThreshold(String id, LocalizedText where) {
    return LocalizedText.of(
        "đạt với mọi giá trị của tham số "
            + id
            + " (chưa có giá trị cho "
            + where.getVi()
            + "): 100% đạt mọi ngưỡng \"tối thiểu\", 0% đạt mọi ngưỡng \"tối đa\"",
        "met whatever the value of parameter "
            + id
            + " (none for "
            + where.getEn()
            + "): 100% meets any \"at least\" threshold, 0% any \"at most\" one");
  }

  /** "vùng Bắc Trung Bộ …" / "North Central …": where a region's thresholds apply. */
  static LocalizedText inRegion(LocalizedText region) {
    return LocalizedText.of("vùng " + region.getVi(), region.getEn());
  }

  /** "nhóm xã 2" / "commune group 2". */
  static LocalizedText inGroup(String group) {
    // "GROUP_2" → "2" (the number the law gives); "?" when the data give no group.
    String n = group.startsWith("GROUP_") ? group.substring("GROUP_".length()) : group;
    return LocalizedText.of("nhóm xã " + n, "commune group " + n);
  }

  /** "chưa mã hoá điều kiện công nhận …; kết quả chỉ theo tiêu chí". */
  public static LocalizedText noRecognitionConditions(
      Title title, UnitLevel level, java.time.LocalDate date) {
    String where = level.label().getEn().toLowerCase(java.util.Locale.ROOT) + ", " + title.name();
    String noi = level.label().getVi().toLowerCase(java.util.Locale.ROOT) + ", " + title.name();
    return LocalizedText.of(
        "chưa mã hoá điều kiện công nhận ngoài tiêu chí ("
            + noi
            + ") áp dụng vào ngày "
            + date
            + "; kết quả chỉ theo tiêu chí",
        "the recognition conditions beyond the criteria ("
            + where
            + ") are not encoded for "
            + date
            + "; the outcome is the criteria's only");
  }

  /** "không có bộ tiêu chí quốc gia … vào ngày …; bổ sung bộ tiêu chí của tỉnh". */
  public static LocalizedText noNationalSet(
      Title title, UnitLevel level, java.time.LocalDate date) {
    return LocalizedText.of(
        "không có bộ tiêu chí quốc gia "
            + title.name()
            + " cấp "
            + level.label().getVi()
            + " vào ngày "
            + date
            + "; bổ sung bộ tiêu chí của tỉnh",
        "no national "
            + title.name()
            + " set for the level "
            + level.label().getEn()
            + " in force on "
            + date
            + "; supply the province's set");
  }

  /** A number with the language's separators, its scale as it is (no rounding). */
  private static String number(BigDecimal value, Language language) {
    return Formatting.format(value.stripTrailingZeros(), language);
  }
}
