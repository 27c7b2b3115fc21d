package org.ntmkit.rules.measurement;

import org.ntmkit.core.LocalizedText;
import org.ntmkit.core.io.InputProblem;
import org.ntmkit.core.io.ProblemCode;

/** The messages of the measurements' cross-field checks, as "Vietnamese || English". */
final class CrossFieldMessages {
  static final String DISTRICT_AFTER_REFORM =
      "từ 01/07/2025 xã trực thuộc tỉnh, không còn huyện: bỏ commune.districtCode || from"
          + " 01/07/2025 communes are directly under the province: leave out"
          + " commune.districtCode";

  static final String POVERTY_STANDARD_NOT_IN_FORCE =
      "povertyStandard không phải chuẩn nghèo áp dụng vào ngày của số liệu || povertyStandard"
          + " is not the poverty standard in force on the data's date";

  private CrossFieldMessages() {}

  /** The problem a check reports, at the document's root as the validator reports it. */
  static InputProblem problem(String message) {
    String[] parts = message.split(" \\|\\| ", 2);
    return InputProblem.of("$", ProblemCode.INCONSISTENT, LocalizedText.of(parts[0], parts[1]));
  }
}
