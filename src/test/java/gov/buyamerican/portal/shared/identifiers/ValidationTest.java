package gov.buyamerican.portal.shared.identifiers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class ValidationTest {

    @Test
    void foldBridgesToAnyResultTypeInOneLine() {
        String ok = Uei.validate("unxeyqn41m87").fold(v -> "ok " + v, m -> "error " + m);
        String error = Uei.validate("0NXEYQN41M87").fold(v -> "ok " + v, m -> "error " + m);
        assertThat(ok).isEqualTo("ok UNXEYQN41M87");
        assertThat(error).isEqualTo("error UEI cannot start with 0");
    }

    @Test
    void accessorsReflectTheCase() {
        Validation<String> valid = Validation.valid("X");
        Validation<String> invalid = Validation.invalid("bad");
        assertThat(valid.isValid()).isTrue();
        assertThat(valid.toOptional()).contains("X");
        assertThat(valid.problem()).isEmpty();
        assertThat(valid.orElseThrow()).isEqualTo("X");
        assertThat(invalid.isValid()).isFalse();
        assertThat(invalid.toOptional()).isEmpty();
        assertThat(invalid.problem()).contains("bad");
        assertThatThrownBy(invalid::orElseThrow).isInstanceOf(IllegalArgumentException.class).hasMessage("bad");
    }

    @Test
    void mapKeepsTheMessageOfAnInvalid() {
        assertThat(Validation.<String>valid("ab").map(String::length)).isEqualTo(Validation.valid(2));
        assertThat(Validation.<String>invalid("bad").map(String::length)).isEqualTo(Validation.invalid("bad"));
    }

    @Test
    void optionalAcceptsBlankAndChecksTheRest() {
        assertThat(Validation.optional(null, CageCode::validate)).isEqualTo(Validation.valid(Optional.empty()));
        assertThat(Validation.optional(" \u00A0", CageCode::validate)).isEqualTo(Validation.valid(Optional.empty()));
        assertThat(Validation.optional("7vyr1", CageCode::validate)).isEqualTo(Validation.valid(Optional.of("7VYR1")));
        assertThat(Validation.optional("7VYR", CageCode::validate))
                .isEqualTo(Validation.invalid("CAGE code must be 5 letters and digits (got 4)"));
    }

    @Test
    void refusesNullValuesAndBlankMessages() {
        assertThatThrownBy(() -> Validation.valid(null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> Validation.invalid(" ")).isInstanceOf(IllegalArgumentException.class);
    }
}
