package com.scoutdesk.service;

import static org.assertj.core.api.Assertions.assertThat;

import com.scoutdesk.model.ContactStage;
import com.scoutdesk.model.LeadStage;
import com.scoutdesk.model.PublisherStatus;
import com.scoutdesk.model.SocialLink;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The offline brief's wording from hand-made details and history: the cases a workspace test would be slow for. */
class OutreachBriefsTest {

    private static final Instant AT = Instant.parse("2026-11-20T09:00:00Z");
    private static final LocalDate W1 = LocalDate.of(2026, 11, 6);

    @Test
    void aScoreBelowTheNeutralStartGivesNoUnsignedPointAndTheStartIsNeverEvidence() {
        StoredScore leansSigned = score(4.0, "Neutral start: +5.0", "Under 50,000 streams: +1.0",
                "A major's publishing arm owns or administers (part of) the song: -4.5");
        StoredScore leansFree = score(6.5, "Neutral start: +5.0", "Under 50,000 streams: +1.0",
                "Released through a DIY distributor anyone can use: +1.5", "Has an ISRC: +0.0");

        assertThat(points(details(Optional.of(leansSigned), List.of(), List.of()), history(List.of(), List.of())))
                .noneSatisfy(p -> assertThat(p).containsIgnoringCase("unsigned"));
        assertThat(points(details(Optional.of(leansFree), List.of(), List.of()), history(List.of(), List.of())))
                .contains("Signs it may be unsigned (score 6.5 of 10): Under 50,000 streams; Released through a DIY "
                        + "distributor anyone can use.");
    }

    @Test
    void growthIsTheLastTwoSnapshotsWithStreamsWhateverTheirDistance() {
        List<WeeklySnapshot> snapshots = List.of(new WeeklySnapshot(W1, 100L, null, false),
                new WeeklySnapshot(W1.plusWeeks(1), 2_000L, null, false),
                new WeeklySnapshot(W1.plusWeeks(2), null, 50L, true),
                new WeeklySnapshot(W1.plusWeeks(3), 1_500L, null, false));

        OutreachBrief brief = build(details(Optional.empty(), List.of(), List.of()), history(List.of(), snapshots));

        assertThat(brief.whyNow()).contains("Streams down 25.0% from the week of 2026-11-13 to the week of "
                + "2026-11-27 (2,000 to 1,500 streams).");
        assertThat(brief.talkingPoints())
                .contains("Growth: streams down 25.0% since the week of 2026-11-13, to 1,500.");
    }

    @Test
    void growthFromNoStreamsHasNoPercentage() {
        List<WeeklySnapshot> snapshots = List.of(new WeeklySnapshot(W1, 0L, null, false),
                new WeeklySnapshot(W1.plusWeeks(1), 300L, null, false));

        OutreachBrief brief = build(details(Optional.empty(), List.of(), List.of()), history(List.of(), snapshots));

        assertThat(brief.whyNow()).contains("Streams went from 0 to 300 between the week of 2026-11-06 and the week "
                + "of 2026-11-13.");
        assertThat(brief.talkingPoints()).noneSatisfy(p -> assertThat(p).startsWith("Growth"));
    }

    @Test
    void manyPlaylistsAreNamedThreeAndACountAndPointsStopAtFive() {
        List<PlaylistAppearance> weeks = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            weeks.add(new PlaylistAppearance(W1.plusWeeks(i), "List " + i, i + 1));
        }
        List<WeeklySnapshot> snapshots = List.of(new WeeklySnapshot(W1, 100L, null, false),
                new WeeklySnapshot(W1.plusWeeks(1), 200L, null, false));
        StoredScore score = score(8.0, "Neutral start: +5.0", "Under 50,000 streams: +1.0");
        TrackDetails details = details(Optional.of(score), List.of(new FieldValue("spotify_streams", 200L, null)),
                List.of());

        OutreachBrief brief = build(details, history(weeks, snapshots));

        assertThat(brief.whyNow().get(0)).isEqualTo("On 5 tracked playlists over 5 weeks: List 4, List 3, List 2, "
                + "List 1, List 0.");
        assertThat(brief.talkingPoints()).hasSize(TalkingPoints.MAX);
        assertThat(brief.talkingPoints().get(0)).startsWith("Playlist momentum: on List 4, List 3, List 2 and 2 more");
    }

    @Test
    void aPhoneIsUsedWhenTheContactHasNothingElseAndTheNumberStaysOutOfThePromptLine() {
        ContactDetails contact = new ContactDetails(1, 7L, "Ana Ruiz", " ", "0171 555 0101", null, null, null,
                "private", ContactStage.REPLIED);
        PersonLinks links = new PersonLinks(7, "Ana Ruiz", Map.of(SocialLink.WIKIPEDIA, "https://en.wikipedia.org/x"),
                "musicbrainz", AT);

        ContactChannel channel = ContactChannel.best(List.of(contact), List.of(links));

        assertThat(channel.text()).isEqualTo("Phone Ana Ruiz: 0171 555 0101 (your contact, replied).");
        assertThat(channel.kind()).doesNotContain("0171");
        assertThat(ContactChannel.best(List.of(), List.of(links)).text()).as("Wikipedia is no way to reach anyone")
                .isEqualTo(ContactChannel.NONE);
    }

    @Test
    void aPublisherStatusSaysWhereItCameFromAndMlcNotFindingTheSongIsNotUnsigned() {
        TrackDetails manual = details(Optional.empty(), List.of(new FieldValue("publisher_status",
                PublisherStatus.MAJOR, new FieldSource(FieldSource.MANUAL, null, AT, true, false)),
                new FieldValue("publisher_name", "Big Songs Ltd", null)), List.of());
        TrackDetails notFound = details(Optional.empty(), List.of(new FieldValue("publisher_status", null, null),
                new FieldValue("mlc_found", false, new FieldSource("mlc", 3, AT, false, false))), List.of());

        assertThat(PublisherStatusText.of(manual)).isEqualTo("A major's publishing arm owns or administers (part of) "
                + "it: Big Songs Ltd (set by you on 2026-11-20).");
        assertThat(PublisherStatusText.of(notFound)).startsWith("Not known: The MLC has no registration of the song "
                + "(asked 2026-11-20)").doesNotContainIgnoringCase("unsigned");
    }

    private static OutreachBrief build(TrackDetails details, TrackHistory history) {
        return OutreachBriefs.build(details, history).brief();
    }

    private static List<String> points(TrackDetails details, TrackHistory history) {
        return build(details, history).talkingPoints();
    }

    private static StoredScore score(double value, String... evidence) {
        return new StoredScore(value, 3, List.of(evidence), List.of(), AT);
    }

    private static TrackDetails details(Optional<StoredScore> score, List<FieldValue> fields,
                                        List<ContactDetails> contacts) {
        return new TrackDetails(1, "S1", "Neon Hearts", "Mara Vell", AT, AT, score,
                new TrackLead(1, LeadStage.NEW, List.of(), null), List.of(), contacts, fields, List.of());
    }

    private static TrackHistory history(List<PlaylistAppearance> weeks, List<WeeklySnapshot> snapshots) {
        return new TrackHistory(weeks, snapshots, List.of(), List.of());
    }
}
