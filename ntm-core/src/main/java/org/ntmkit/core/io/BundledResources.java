package org.ntmkit.core.io;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The documents a module bundles, listed by group in an index resource ({@code index.json} in the
 * module's catalog folder), so that adding a catalog is adding a file and a line, never Java code.
 *
 * <p>The index, e.g. {@code /org/ntmkit/rules/catalog/index.json}:
 *
 * <pre>{@code
 * {"variables": ["commune/variables.json"],
 *  "sets": ["commune/qd-1980-2016.json", "commune/qd-318-2022-basic.json", ...]}
 * }</pre>
 *
 * <p>The module that holds the resources opens them (resources of a named module are encapsulated),
 * by passing its own class's {@code getResourceAsStream}:
 *
 * <pre>{@code
 * BundledResources bundled =
 *     BundledResources.of(NtmRules.class::getResourceAsStream, "/org/ntmkit/rules/catalog/");
 * List<CriteriaSet> sets = bundled.readAll("sets", CriteriaSet.class);
 * }</pre>
 *
 * <p>Every document is read and validated by {@link NtmJson#defaults()}. A missing index, group or
 * file is a packaging error ({@link IllegalStateException}), not bad input.
 */
public final class BundledResources {

  /** Opens a resource of the module that holds it; {@code null} when there is none. */
  @FunctionalInterface
  public interface Opener {
    /**
     * The resource's stream.
     *
     * @param path an absolute resource path, e.g. {@code /org/ntmkit/rules/catalog/index.json}
     */
    @Nullable InputStream open(String path);
  }

  private final Opener opener;
  private final String folder;
  private final ImmutableMap<String, ImmutableList<String>> index;

  private BundledResources(
      Opener opener, String folder, ImmutableMap<String, ImmutableList<String>> index) {
    this.opener = opener;
    this.folder = folder;
    this.index = index;
  }

  /**
   * The resources listed in {@code folder + "index.json"}.
   *
   * @param opener the holding module's {@code Class::getResourceAsStream}
   * @param folder an absolute resource folder ending in {@code /}
   * @throws IllegalStateException if the index is missing
   * @throws InvalidInputException if the index is not an object of lists of file names
   */
  public static BundledResources of(Opener opener, String folder) {
    if (!folder.startsWith("/") || !folder.endsWith("/")) {
      throw new IllegalArgumentException("an absolute folder ending in '/': " + folder);
    }
    String path = folder + "index.json";
    NtmJson json = NtmJson.defaults();
    Map<String, List<String>> index =
        json.readResource(
            opener.open(path),
            path,
            json.types()
                .constructMapType(
                    Map.class,
                    json.types().constructType(String.class),
                    json.types().constructCollectionType(List.class, String.class)));
    ImmutableMap.Builder<String, ImmutableList<String>> copy = ImmutableMap.builder();
    index.forEach((group, names) -> copy.put(group, ImmutableList.copyOf(names)));
    return new BundledResources(opener, folder, copy.buildOrThrow());
  }

  /** The groups of the index, in its order. */
  public ImmutableList<String> groups() {
    return index.keySet().asList();
  }

  /**
   * The file names of a group, relative to the folder, in the index's order.
   *
   * @throws IllegalStateException if the index has no such group
   */
  public ImmutableList<String> names(String group) {
    ImmutableList<String> names = index.get(group);
    if (names == null) {
      throw new IllegalStateException(
          "no group '" + group + "' in " + folder + "index.json; has: " + index.keySet());
    }
    return names;
  }

  /** Every document of a group, read and validated, in the index's order. */
  public <T> ImmutableList<T> readAll(String group, Class<T> type) {
    ImmutableList.Builder<T> out = ImmutableList.builder();
    for (String name : names(group)) {
      out.add(read(name, type));
    }
    return out.build();
  }

  /**
   * The one document of a group.
   *
   * @throws IllegalStateException if the group does not list exactly one file
   */
  public <T> T readOne(String group, Class<T> type) {
    return read(only(group), type);
  }

  /** The one document of a group, a JSON array of {@code elementType}, each element validated. */
  public <T> ImmutableList<T> readOneList(String group, Class<T> elementType) {
    String path = folder + only(group);
    return NtmJson.defaults().readResourceList(opener.open(path), path, elementType);
  }

  private String only(String group) {
    ImmutableList<String> names = names(group);
    if (names.size() != 1) {
      throw new IllegalStateException(
          "group '" + group + "' of " + folder + "index.json lists " + names.size() + " files");
    }
    return names.get(0);
  }

  /** A document by its name relative to the folder, read and validated. */
  public <T> T read(String name, Class<T> type) {
    String path = folder + name;
    return NtmJson.defaults().readResource(opener.open(path), path, type);
  }
}
