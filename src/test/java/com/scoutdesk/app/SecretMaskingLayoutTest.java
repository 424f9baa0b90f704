package com.scoutdesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.PatternLayout;
import ch.qos.logback.classic.spi.LoggingEvent;
import java.util.List;
import org.junit.jupiter.api.Test;

class SecretMaskingLayoutTest {

    @Test
    void aSecretThatReachesAMessageOrAStackTraceIsMasked() {
        LoggerContext ctx = new LoggerContext();
        PatternLayout pattern = new PatternLayout();
        pattern.setContext(ctx);
        pattern.setPattern("%level %msg%n");
        pattern.start();
        SecretMaskingLayout layout = new SecretMaskingLayout(pattern, List.of("s3cr3t-value-1", "s3cr3t-value-12345",
                "abc"));
        LoggingEvent event = new LoggingEvent("x", ctx.getLogger("test"), Level.WARN,
                "token request with s3cr3t-value-12345 and s3cr3t-value-1 failed; abc stays",
                new IllegalStateException("echoed s3cr3t-value-1"), null);

        String line = layout.doLayout(event);

        assertThat(line).startsWith("WARN token request with **** and **** failed; abc stays")
                .contains("echoed ****").doesNotContain("s3cr3t").doesNotContain("12345");
    }
}
