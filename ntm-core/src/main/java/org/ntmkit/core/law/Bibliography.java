package org.ntmkit.core.law;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ntmkit.core.io.NtmJson;

/**
 * The sources the bundled catalogs cite, by key: every {@code [KEY]} in a catalog note resolves
 * here, inside the jars, without the project's research notes.
 *
 * <pre>{@code
 * Bibliography bib = Bibliography.bundled();
 * bib.require("DP-S8").cite();
 * // "[DP-S8] Thư Viện Pháp Luật news — QĐ 18/2022/QĐ-TTg: cases of revoking … — tintuc…, https://…"
 * Bibliography.citedKeys("Delegated to the province [DP-S5]; 60% counted [DP-S66].");
 * // [DP-S5, DP-S66]
 * }</pre>
 *
 * <p>Keys carry the research note they were first recorded in as a prefix ({@code CC} commune
 * criteria, {@code DP} district, province and village, {@code QA} the QĐ 318 addendum, {@code OF}
 * OCOP and funding, {@code HT} Hà Tĩnh's own documents, {@code AU} the December 2026 catalog
 * audit's new research), so that the same short tag in two notes never means two sources. The legal
 * basis of each instrument, with what is known and what is NOT FOUND, is documented in the
 * repository's {@code docs/legal/} folder. Immutable and thread-safe.
 */
public final class Bibliography {

  private static final String RESOURCE = "/org/ntmkit/core/law/sources.json";
  private static final Pattern CITATION = Pattern.compile("\\[(" + Source.KEY_PATTERN + ")\\]");

  private final ImmutableMap<String, Source> sources;

  private Bibliography(ImmutableMap<String, Source> sources) {
    this.sources = sources;
  }

  /**
   * A bibliography of the given sources.
   *
   * @throws IllegalArgumentException if two sources have the same key
   */
  public static Bibliography of(Iterable<Source> sources) {
    ImmutableMap.Builder<String, Source> byKey = ImmutableMap.builder();
    for (Source s : sources) {
      byKey.put(s.getKey(), s);
    }
    try {
      return new Bibliography(byKey.buildOrThrow());
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("two sources with the same key: " + e.getMessage(), e);
    }
  }

  /** The sources shipped with the SDK ({@code org/ntmkit/core/law/sources.json}), validated. */
  public static Bibliography bundled() {
    return Holder.BUNDLED;
  }

  /** Every source, in key order. */
  public ImmutableList<Source> all() {
    return sources.values().asList();
  }

  /** The source with this key, if there is one. */
  public Optional<Source> find(String key) {
    return Optional.ofNullable(sources.get(key));
  }

  /**
   * The source with this key.
   *
   * @throws IllegalArgumentException if there is none, naming the key
   */
  public Source require(String key) {
    Source s = sources.get(key);
    if (s == null) {
      throw new IllegalArgumentException("no source with the key " + key);
    }
    return s;
  }

  /** The sources {@code text} cites in brackets and this bibliography holds, in citation order. */
  public ImmutableList<Source> citedIn(CharSequence text) {
    return citedKeys(text).stream()
        .map(sources::get)
        .filter(Objects::nonNull)
        .collect(ImmutableList.toImmutableList());
  }

  /** The keys {@code text} cites in brackets ({@code "[CC-S31]"}), in order, each once. */
  public static ImmutableSet<String> citedKeys(CharSequence text) {
    ImmutableSet.Builder<String> keys = ImmutableSet.builder();
    Matcher m = CITATION.matcher(text);
    while (m.find()) {
      keys.add(m.group(1));
    }
    return keys.build();
  }

  private static final class Holder {
    static final Bibliography BUNDLED =
        of(
            NtmJson.defaults()
                .readResourceList(
                    Bibliography.class.getResourceAsStream(RESOURCE), RESOURCE, Source.class));
  }
}
