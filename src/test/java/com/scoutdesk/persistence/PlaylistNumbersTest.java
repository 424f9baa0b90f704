package com.scoutdesk.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import com.scoutdesk.model.Playlist;
import com.scoutdesk.model.PlaylistStatus;
import com.scoutdesk.testing.TestDatabases;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.io.TempDir;

/** Playlist numbers are what a scout types: each command that adds one gives the next number, not the next fifty. */
class PlaylistNumbersTest {

    @TempDir
    Path dir;

    @ParameterizedTest
    @EnumSource(TestDatabases.Engine.class)
    void playlistsAddedByThreeCommandsAreNumberedOneTwoThree(TestDatabases.Engine engine) {
        DatabaseSettings settings = TestDatabases.fresh(engine, dir);
        List<Long> ids = new ArrayList<>();
        for (int command = 1; command <= 3; command++) { // each command opens the workspace anew
            try (Database db = Database.openValidated(settings)) {
                int n = command;
                ids.add(db.write(em -> {
                    Playlist p = new Playlist();
                    p.setSpotifyId(String.format("37i9dQZF1DX%011d", n));
                    p.setName("Playlist " + n);
                    p.setStatus(PlaylistStatus.ACTIVE);
                    p.setCreatedAt(Instant.now());
                    em.persist(p);
                    return p.getId();
                }));
            }
        }
        assertThat(ids).containsExactly(1L, 2L, 3L);
    }
}
