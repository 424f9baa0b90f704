package com.scoutdesk.integration.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.scoutdesk.testing.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class CachedTokenTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-12-06T10:00:00Z"));
    private final AtomicInteger fetches = new AtomicInteger();
    private Duration lifetime = Duration.ofHours(1);

    private final CachedToken token = new CachedToken(clock,
            () -> new CachedToken.Issued("token-" + fetches.incrementAndGet(), lifetime));

    @Test
    void aTokenIsKeptUntilAMinuteBeforeItExpires() {
        assertThat(token.current()).isEqualTo(new CachedToken.Current("token-1", true));
        clock.advance(Duration.ofMinutes(58).plusSeconds(59));
        assertThat(token.current()).isEqualTo(new CachedToken.Current("token-1", false));

        clock.advance(Duration.ofSeconds(1));
        assertThat(token.current()).isEqualTo(new CachedToken.Current("token-2", true));
        assertThat(fetches).hasValue(2);
    }

    @Test
    void aShortLivedTokenIsRenewedAtHalfItsLife() {
        lifetime = Duration.ofSeconds(60);
        token.get();
        clock.advance(Duration.ofSeconds(29));
        assertThat(token.get()).isEqualTo("token-1");
        clock.advance(Duration.ofSeconds(1));
        assertThat(token.get()).isEqualTo("token-2");
    }

    @Test
    void aRefusedTokenIsForgottenUnlessAnotherCallAlreadyReplacedIt() {
        String first = token.get();
        token.invalidate(first);
        String second = token.get();
        assertThat(second).isEqualTo("token-2");

        token.invalidate(first); // a late refusal of the old token
        assertThat(token.get()).as("the new token stays").isEqualTo("token-2");
    }

    @Test
    void renewFetchesWhateverIsKeptAndAFailedFetchKeepsNothing() {
        token.get();
        token.renew();
        assertThat(token.get()).isEqualTo("token-2");

        CachedToken refused = new CachedToken(clock, () -> {
            throw new BadCredentialsException(Provider.MLC, "login refused, HTTP 401");
        });
        assertThatThrownBy(refused::get).isInstanceOf(BadCredentialsException.class);
        assertThat(new CachedToken.Current("secret", true).toString()).doesNotContain("secret");
        assertThat(new CachedToken.Issued("secret", lifetime).toString()).doesNotContain("secret");
    }
}
