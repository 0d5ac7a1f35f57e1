package gov.buyamerican.portal.vendor.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class SearchTextTest {

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"  ", "\t"})
    void blankSearchesNothing(String text) {
        assertThat(SearchText.parse(text).isEmpty()).isTrue();
    }

    @Test
    void wordsOfThreeLettersOrMoreMustStartAWordOfTheName() {
        SearchText s = SearchText.parse("Keystone  Forge");
        assertThat(s.fullTextExpression()).isEqualTo("+keystone* +forge*");
        assertThat(s.substrings()).isEmpty();
        assertThat(s.identifierPrefix()).isNull();
    }

    @Test
    void punctuationSeparatesWordsAndCannotInjectOperators() {
        SearchText s = SearchText.parse("+steel* -\"works\" (ohio) @3 ~x <y>");
        assertThat(s.fullTextExpression()).isEqualTo("+steel* +works* +ohio*");
        assertThat(s.substrings()).containsExactly("3", "x", "y");
    }

    @Test
    void shortWordsStopWordsAndLegalFormsBecomeSubstrings() {
        SearchText s = SearchText.parse("The 3M Co Inc of Ohio");
        assertThat(s.fullTextExpression()).isEqualTo("+ohio*");
        assertThat(s.substrings()).containsExactly("the", "3m", "co", "inc", "of");
    }

    @Test
    void keepsLettersOfEveryScript() {
        assertThat(SearchText.parse("Société Générale").fullTextExpression()).isEqualTo("+société* +générale*");
        assertThat(SearchText.tokens("Hanseatic-Werkzeug GmbH & Co.")).isEqualTo(
                List.of("Hanseatic", "Werkzeug", "GmbH", "Co"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"7vyr1", "UNXEYQN41M87", "3KF7", "em7l", "ABCDEFGHJKLM"})
    void aTokenWithADigitOrAWholeLetterOnlyUeiMayBeAnIdentifier(String text) {
        assertThat(SearchText.parse(text).identifierPrefix()).isEqualTo(text.toUpperCase(java.util.Locale.ROOT));
    }

    @ParameterizedTest
    @ValueSource(strings = {"steel", "STEELWORKS", "3M", "ab1", "UNXEYQN41M87X", "7VY R1", "7VY-R1"})
    void otherTextIsNotAnIdentifier(String text) {
        assertThat(SearchText.parse(text).identifierPrefix()).isNull();
    }
}
