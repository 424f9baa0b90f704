package com.scoutdesk.app;

import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.Layout;
import ch.qos.logback.core.LayoutBase;
import java.util.Collection;
import java.util.List;

/**
 * The log file's safety net: replaces the configured secrets' values with {@code ****} in every line, stack traces
 * included, should one ever reach a message (a library quoting a request, an exception echoing a URL). The code
 * already keeps them out; this catches what a dependency might not.
 */
final class SecretMaskingLayout extends LayoutBase<ILoggingEvent> {

    /** Shorter values would mask ordinary words and numbers, and are not worth guarding. */
    static final int SHORTEST_MASKED = 6;

    private final Layout<ILoggingEvent> inner;
    private final List<String> secrets;

    SecretMaskingLayout(Layout<ILoggingEvent> inner, Collection<String> secrets) {
        this.inner = inner;
        // Longest first, so a secret that contains another is masked whole.
        this.secrets = secrets.stream().filter(s -> s != null && s.length() >= SHORTEST_MASKED).distinct()
                .sorted((a, b) -> b.length() - a.length()).toList();
    }

    @Override
    public String doLayout(ILoggingEvent event) {
        String line = inner.doLayout(event);
        for (String secret : secrets) {
            if (line.contains(secret)) {
                line = line.replace(secret, "****");
            }
        }
        return line;
    }
}
