package com.scoutdesk.service;

import com.scoutdesk.enrichment.fields.SpotifyMetadataFields;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Builds an {@link OutreachBrief} from a track's stored details and history, and says what of it a language model
 * may be told. Pure: no database, no network.
 */
final class OutreachBriefs {

    private OutreachBriefs() {
    }

    /**
     * The brief, and the line about the contact channel a prompt may carry: how and to whom, without the address,
     * since a model needs no e-mail address or phone number to write a brief.
     */
    record Built(OutreachBrief brief, String contactForPrompt) {
    }

    static Built build(TrackDetails details, TrackHistory history) {
        WhyNowFacts why = WhyNowFacts.of(history);
        ContactChannel channel = ContactChannel.best(details.contacts(), history.people());
        OutreachBrief brief = new OutreachBrief(details.trackId(), title(details), who(details), why.lines(),
                PublisherStatusText.of(details), channel.text(), TalkingPoints.of(details, why));
        return new Built(brief, channel.kind());
    }

    static String title(TrackDetails details) {
        return "\"" + details.name() + "\" by " + details.artistNames();
    }

    private static List<String> who(TrackDetails details) {
        List<String> lines = new ArrayList<>();
        String label = text(details, SpotifyMetadataFields.LABEL.name());
        String released = text(details, SpotifyMetadataFields.RELEASE_DATE.name());
        StringBuilder release = new StringBuilder(title(details));
        if (released != null) {
            release.append(", released ").append(released);
        }
        if (label != null) {
            release.append(" on ").append(label).append(BriefSources.of(details.field(SpotifyMetadataFields.LABEL
                    .name()).flatMap(FieldValue::knownSource)));
        }
        lines.add(release.append('.').toString());
        Set<String> writers = new LinkedHashSet<>();
        details.credits().stream().filter(c -> c.role().isSongwriter()).forEach(c -> writers.add(c.personName()));
        lines.add(writers.isEmpty() ? "No songwriters credited yet."
                : "Songwriters: " + String.join(", ", writers) + ".");
        lines.add("Lead stage: " + details.lead().stage().name().toLowerCase(Locale.ROOT) + ".");
        return lines;
    }

    private static String text(TrackDetails details, String field) {
        return details.field(field).flatMap(FieldValue::knownValue).map(Object::toString).filter(s -> !s.isBlank())
                .orElse(null);
    }
}
