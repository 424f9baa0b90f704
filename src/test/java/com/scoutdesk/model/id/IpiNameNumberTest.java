package com.scoutdesk.model.id;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullSource;

class IpiNameNumberTest {

    // 00819749198 and 00633996999 are real IPI name numbers; the check digits of the others were computed outside
    // this class. 00100398900 and 00100399800 cover the two remainders (0 and 1) that both give check digits 00.
    @ParameterizedTest(name = "[{index}] \"{0}\" -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            00819749198                 | 00819749198
            008 197 491 98              | 00819749198
            00.819.749.198              | 00819749198
            008-197-491-98              | 00819749198
            IPI 00819749198             | 00819749198
            ipi#00819749198             | 00819749198
            00633996999                 | 00633996999
            'IPI: 00633996999'          | 00633996999
            '  00633996999  '           | 00633996999
            00526018182                 | 00526018182
            00590830145                 | 00590830145
            00661318651                 | 00661318651
            00091390964                 | 00091390964
            00960308245                 | 00960308245
            00462819437                 | 00462819437
            00821993518                 | 00821993518
            00181909354                 | 00181909354
            00786579761                 | 00786579761
            00543231973                 | 00543231973
            00100398900                 | 00100398900
            00100399800                 | 00100399800
            12345678993                 | 12345678993
            10000000091                 | 10000000091
            """)
    void parsesValidInputToCanonicalValue(String input, String expected) {
        assertThat(IpiNameNumber.parse(input).value()).isEqualTo(expected);
        assertThat(IpiNameNumber.isValid(input)).isTrue();
    }

    @ParameterizedTest(name = "[{index}] \"{0}\" -> mentions {1}")
    @CsvSource(delimiter = '|', textBlock = """
            00819749197                 | are 97, but for 008197491 they must be 98
            00819749189                 | are 89, but for 008197491 they must be 98
            00918749198                 | for 009187491 they must be 96
            00633996998                 | they must be 99
            00633996909                 | they must be 99
            00526018183                 | they must be 82
            12345678912                 | they must be 93
            00100398901                 | they must be 00
            819749198                   | 11 digits and leading zeros count, found 9 digits
            0819749198                  | found 10 digits
            8819749198                  | found 10 digits
            008197491980                | found 12 digits
            1234                        | found 4 digits
            00819749198 00633996999     | found 22 digits
            I-000000229-7               | IPI base number
            i0000002297                 | IPI base number
            00819749l98                 | only digits, found "l"
            00819749198a                | found "a"
            +00819749198                | found "+"
            008197491/98                | found "/"
            abc                         | only digits
            ''                          | empty
            '   '                       | empty
            'IPI:'                      | no number after the "IPI" prefix
            """)
    void rejectsInvalidInputNamingTheProblem(String input, String problem) {
        InvalidIdentifierException e = catchThrowableOfType(InvalidIdentifierException.class,
                () -> IpiNameNumber.parse(input));

        assertThat(e).hasMessageContaining(problem);
        assertThat(e.kind()).isEqualTo("IPI name number");
        assertThat(e.input()).isEqualTo(input);
        assertThat(IpiNameNumber.isValid(input)).isFalse();
    }

    @ParameterizedTest
    @NullSource
    void rejectsNull(String input) {
        assertThatThrownBy(() -> IpiNameNumber.parse(input))
                .isInstanceOf(InvalidIdentifierException.class)
                .hasMessageContaining("empty");
    }

    @Test
    void wrongCheckDigitsMessageNamesTheExpectedDigits() {
        assertThatThrownBy(() -> IpiNameNumber.parse("00819749197"))
                .isInstanceOf(InvalidIdentifierException.class)
                .hasMessage("Not a valid IPI name number: \"00819749197\": the check digits (the last two) are 97,"
                        + " but for 008197491 they must be 98; check the digits for a typing error.");
    }

    @Test
    void shortNumberMessageSaysLeadingZerosCount() {
        assertThatThrownBy(() -> IpiNameNumber.parse("819749198"))
                .hasMessage("Not a valid IPI name number: \"819749198\": IPI name numbers are 11 digits and leading"
                        + " zeros count, found 9 digits; if a spreadsheet dropped the leading zeros, add them back.");
    }

    @Test
    void keepsLeadingZeros() {
        IpiNameNumber ipi = IpiNameNumber.parse("008 197 491 98");

        assertThat(ipi.value()).isEqualTo("00819749198");
        assertThat(ipi).hasToString("00819749198");
        assertThat(IpiNameNumber.parse(ipi.value())).isEqualTo(ipi);
    }

    @Test
    void equalityFollowsCanonicalValue() {
        IpiNameNumber a = IpiNameNumber.parse("IPI: 00819749198");
        IpiNameNumber b = IpiNameNumber.parse("00.819.749.198");

        assertThat(a).isEqualTo(b).hasSameHashCodeAs(b).isNotEqualTo(IpiNameNumber.parse("00633996999"));
        assertThat(a).isNotEqualTo("00819749198");
    }
}
