package org.ntmkit.core.law;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;
import org.ntmkit.core.Language;
import org.ntmkit.core.NtmStyle;

/**
 * One publication that a catalog value or note relies on, cited by its {@linkplain #getKey() key}
 * in brackets: {@code "[CC-S31]"}.
 *
 * <pre>{@code
 * Source s = Bibliography.bundled().require("CC-S29");
 * s.getTitle();  // "Thư Viện Pháp Luật news (10/03/2022) — QĐ 318 summary"
 * s.cite();      // "[CC-S29] Thư Viện Pháp Luật news … — tintuc.thuvienphapluat.com, 2022-03-10, http://…"
 * }</pre>
 *
 * <p>JSON: {@code {"key": "CC-S29", "kind": "LEGAL_DATABASE", "title": "…", "publisher": "…",
 * "url": "https://…", "published": "2022-03-10", "language": "vi", "quote": "…", "note": "…"}};
 * {@code key}, {@code kind}, {@code title} and {@code language} are required. Immutable.
 *
 * <p>The bundled list is {@code org/ntmkit/core/law/sources.json}; what each source is relied on
 * for is written in the project's {@code docs/legal/} pages.
 */
@Value.Immutable
@NtmStyle
@JsonSerialize(as = ImmutableSource.class)
@JsonDeserialize(as = ImmutableSource.class)
public interface Source {

  /** The pattern of a key: an upper-case prefix, a hyphen, letters, digits and hyphens. */
  String KEY_PATTERN = "[A-Z][A-Z0-9]*-[A-Za-z0-9-]+";

  /** The key cited in brackets, unique in the bibliography, e.g. {@code "DP-S8"}. */
  @NotBlank
  @Pattern(regexp = KEY_PATTERN)
  String getKey();

  /** What kind of publication it is. */
  @NotNull
  SourceKind getKind();

  /** Its title or a short description, in its own language where known. */
  @NotBlank
  String getTitle();

  /** The site, newspaper or body that published it. */
  Optional<String> getPublisher();

  /** Its address, {@code http} or {@code https}, when the notes recorded one. */
  Optional<@Pattern(regexp = "https?://\\S+", message = "{org.ntmkit.url}") String> getUrl();

  /** The date it was published, when known. */
  Optional<LocalDate> getPublished();

  /** The language it is written in. */
  @NotNull
  Language getLanguage();

  /** The passage relied on, verbatim in the source's language, when one was recorded. */
  Optional<String> getQuote();

  /** What else a reader should know: a partial address, a caveat. */
  Optional<String> getNote();

  /** A one-line citation: key, title, publisher, date and address. */
  default String cite() {
    StringBuilder out = new StringBuilder("[").append(getKey()).append("] ").append(getTitle());
    getPublisher().ifPresent(p -> out.append(" — ").append(p));
    getPublished().ifPresent(d -> out.append(", ").append(d));
    getUrl().ifPresent(u -> out.append(", ").append(u));
    return out.toString();
  }
}
