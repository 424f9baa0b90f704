package com.scoutdesk.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PersonNamesTest {

    @ParameterizedTest(name = "{0} ~ {1}")
    @CsvSource(delimiter = '|', value = {
        "Beyoncé|BEYONCE",
        "Simon & Garfunkel|simon and garfunkel",
        "Jean-Pierre  Dupont|jean pierre dupont",
        "D'Angelo|Dangelo",
        "B.o.B|bob",
        "  Amy   Wadge |amy wadge"})
    void spellingsOfOneNameAreTheSame(String one, String other) {
        assertThat(PersonNames.normal(one)).isEqualTo(PersonNames.normal(other)).isNotEmpty();
    }

    @ParameterizedTest(name = "{0} !~ {1}")
    @CsvSource(delimiter = '|', value = {"Sam Quill|Sam Quills", "Jo Penn|Joe Penn", "Mara Vell|Vell Mara"})
    void differentNamesStayDifferent(String one, String other) {
        assertThat(PersonNames.normal(one)).isNotEqualTo(PersonNames.normal(other));
    }
}
