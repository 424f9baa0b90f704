package com.scoutdesk.service.export;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FormulaGuardTest {

    @ParameterizedTest
    @ValueSource(strings = {"=SUM(A1)", "+1", "-1+2", "@cmd", "\tfoo", "\rfoo", "=HYPERLINK(\"http://x\")", "-5"})
    void dangerousTextGetsALeadingQuoteAndKeepsTheRest(String text) {
        assertThat(FormulaGuard.isDangerous(text)).isTrue();
        assertThat(FormulaGuard.neutralise(text)).isEqualTo("'" + text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "Beyoncé", "a=b", "1-2", " =SUM(A1)", "'quoted", "12.5", "foo\tbar", "\nfoo"})
    void safeTextIsUntouched(String text) {
        assertThat(FormulaGuard.isDangerous(text)).isFalse();
        assertThat(FormulaGuard.neutralise(text)).isSameAs(text);
    }

    @Test
    void nullIsNotDangerous() {
        assertThat(FormulaGuard.isDangerous(null)).isFalse();
        assertThat(FormulaGuard.neutralise(null)).isNull();
    }

    @Test
    void numericLiteralsAreRecognised() {
        assertThat(FormulaGuard.isNumericLiteral("-12.5")).isTrue();
        assertThat(FormulaGuard.isNumericLiteral("-1E+3")).isTrue();
        assertThat(FormulaGuard.isNumericLiteral("1.0E-5")).isTrue();
        assertThat(FormulaGuard.isNumericLiteral("-Infinity")).isFalse();
        assertThat(FormulaGuard.isNumericLiteral("NaN")).isFalse();
        assertThat(FormulaGuard.isNumericLiteral("-1+2")).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"=1+1", "'=1+1", "''=x", "'quoted", "plain", "-5", "@home", "'", ""})
    void restoreGivesBackWhatNeutraliseWasGiven(String text) {
        assertThat(FormulaGuard.restore(FormulaGuard.neutralise(text))).isEqualTo(text);
    }

    @org.junit.jupiter.api.Test
    void aCellASpreadsheetSavedWithoutThePrefixStaysAsItIs() {
        assertThat(FormulaGuard.restore("=1+1")).isEqualTo("=1+1");
        assertThat(FormulaGuard.neutralise("'=1+1")).isEqualTo("''=1+1");
    }
}
