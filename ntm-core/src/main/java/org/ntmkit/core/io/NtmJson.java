package org.ntmkit.core.io;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.datatype.guava.GuavaModule;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.google.common.collect.ImmutableList;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.jspecify.annotations.Nullable;
import org.ntmkit.core.LocalizedText;

/**
 * The one entry point for reading and writing the SDK's JSON documents, with safe defaults and
 * validation that really runs.
 *
 * <p>Reading parses, binds and validates (Jakarta Validation through Hibernate Validator) and
 * either returns a valid value or throws {@link InvalidInputException} listing every problem with
 * its JSON path — never another exception and never a half-read value:
 *
 * <pre>{@code
 * NtmJson json = NtmJson.defaults();
 * Ratio villages = json.read("{\"numerator\": 7, \"denominator\": 10}", Ratio.class);
 * String text = json.write(villages);
 * }</pre>
 *
 * <p>Safe defaults: no polymorphic default typing; unknown and derived properties, duplicate keys
 * (in maps too), trailing content, {@code NaN}, numbers for enums, fractions for integers, text for
 * numbers, {@code null} for a list or map, and a date other than {@code "yyyy-MM-dd"} text (a time,
 * an array) are all rejected; documents are limited in size and nesting ({@link ReadLimits}). Dates
 * are ISO-8601 ({@code "2020-12-31"}). Absent optional values are left out when writing.
 *
 * <p>Instances are immutable and thread-safe; reuse one (creating the validator is costly).
 */
public final class NtmJson {

  private final JsonMapper mapper;
  private final Validator validator;
  private final ReadLimits limits;

  private NtmJson(ReadLimits limits) {
    this.limits = limits;
    JsonFactory factory =
        JsonFactory.builder()
            .streamReadConstraints(
                StreamReadConstraints.builder()
                    .maxDocumentLength(limits.getMaxDocumentBytes())
                    .maxNestingDepth(limits.getMaxNestingDepth())
                    .maxStringLength(limits.getMaxStringLength())
                    .maxNumberLength(limits.getMaxNumberLength())
                    .build())
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
            .build();
    this.mapper =
        JsonMapper.builder(factory)
            .addModule(new GuavaModule())
            .addModule(new Jdk8Module())
            .addModule(new JavaTimeModule())
            .addModule(
                new SimpleModule("ntm-strict")
                    .addDeserializer(BigDecimal.class, new BoundedBigDecimalDeserializer())
                    .addDeserializer(java.time.LocalDate.class, new StrictLocalDateDeserializer()))
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            // A derived value (e.g. "numeratorWithinDenominator") is not an input field.
            .enable(DeserializationFeature.FAIL_ON_IGNORED_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
            .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
            .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
            .enable(MapperFeature.BLOCK_UNSAFE_POLYMORPHIC_BASE_TYPES)
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN)
            // A null inside a list or map is an error, never silently dropped.
            .defaultSetterInfo(JsonSetter.Value.forContentNulls(Nulls.FAIL))
            // "numbers": null is an error, not an empty map.
            .withConfigOverride(
                com.google.common.collect.ImmutableMap.class,
                o -> o.setSetterInfo(JsonSetter.Value.forValueNulls(Nulls.FAIL)))
            .withConfigOverride(
                com.google.common.collect.ImmutableList.class,
                o -> o.setSetterInfo(JsonSetter.Value.forValueNulls(Nulls.FAIL)))
            .withConfigOverride(
                com.google.common.collect.ImmutableSet.class,
                o -> o.setSetterInfo(JsonSetter.Value.forValueNulls(Nulls.FAIL)))
            .withConfigOverride(
                java.util.Map.class,
                o -> o.setSetterInfo(JsonSetter.Value.forValueNulls(Nulls.FAIL)))
            .withConfigOverride(
                java.util.List.class,
                o -> o.setSetterInfo(JsonSetter.Value.forValueNulls(Nulls.FAIL)))
            .withConfigOverride(
                java.util.Set.class,
                o -> o.setSetterInfo(JsonSetter.Value.forValueNulls(Nulls.FAIL)))
            .defaultPropertyInclusion(
                JsonInclude.Value.construct(
                    JsonInclude.Include.NON_ABSENT, JsonInclude.Include.NON_ABSENT))
            .build();
    this.validator =
        Validation.byProvider(HibernateValidator.class)
            .configure()
            .messageInterpolator(new ParameterMessageInterpolator())
            .buildValidatorFactory()
            .getValidator();
  }

  private static final class DefaultHolder {
    static final NtmJson INSTANCE = new NtmJson(ReadLimits.defaults());
  }

  /** The shared instance with {@link ReadLimits#defaults() default limits}. */
  public static NtmJson defaults() {
    return DefaultHolder.INSTANCE;
  }

  /** A new instance with other read limits. Create it once and reuse it. */
  public static NtmJson withLimits(ReadLimits limits) {
    return new NtmJson(limits);
  }

  /** The limits this instance reads with. */
  public ReadLimits limits() {
    return limits;
  }

  /**
   * Reads and validates a document.
   *
   * @param json UTF-8 JSON bytes
   * @param type the document type, e.g. {@code Commune.class}
   * @return a valid value, never null
   * @throws InvalidInputException listing every problem found
   */
  public <T> T read(byte[] json, Class<T> type) {
    return read(json, mapper.constructType(type));
  }

  /**
   * Reads a JSON array and validates each element, as a document of its own would be: a problem of
   * element 3 has a path starting {@code $[3]}.
   *
   * <pre>{@code
   * List<Commune> communes = json.readList(bytes, Commune.class);
   * }</pre>
   *
   * @throws InvalidInputException listing every problem found, of every element
   */
  public <T> ImmutableList<T> readList(byte[] json, Class<T> elementType) {
    List<T> list =
        read(json, mapper.getTypeFactory().constructCollectionType(List.class, elementType));
    return validateEach(list);
  }

  /**
   * Reads and validates a document given as text.
   *
   * @throws InvalidInputException listing every problem found
   */
  public <T> T read(String json, Class<T> type) {
    return read(json.getBytes(StandardCharsets.UTF_8), type);
  }

  /**
   * Reads and validates a document from a stream (not closed).
   *
   * @throws InvalidInputException listing every problem found
   * @throws UncheckedIOException if the stream cannot be read
   */
  public <T> T read(InputStream in, Class<T> type) {
    try {
      long max = limits.getMaxDocumentBytes();
      byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, max + 1));
      return read(bytes, type);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Reads and validates a document bundled as a resource, e.g. a catalog file, and closes the
   * stream. The module that holds the resource opens it (resources of a named module are
   * encapsulated), so the call reads:
   *
   * <pre>{@code
   * String path = "/org/ntmkit/ocop/catalog/ocop-targets.json";
   * json.readResource(OcopGrader.class.getResourceAsStream(path), path, ScoreSheet.class);
   * }</pre>
   *
   * @param in the resource's stream, or {@code null} when it is missing
   * @param name the resource's name, for messages
   * @throws IllegalStateException if the resource is missing (a packaging error, not bad input)
   * @throws InvalidInputException if the document is invalid
   */
  public <T> T readResource(@Nullable InputStream in, String name, Class<T> type) {
    return read(resource(in, name), mapper.constructType(type));
  }

  /**
   * As {@link #readResource(InputStream, String, Class)}, for a JSON array of {@code elementType}.
   */
  public <T> ImmutableList<T> readResourceList(
      @Nullable InputStream in, String name, Class<T> elementType) {
    return readList(resource(in, name), elementType);
  }

  /** A bundled resource of a generic type (the index of {@link BundledResources}). */
  <T> T readResource(@Nullable InputStream in, String name, JavaType type) {
    return read(resource(in, name), type);
  }

  /** The mapper's type factory, for {@link BundledResources}. */
  com.fasterxml.jackson.databind.type.TypeFactory types() {
    return mapper.getTypeFactory();
  }

  private static byte[] resource(@Nullable InputStream stream, String name) {
    if (stream == null) {
      throw new IllegalStateException("bundled resource missing: " + name);
    }
    try (InputStream in = stream) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private <T> T read(byte[] json, JavaType type) {
    if (json.length > limits.getMaxDocumentBytes()) {
      throw new InvalidInputException(
          List.of(
              InputProblem.of(
                  "$",
                  ProblemCode.TOO_LARGE,
                  LocalizedText.of(
                      "tài liệu vượt quá " + limits.getMaxDocumentBytes() + " byte",
                      "the document exceeds " + limits.getMaxDocumentBytes() + " bytes"))));
    }
    T value;
    JsonParser at = null;
    try (JsonParser parser = mapper.createParser(new ByteArrayInputStream(json))) {
      at = parser;
      value = mapper.readValue(parser, type);
    } catch (JsonProcessingException e) {
      throw new InvalidInputException(JacksonProblems.of(e, at));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (value == null) {
      throw new InvalidInputException(
          List.of(
              InputProblem.of(
                  "$",
                  ProblemCode.MISSING,
                  LocalizedText.of("tài liệu rỗng (null)", "the document is null"))));
    }
    return validate(value);
  }

  /**
   * Validates a value built in code (a builder does not validate constraints).
   *
   * @return the value, when valid
   * @throws InvalidInputException listing every violation, paths from {@code $}
   */
  public <T> T validate(T value) {
    Set<ConstraintViolation<T>> violations = validator.validate(value);
    if (!violations.isEmpty()) {
      List<InputProblem> problems = new ArrayList<>();
      for (ConstraintViolation<T> v : violations) {
        problems.add(ViolationProblems.of(v));
      }
      problems.sort(Comparator.comparing(InputProblem::getPath).thenComparing(p -> p.getCode()));
      throw new InvalidInputException(problems);
    }
    return value;
  }

  /**
   * Validates each element of a list built in code or read as an array; paths start with the
   * element's index, {@code $[i]}.
   *
   * @return the elements, when every one is valid
   * @throws InvalidInputException listing every violation of every element
   */
  public <T> ImmutableList<T> validateEach(List<T> values) {
    List<InputProblem> problems = new ArrayList<>();
    for (int i = 0; i < values.size(); i++) {
      T value = values.get(i);
      if (value == null) {
        problems.add(
            InputProblem.of(
                "$[" + i + "]",
                ProblemCode.MISSING,
                LocalizedText.of("không được có giá trị null ở đây", "null is not allowed here")));
        continue;
      }
      for (ConstraintViolation<T> v : validator.validate(value)) {
        problems.add(ViolationProblems.of(v).under("$[" + i + "]"));
      }
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    return ImmutableList.copyOf(values);
  }

  /** Writes a value as compact JSON text. */
  public String write(Object value) {
    try {
      return mapper.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("cannot write " + value.getClass().getName(), e);
    }
  }

  /** Writes a value as indented JSON text, for files people read. */
  public String writePretty(Object value) {
    try {
      return mapper.writerWithDefaultPrettyPrinter().writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("cannot write " + value.getClass().getName(), e);
    }
  }
}
