package org.ntmkit.core;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The one Immutables style shared by every value type of the SDK.
 *
 * <p>Accessors are JavaBeans getters ({@code getCode()}, {@code isSafeZone()}) because Hibernate
 * Validator only reads constraints on such getters; JSON property names stay short ({@code code},
 * {@code safeZone}). Builders are strict (each attribute set once), collections are Guava immutable
 * collections, and {@code jakarta.*} annotations are used throughout.
 *
 * <p>Value types that belong to other modules of the SDK use it too:
 *
 * <pre>{@code
 * @Value.Immutable
 * @NtmStyle
 * @JsonSerialize(as = ImmutableScoreSheet.class)
 * @JsonDeserialize(as = ImmutableScoreSheet.class)
 * public interface ScoreSheet { ... }
 * }</pre>
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
    get = {"get*", "is*"},
    init = "set*",
    jakarta = true,
    strictBuilder = true,
    validationMethod = Value.Style.ValidationMethod.SIMPLE,
    jdkOnly = false,
    visibility = Value.Style.ImplementationVisibility.PUBLIC,
    defaults = @Value.Immutable(copy = true))
public @interface NtmStyle {}
