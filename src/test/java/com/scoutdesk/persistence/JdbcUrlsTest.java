package com.scoutdesk.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.scoutdesk.app.config.ConfigLoaderAccess;
import org.junit.jupiter.api.Test;

/** A password inside DB_URL is never shown: not by the configuration dump, not by a failed connection. */
class JdbcUrlsTest {

    @Test
    void passwordsInEveryFormAreMasked() {
        assertThat(JdbcUrls.redact("jdbc:postgresql://db:5432/scout?user=u&password=secret&ssl=true"))
                .isEqualTo("jdbc:postgresql://db:5432/scout?user=u&password=****&ssl=true");
        assertThat(JdbcUrls.redact("jdbc:postgresql://db/scout?PASSWORD=secret"))
                .isEqualTo("jdbc:postgresql://db/scout?PASSWORD=****");
        assertThat(JdbcUrls.redact("jdbc:h2:tcp://db/~/scout;USER=u;PASSWORD=secret;MODE=PostgreSQL"))
                .isEqualTo("jdbc:h2:tcp://db/~/scout;USER=u;PASSWORD=****;MODE=PostgreSQL");
        assertThat(JdbcUrls.redact("jdbc:postgresql://u:secret@db/scout")).isEqualTo("jdbc:postgresql://u:****@db/scout");
        assertThat(JdbcUrls.redact("jdbc:postgresql://db:5432/scout")).isEqualTo("jdbc:postgresql://db:5432/scout");
    }

    @Test
    void theConfigurationDumpAndAFailedConnectionShowNoSecret() {
        String url = "jdbc:postgresql://127.0.0.1:9/scout?user=u&password=secret";
        assertThat(ConfigLoaderAccess.describe(java.util.Map.of("SCOUTDESK_DB_URL", url))).contains("DB_URL = ")
                .doesNotContain("secret");

        WorkspaceException e = assertThrows(WorkspaceException.class,
                () -> Database.open(new DatabaseSettings(url, "", "")));
        assertThat(e.getMessage()).startsWith("Could not open the database at").doesNotContain("secret");
        assertThat(new DatabaseSettings(url, "u", "").toString()).doesNotContain("secret");
    }
}
