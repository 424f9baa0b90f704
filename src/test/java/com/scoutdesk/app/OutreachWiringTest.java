package com.scoutdesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.scoutdesk.integration.llm.ChatFake;
import com.scoutdesk.model.Track;
import com.scoutdesk.persistence.Database;
import com.scoutdesk.persistence.DatabaseSettings;
import com.scoutdesk.service.OutreachResult;
import com.scoutdesk.service.OutreachService;
import com.scoutdesk.testing.TestEnvironment;
import com.scoutdesk.testing.TestTracks;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The composition root hands the window an outreach service on LLM_URL, LLM_MODEL and the LLM_API_KEY credential. */
class OutreachWiringTest {

    private static final String KEY = "sk-wiring-secret-0042";

    @TempDir
    Path dir;

    @Test
    void theConfiguredEndpointModelAndKeyWriteTheBrief() {
        long trackId;
        try (Database db = Database.open(DatabaseSettings.h2File(dir))) {
            trackId = db.write(em -> {
                Track t = TestTracks.track("4uLU6hMCjMI75M1A2tKUQ0", "Neon Hearts", "Mara Vell", Instant.now());
                em.persist(t);
                return t.getId();
            });
        }
        List<String> pieces = new CopyOnWriteArrayList<>();
        try (ChatFake fake = ChatFake.start().streams("Call ", "Mara.")) {
            Map<String, String> env = TestEnvironment.withoutRealSources(Map.of("SCOUTDESK_LLM_URL",
                    fake.baseUrl().toString(), "SCOUTDESK_LLM_MODEL", "qwen2.5:3b", "SCOUTDESK_LLM_API_KEY", KEY));
            try (AppContext context = AppContext.open(new AppPaths(dir), env, false)) {
                OutreachService outreach = context.services().outreach();

                OutreachResult result = outreach.write(trackId, pieces::add, () -> false);

                assertThat(result.source()).isEqualTo(OutreachResult.Source.MODEL);
                assertThat(result.text()).isEqualTo("Call Mara.");
                assertThat(outreach.settings().hasApiKey()).isTrue();
            }
            assertThat(fake.requests()).singleElement().satisfies(r -> {
                assertThat(r.json().path("model").asText()).isEqualTo("qwen2.5:3b");
                assertThat(r.header("Authorization")).contains("Bearer " + KEY);
            });
        }
        assertThat(pieces).containsExactly("Call ", "Mara.");
    }
}
