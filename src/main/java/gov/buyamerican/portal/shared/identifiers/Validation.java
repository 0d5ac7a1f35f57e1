package gov.buyamerican.portal.shared.identifiers;

import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * The outcome of checking one user-supplied value: either the {@linkplain Valid normalized value} or an
 * {@linkplain Invalid error message} written to be shown next to the form field.
 *
 * <p>Every rule in this package returns one of these, so that a Vaadin {@code Binder} can use a rule in one
 * line, either as a validator or as a converter that stores the normalized value:
 *
 * <pre>{@code
 * binder.forField(ueiField)
 *       .withValidator((value, context) -> Uei.validate(value).fold(ok -> ValidationResult.ok(), ValidationResult::error))
 *       ...
 * binder.forField(ueiField)
 *       .withConverter(Converter.from(value -> Uei.validate(value).fold(Result::ok, Result::error), value -> value))
 * }</pre>
 *
 * <p>For a field that may be left empty, wrap the rule with {@link #optional(String, Function)}.
 *
 * @param <T> type of the normalized value
 */
public sealed interface Validation<T> permits Validation.Valid, Validation.Invalid {

    /**
     * The input passed the rule.
     *
     * @param value the normalized value (trimmed, upper-cased, ... as the rule documents); never {@code null}
     * @param <T> type of the normalized value
     */
    record Valid<T>(T value) implements Validation<T> {
        /** @throws NullPointerException if {@code value} is null */
        public Valid {
            Objects.requireNonNull(value, "value");
        }
    }

    /**
     * The input failed the rule.
     *
     * @param message a short, human-readable sentence fit to show next to the form field, such as
     *                "UEI cannot start with 0"
     * @param <T> type the value would have had
     */
    record Invalid<T>(String message) implements Validation<T> {
        /** @throws IllegalArgumentException if {@code message} is null or blank */
        public Invalid {
            if (message == null || message.isBlank()) {
                throw new IllegalArgumentException("an Invalid needs a message");
            }
        }
    }

    /**
     * Creates a successful outcome.
     *
     * @param value the normalized value, not null
     * @param <T> type of the value
     * @return a {@link Valid}
     */
    static <T> Validation<T> valid(T value) {
        return new Valid<>(value);
    }

    /**
     * Creates a failed outcome.
     *
     * @param message the message to show to the user, not blank
     * @param <T> type the value would have had
     * @return an {@link Invalid}
     */
    static <T> Validation<T> invalid(String message) {
        return new Invalid<>(message);
    }

    /**
     * Applies {@code rule} only when the input is not blank: for optional form fields and optional CSV cells.
     *
     * @param input the raw input, may be null
     * @param rule  the rule for a non-blank input, e.g. {@code CageCode::validate}
     * @param <T>   type of the normalized value
     * @return {@code Valid(Optional.empty())} for a null or blank input (blank as the rules trim), otherwise the rule's outcome with the
     *         value wrapped in an {@code Optional}
     */
    static <T> Validation<Optional<T>> optional(String input, Function<String, Validation<T>> rule) {
        if (Chars.trim(input).isEmpty()) {
            return valid(Optional.empty());
        }
        return rule.apply(input).map(Optional::of);
    }

    /** @return true if this is a {@link Valid} */
    default boolean isValid() {
        return this instanceof Valid<T>;
    }

    /** @return the normalized value, or empty if invalid */
    default Optional<T> toOptional() {
        return this instanceof Valid<T>(T value) ? Optional.of(value) : Optional.empty();
    }

    /** @return the message of an {@link Invalid}, or empty if valid */
    default Optional<String> problem() {
        return this instanceof Invalid<T>(String message) ? Optional.of(message) : Optional.empty();
    }

    /**
     * Returns the normalized value, for code paths where invalid input is a programming error.
     *
     * @return the normalized value
     * @throws IllegalArgumentException carrying the message if this is an {@link Invalid}
     */
    default T orElseThrow() {
        return switch (this) {
            case Valid<T>(T value) -> value;
            case Invalid<T>(String message) -> throw new IllegalArgumentException(message);
        };
    }

    /**
     * Transforms the value of a {@link Valid}; an {@link Invalid} keeps its message.
     *
     * @param mapper function applied to the value, must not return null
     * @param <R>    new value type
     * @return the transformed outcome
     */
    default <R> Validation<R> map(Function<? super T, ? extends R> mapper) {
        return switch (this) {
            case Valid<T>(T value) -> new Valid<>(mapper.apply(value));
            case Invalid<T>(String message) -> new Invalid<>(message);
        };
    }

    /**
     * Reduces both cases to one result; the one-line bridge to UI frameworks (see the class comment).
     *
     * @param onValid   applied to the normalized value
     * @param onInvalid applied to the message
     * @param <R>       result type
     * @return the result of whichever function applied
     */
    default <R> R fold(Function<? super T, ? extends R> onValid, Function<? super String, ? extends R> onInvalid) {
        return switch (this) {
            case Valid<T>(T value) -> onValid.apply(value);
            case Invalid<T>(String message) -> onInvalid.apply(message);
        };
    }
}
