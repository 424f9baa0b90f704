package com.scoutdesk.ui.leads;

import static org.assertj.core.api.Assertions.assertThat;

import com.scoutdesk.model.PublisherStatus;
import com.scoutdesk.service.TrackRow;
import com.scoutdesk.ui.common.ScoreBand;
import com.scoutdesk.ui.fakes.TestRows;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** What a card says, unknown values included. */
class CardFactsTest {

    @BeforeAll
    static void englishNumbers() {
        Locale.setDefault(Locale.US);
    }

    static TrackRow row(Double score, Long streams, Double wow, PublisherStatus publisher) {
        TrackRow r = TestRows.track(7, "Glass Tides", "Mira Vale", score, publisher, null, streams);
        return new TrackRow(r.id(), r.spotifyId(), r.name(), r.artistNames(), r.albumName(), r.isrc(), r.label(),
                r.releaseDate(), r.spotifyStreams(), r.unsignedScore(), r.publisherStatus(), r.publisherName(),
                r.leadStage(), r.firstSeenAt(), null, wow, null, Map.of());
    }

    @Test
    void scoreBandsFollowTheShownScore() {
        assertThat(ScoreBand.of(7.0)).isEqualTo(ScoreBand.HIGH);
        assertThat(ScoreBand.of(6.96)).as("shown as 7.0").isEqualTo(ScoreBand.HIGH);
        assertThat(ScoreBand.of(6.9)).isEqualTo(ScoreBand.MID);
        assertThat(ScoreBand.of(4.0)).isEqualTo(ScoreBand.MID);
        assertThat(ScoreBand.of(3.9)).isEqualTo(ScoreBand.LOW);
        assertThat(ScoreBand.of(null)).isEqualTo(ScoreBand.NONE);
    }

    @Test
    void knownFactsAreFormattedAndUnknownOnesSaySo() {
        TrackRow known = row(8.25, 1_234_567L, 12.5, PublisherStatus.NO_PUBLISHER);
        assertThat(CardFacts.score(known)).isEqualTo("8.2");
        assertThat(CardFacts.streams(known)).isEqualTo("1,234,567 streams");
        assertThat(CardFacts.wow(known)).isEqualTo("+12.5% WoW");
        assertThat(CardFacts.wow(row(8.0, 1L, -3.0, PublisherStatus.NO_PUBLISHER))).isEqualTo("\u22123.0% WoW");
        assertThat(CardFacts.publisher(known)).isEqualTo("No publisher");

        TrackRow unknown = row(null, null, null, PublisherStatus.UNKNOWN);
        assertThat(CardFacts.score(unknown)).isEqualTo("\u2013");
        assertThat(CardFacts.wow(unknown)).isEqualTo("\u2013 WoW");
        assertThat(CardFacts.publisher(unknown)).isEqualTo("Publisher not checked yet");
    }
}
