package org.ntmkit.core.io;

/** What kind of problem an {@link InputProblem} is. */
public enum ProblemCode {
  /** Not JSON at all, or JSON cut short or with trailing content. */
  MALFORMED_JSON,
  /** A value of the wrong JSON type: text where a number is expected, an object for an array. */
  WRONG_TYPE,
  /** A value in the right JSON type but not a valid form (a date "2020-13-45"). */
  INVALID_FORMAT,
  /** A required value is absent or null. */
  MISSING,
  /** A property the document type does not have (often a misspelling). */
  UNKNOWN_PROPERTY,
  /** A name outside the allowed set: an unknown region, indicator, set or variable. */
  UNKNOWN_VALUE,
  /** A number outside its allowed range: negative counts, percentages above 100, overflow. */
  OUT_OF_RANGE,
  /** Values that contradict each other: numerator above denominator, overlapping periods. */
  INCONSISTENT,
  /** The same key or code twice. */
  DUPLICATE,
  /** The document is larger than the read limits allow (bytes, string or number length). */
  TOO_LARGE,
  /** The document is nested deeper than the read limits allow. */
  TOO_DEEP,
  /** Any other constraint of the document type. */
  CONSTRAINT
}
