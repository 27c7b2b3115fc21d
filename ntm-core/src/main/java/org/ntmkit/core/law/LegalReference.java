package org.ntmkit.core.law;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;
import org.ntmkit.core.NtmStyle;

/**
 * Where a value of the law comes from: the instrument, its dates, and the provision.
 *
 * <pre>{@code
 * LegalReference qd1980 = LegalReference.builder()
 *     .setInstrument("1980/QĐ-TTg")
 *     .setKind(InstrumentKind.DECISION)
 *     .setIssued(LocalDate.of(2016, 10, 17))
 *     .setEffective(LocalDate.of(2016, 12, 1))
 *     .setProvision("Phụ lục, tiêu chí 10")
 *     .build();
 * qd1980.cite(); // "1980/QĐ-TTg, Phụ lục, tiêu chí 10"
 * }</pre>
 *
 * <p>JSON: {@code {"instrument": "1980/QĐ-TTg", "kind": "DECISION", "issued": "2016-10-17",
 * "effective": "2016-12-01", "provision": "…", "url": "https://…", "title": "…"}}; only {@code
 * instrument} and {@code kind} are required. Immutable and thread-safe.
 */
@Value.Immutable
@NtmStyle
@JsonSerialize(as = ImmutableLegalReference.class)
@JsonDeserialize(as = ImmutableLegalReference.class)
public interface LegalReference extends WithLegalReference {

  /** The instrument's number as printed, e.g. {@code "1980/QĐ-TTg"} or {@code "51/2025/QĐ-TTg"}. */
  @NotBlank
  String getInstrument();

  /** What kind of instrument it is. */
  @NotNull
  InstrumentKind getKind();

  /** The date the instrument was signed or issued, if known. */
  Optional<LocalDate> getIssued();

  /** The date it took effect, if known (often later than {@link #getIssued()}). */
  Optional<LocalDate> getEffective();

  /** The article, annex or clause, e.g. {@code "Điều 2, khoản 1"} or {@code "Phụ lục I"}. */
  Optional<String> getProvision();

  /** A public address of the text, {@code http} or {@code https}. */
  Optional<@Pattern(regexp = "https?://\\S+", message = "{org.ntmkit.url}") String> getUrl();

  /** A short title of the instrument. */
  Optional<String> getTitle();

  /** Validation: an instrument cannot take effect before it is issued. */
  @JsonIgnore
  @AssertTrue(message = "{org.ntmkit.legalReference.effectiveBeforeIssued}")
  default boolean isEffectiveNotBeforeIssued() {
    return getIssued().isEmpty()
        || getEffective().isEmpty()
        || !getEffective().get().isBefore(getIssued().get());
  }

  /** A one-line citation: the instrument and, when known, the provision. */
  default String cite() {
    return getProvision().map(p -> getInstrument() + ", " + p).orElse(getInstrument());
  }

  /** A new builder. */
  static ImmutableLegalReference.Builder builder() {
    return ImmutableLegalReference.builder();
  }
}
