package com.scoutdesk.model.id;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullSource;

class IswcTest {

    // T-034.524.680-1, T-010.140.236-1, T-101.690.320-9 and T0000000010 are known-good values from the project's
    // research; the check digits of the others were computed outside this class.
    @ParameterizedTest(name = "[{index}] \"{0}\" -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            T-034.524.680-1             | T0345246801
            T0345246801                 | T0345246801
            T-034524680-1               | T0345246801
            t-034.524.680-1             | T0345246801
            'T 034 524 680 1'           | T0345246801
            ISWC T-034.524.680-1        | T0345246801
            T-010.140.236-1             | T0101402361
            'iswc: t0101402361'         | T0101402361
            T-101.690.320-9             | T1016903209
            '  T-101.690.320-9  '       | T1016903209
            T0000000010                 | T0000000010
            T-547.280.385-7             | T5472803857
            T 280 841 485 6             | T2808414856
            T-253.888.539-8             | T2538885398
            t3363387508                 | T3363387508
            T-047439575-9               | T0474395759
            T–513.137.353–4             | T5131373534
            T.799.075.116.3             | T7990751163
            T-372.651.676-9             | T3726516769
            ISWC:T-122.202.972-1        | T1222029721
            T 997.528.820-1             | T9975288201
            T-018.263.304-0             | T0182633040
            """)
    void parsesValidInputToCanonicalValue(String input, String expected) {
        assertThat(Iswc.parse(input).value()).isEqualTo(expected);
        assertThat(Iswc.isValid(input)).isTrue();
    }

    @ParameterizedTest(name = "[{index}] \"{0}\" -> mentions {1}")
    @CsvSource(delimiter = '|', textBlock = """
            T-034.524.680-2             | is 2, but for T-034.524.680 it must be 1
            T0345246800                 | is 0, but for T-034.524.680 it must be 1
            T-043.524.680-1             | for T-043.524.680 it must be 2
            T-010.140.236-2             | it must be 1
            T-101.690.320-0             | it must be 9
            T-000.000.000-0             | it must be 9
            T-547.280.385-8             | it must be 7
            0345246801                  | leading T is missing
            034.524.680-1               | leading T is missing
            X-034.524.680-1             | starts with the letter T
            USUM71703861                | starts with the letter T
            T-034.524.680               | found 9 digits
            T-034.524.680-12            | found 11 digits
            T                           | found 0 digits
            T-034.524.680-1 T-010.140.236-1 | found "T"
            TT0345246801                | found "T"
            T-034.52A.680-1             | found "A"
            T-034/524/680-1             | found "/"
            T03452468O1                 | found "O"
            T_0345246801                | found "_"
            ''                          | empty
            '   '                       | empty
            'ISWC:'                     | no code after the "ISWC" prefix
            """)
    void rejectsInvalidInputNamingTheProblem(String input, String problem) {
        InvalidIdentifierException e = catchThrowableOfType(InvalidIdentifierException.class,
                () -> Iswc.parse(input));

        assertThat(e).hasMessageContaining(problem);
        assertThat(e.kind()).isEqualTo("ISWC");
        assertThat(e.input()).isEqualTo(input);
        assertThat(Iswc.isValid(input)).isFalse();
    }

    @ParameterizedTest
    @NullSource
    void rejectsNull(String input) {
        assertThatThrownBy(() -> Iswc.parse(input))
                .isInstanceOf(InvalidIdentifierException.class)
                .hasMessageContaining("empty");
    }

    @Test
    void wrongCheckDigitMessageNamesTheExpectedDigit() {
        assertThatThrownBy(() -> Iswc.parse("T-034.524.680-2"))
                .isInstanceOf(InvalidIdentifierException.class)
                .hasMessage("Not a valid ISWC: \"T-034.524.680-2\": the check digit (the last digit) is 2, but for"
                        + " T-034.524.680 it must be 1; check the digits for a typing error.");
    }

    @Test
    void formatsForDisplay() {
        Iswc iswc = Iswc.parse("t0345246801");

        assertThat(iswc.value()).isEqualTo("T0345246801");
        assertThat(iswc.display()).isEqualTo("T-034.524.680-1");
        assertThat(iswc).hasToString("T0345246801");
    }

    @ParameterizedTest
    @CsvSource({"T0345246801", "T0101402361", "T1016903209", "T0000000010", "T0182633040"})
    void displayAndValueRoundTrip(String canonical) {
        Iswc iswc = Iswc.parse(canonical);

        assertThat(Iswc.parse(iswc.display())).isEqualTo(iswc);
        assertThat(Iswc.parse(iswc.display()).value()).isEqualTo(canonical);
    }

    @Test
    void equalityFollowsCanonicalValue() {
        Iswc a = Iswc.parse("T-034.524.680-1");
        Iswc b = Iswc.parse("t 0345246801");

        assertThat(a).isEqualTo(b).hasSameHashCodeAs(b).isNotEqualTo(Iswc.parse("T-010.140.236-1"));
        assertThat(a).isNotEqualTo("T0345246801");
    }
}
