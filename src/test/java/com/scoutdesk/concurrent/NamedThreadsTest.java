package com.scoutdesk.concurrent;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.ThreadFactory;
import org.junit.jupiter.api.Test;

class NamedThreadsTest {

    @Test
    void aFactoryNamesItsDaemonThreadsWithACounter() {
        ThreadFactory threads = NamedThreads.daemon("scoutdesk-test");

        Thread first = threads.newThread(() -> { });
        Thread second = threads.newThread(() -> { });

        assertThat(first.getName()).isEqualTo("scoutdesk-test-1");
        assertThat(second.getName()).isEqualTo("scoutdesk-test-2");
        assertThat(first.isDaemon()).isTrue();
        assertThat(second.isDaemon()).isTrue();
    }

    @Test
    void aSingleThreadKeepsItsNameAndHandsWhatKillsItToTheLog() throws InterruptedException {
        Thread thread = NamedThreads.daemon("scoutdesk-single", () -> {
            throw new IllegalStateException("boom");
        });

        assertThat(thread.getName()).isEqualTo("scoutdesk-single");
        assertThat(thread.isDaemon()).isTrue();
        assertThat(thread.getUncaughtExceptionHandler()).as("not the thread group's printing to stderr")
                .isNotSameAs(thread.getThreadGroup());
        thread.start();
        thread.join(10_000);
        assertThat(thread.isAlive()).isFalse();
    }
}
