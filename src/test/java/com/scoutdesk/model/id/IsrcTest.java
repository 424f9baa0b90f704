package com.scoutdesk.model.id;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullSource;

class IsrcTest {

    @ParameterizedTest(name = "[{index}] \"{0}\" -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            USUM71703861                | USUM71703861
            US-UM7-17-03861             | USUM71703861
            us-um7-17-03861             | USUM71703861
            Us-Um7-17-03861             | USUM71703861
            ISRC USUM71703861           | USUM71703861
            isrc: US-UM7-17-03861       | USUM71703861
            ISRCUSUM71703861            | USUM71703861
            US–UM7–17–03861             | USUM71703861
            ISRC:GBAYE0601498           | GBAYE0601498
            '  GB-AYE-06-01498  '       | GBAYE0601498
            GB AYE 06 01498             | GBAYE0601498
            USRC17607839                | USRC17607839
            isrc usrc17607839           | USRC17607839
            U S R C 1 7 6 0 7 8 3 9     | USRC17607839
            'ISRC  :  QZES71982312'     | QZES71982312
            QM-6MZ-21-56864             | QM6MZ2156864
            GB-123-99-00001             | GB1239900001
            DE-A62-15-00225             | DEA621500225
            FR-Z03-98-00212             | FRZ039800212
            BR-RGE-22-00017             | BRRGE2200017
            ISRCA1700001                | ISRCA1700001
            ISRC ISRCA1700001           | ISRCA1700001
            ISRC-IS-RCA-17-00001        | ISRCA1700001
            """)
    void parsesValidInputToCanonicalValue(String input, String expected) {
        Isrc isrc = Isrc.parse(input);

        assertThat(isrc.value()).isEqualTo(expected);
        assertThat(Isrc.isValid(input)).isTrue();
    }

    @ParameterizedTest(name = "[{index}] \"{0}\" -> mentions {1}")
    @CsvSource(delimiter = '|', textBlock = """
            US-UM7-17-0386              | found 11
            USUM7-17-0386               | found 11
            US-UM7-17-038610            | found 13
            USUM717038                  | found 10
            ISRC US-UM7-17              | found 7
            US.UM7.17.03861             | found 15
            USUM71703861USUM71703861    | found 24
            ''                          | empty
            '   '                       | empty
            'ISRC:'                     | no code after the "ISRC" prefix
            ISRC                        | no code after the "ISRC" prefix
            1SUM71703861                | country code "1S" must be two letters
            00UM71703861                | country code "00" must be two letters
            U1UM71703861                | country code "U1" must be two letters
            ÜSUM71703861                | country code "ÜS"
            US-U_7-17-03861             | registrant code "U_7"
            US@M71703861                | registrant code "@M7"
            USUM7A703861                | year "A7" (characters 6 and 7) must be two digits
            USUM7I703861                | year "I7"
            USUM7170386X                | designation code "0386X" (the last 5 characters) must be digits
            USUM717O3861                | designation code "O3861"
            'US UM7 17 O3861'           | designation code "O3861"
            """)
    void rejectsInvalidInputNamingTheProblem(String input, String problem) {
        InvalidIdentifierException e = catchThrowableOfType(InvalidIdentifierException.class,
                () -> Isrc.parse(input));

        assertThat(e).hasMessageContaining(problem);
        assertThat(e.kind()).isEqualTo("ISRC");
        assertThat(e.input()).isEqualTo(input);
        assertThat(Isrc.isValid(input)).isFalse();
    }

    @ParameterizedTest
    @NullSource
    void rejectsNull(String input) {
        assertThatThrownBy(() -> Isrc.parse(input))
                .isInstanceOf(InvalidIdentifierException.class)
                .hasMessage("Not a valid ISRC: the input is empty: enter the 12-character code, e.g. USUM71703861.");
        assertThat(Isrc.isValid(input)).isFalse();
    }

    @Test
    void wrongLengthMessageQuotesInputAndExplainsTheFormat() {
        assertThatThrownBy(() -> Isrc.parse("US-UM7-17-0386"))
                .isInstanceOf(InvalidIdentifierException.class)
                .hasMessage("Not a valid ISRC: \"US-UM7-17-0386\": expected 12 characters (2 letters, 3 letters or"
                        + " digits, 7 digits) after removing hyphens and spaces, found 11.");
    }

    @Test
    void exposesParts() {
        Isrc isrc = Isrc.parse("us-um7-17-03861");

        assertThat(isrc.countryCode()).isEqualTo("US");
        assertThat(isrc.registrantCode()).isEqualTo("UM7");
        assertThat(isrc.year()).isEqualTo("17");
        assertThat(isrc.designation()).isEqualTo("03861");
        assertThat(isrc.display()).isEqualTo("US-UM7-17-03861");
        assertThat(isrc).hasToString("USUM71703861");
    }

    @ParameterizedTest
    @CsvSource({"USUM71703861", "GBAYE0601498", "QM6MZ2156864", "ISRCA1700001", "GB1239900001"})
    void displayAndValueRoundTrip(String canonical) {
        Isrc isrc = Isrc.parse(canonical);

        assertThat(Isrc.parse(isrc.display())).isEqualTo(isrc);
        assertThat(Isrc.parse(isrc.value()).value()).isEqualTo(canonical);
        assertThat(Isrc.parse(isrc.toString())).isEqualTo(isrc);
    }

    @Test
    void equalityFollowsCanonicalValue() {
        Isrc a = Isrc.parse("ISRC: us-um7-17-03861");
        Isrc b = Isrc.parse("USUM71703861");
        Isrc other = Isrc.parse("USUM71703862");

        assertThat(a).isEqualTo(b).hasSameHashCodeAs(b).isNotEqualTo(other);
        assertThat(a).isNotEqualTo("USUM71703861");
    }
}
