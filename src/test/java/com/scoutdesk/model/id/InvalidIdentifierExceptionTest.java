package com.scoutdesk.model.id;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.junit.jupiter.api.Test;

class InvalidIdentifierExceptionTest {

    @Test
    void messageNamesKindInputAndProblem() {
        var e = new InvalidIdentifierException("ISRC", "XX", "expected 12 characters, found 2");

        assertThat(e).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Not a valid ISRC: \"XX\": expected 12 characters, found 2.");
        assertThat(e.kind()).isEqualTo("ISRC");
        assertThat(e.input()).isEqualTo("XX");
        assertThat(e.problem()).isEqualTo("expected 12 characters, found 2.");
    }

    @Test
    void longInputIsShortenedInTheMessageButKeptInInput() {
        String huge = "A".repeat(100_000);

        var e = new InvalidIdentifierException("ISRC", huge, "too long");

        assertThat(e.getMessage())
                .isEqualTo("Not a valid ISRC: \"" + "A".repeat(80) + "...\": too long.")
                .hasSizeLessThan(120);
        assertThat(e.input()).isSameAs(huge);
    }

    @Test
    void inputOfExactlyTheLimitIsNotShortened() {
        String input = "B".repeat(InvalidIdentifierException.MAX_QUOTED_LENGTH);

        assertThat(new InvalidIdentifierException("ISWC", input, "x").getMessage()).contains('"' + input + '"');
    }

    @Test
    void lineBreaksInInputDoNotBreakTheMessage() {
        var e = new InvalidIdentifierException("ISRC", "US\nUM7\t17", "x");

        assertThat(e.getMessage()).isEqualTo("Not a valid ISRC: \"US UM7 17\": x.");
    }

    @Test
    void emptyInputIsDescribedInWords() {
        assertThat(new InvalidIdentifierException("ISWC", null, "enter the code").getMessage())
                .isEqualTo("Not a valid ISWC: the input is empty: enter the code.");
        assertThat(new InvalidIdentifierException("ISWC", " ", "enter the code").getMessage())
                .isEqualTo("Not a valid ISWC: the input is empty: enter the code.");
    }

    @Test
    void parsersShortenHugeInput() {
        String huge = "US-UM7-17-03861".repeat(10_000);

        var e = catchThrowableOfType(InvalidIdentifierException.class,
                () -> Isrc.parse(huge));

        assertThat(e.getMessage()).contains("found 120000").hasSizeLessThan(300);
    }
}
