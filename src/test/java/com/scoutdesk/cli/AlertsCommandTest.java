package com.scoutdesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** {@code scoutdesk alerts dismiss} refuses what is not an alert before the workspace is opened. */
class AlertsCommandTest {

    @Test
    void aDismissOfSomethingThatIsNotANumberSaysWhatToGive() {
        CliHarness.Result r = CliHarness.run(CliHarness.noWorkspace(), "alerts", "dismiss", "latest");

        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("'latest' is not an alert number").contains("--all");
    }

    @Test
    void aDismissOfNothingOrOfBothIsRefused() {
        assertThat(CliHarness.run(CliHarness.noWorkspace(), "alerts", "dismiss").exitCode()).isEqualTo(2);
        assertThat(CliHarness.run(CliHarness.noWorkspace(), "alerts", "dismiss", "3", "--all").exitCode())
                .isEqualTo(2);
    }

    @Test
    void aLimitBelowOneIsRefused() {
        CliHarness.Result r = CliHarness.run(CliHarness.noWorkspace(), "alerts", "--limit", "0");

        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("--limit must be 1 or more");
    }
}
