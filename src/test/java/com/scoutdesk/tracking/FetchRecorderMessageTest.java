package com.scoutdesk.tracking;

import static org.assertj.core.api.Assertions.assertThat;

import com.scoutdesk.model.FetchMethod;
import com.scoutdesk.model.fetch.FetchedPlaylist;
import com.scoutdesk.model.fetch.PlaylistMetadata;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What a partial fetch is reported as: the source's own reason when it gave one. */
class FetchRecorderMessageTest {

    private static final PlaylistMetadata META = new PlaylistMetadata("37i9dQZF1DXcBWIGoYBM5M", "Fresh", null, null,
            null, 60, null, null);

    @Test
    void aPartialWebPlayerFetchSaysWhyItStopped() {
        FetchedPlaylist partial = new FetchedPlaylist(META, List.of(), 60, 0, 0, false, FetchMethod.WEB_PLAYER)
                .withShortfall("the web player page stopped loading rows after 45 of 60 within 38 s");

        assertThat(FetchRecorder.partialMessage(partial))
                .isEqualTo("the web player page stopped loading rows after 45 of 60 within 38 s");
    }

    @Test
    void withoutAReasonTheCountsAreStillReported() {
        FetchedPlaylist partial = new FetchedPlaylist(META, List.of(), 60, 0, 0, false, FetchMethod.WEB_PLAYER);

        assertThat(FetchRecorder.partialMessage(partial)).isEqualTo("the web player changed: fetched 0 of 60");
    }
}
