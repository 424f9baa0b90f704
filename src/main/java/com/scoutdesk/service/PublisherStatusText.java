package com.scoutdesk.service;

import com.scoutdesk.enrichment.fields.MlcFields;
import com.scoutdesk.model.EnrichmentTier;
import com.scoutdesk.model.PublisherStatus;
import java.util.Locale;
import java.util.Optional;

/**
 * The publisher status of an outreach brief in words, with where it came from. An unknown status is never written as
 * "unsigned" or "no publisher": it says it is not known yet and that The MLC tier would tell.
 */
final class PublisherStatusText {

    private PublisherStatusText() {
    }

    static String of(TrackDetails details) {
        Optional<FieldValue> field = details.field(MlcFields.PUBLISHER_STATUS.name());
        PublisherStatus status = field.flatMap(FieldValue::knownValue).map(PublisherStatus.class::cast)
                .orElse(PublisherStatus.UNKNOWN);
        if (status == PublisherStatus.UNKNOWN) {
            return unknown(details);
        }
        String source = BriefSources.of(field.flatMap(FieldValue::knownSource));
        String names = details.field(MlcFields.PUBLISHER_NAME.name()).flatMap(FieldValue::knownValue)
                .map(n -> ": " + n).orElse("");
        String share = details.field(MlcFields.PUBLISHER_SHARE.name()).flatMap(FieldValue::knownValue)
                .map(s -> String.format(Locale.ROOT, "; publishers hold %.0f%% of the share", (Double) s)).orElse("");
        return switch (status) {
            case NO_PUBLISHER -> "No publisher registered" + source + ".";
            case UNPUBLISHED -> "No publisher holds a share: the writers keep their publishing" + source + ".";
            case SELF_PUBLISHED -> "Self-published, only the writers' own companies" + names + share + source + ".";
            case INDIE -> "An independent publisher" + names + share + source + ".";
            case MAJOR -> "A major's publishing arm owns or administers (part of) it" + names + share + source + ".";
            case SPLIT -> "Split between publishers of different kinds, none a major" + names + share + source + ".";
            case HAS_PUBLISHER -> "Has a publisher" + names + share + source + ".";
            case UNKNOWN -> throw new IllegalStateException("handled above");
        };
    }

    private static String unknown(TrackDetails details) {
        boolean mlcDidNotFind = details.field(MlcFields.MLC_FOUND.name()).flatMap(FieldValue::knownValue)
                .map(Boolean.FALSE::equals).orElse(false);
        if (mlcDidNotFind) {
            String when = details.field(MlcFields.MLC_FOUND.name()).flatMap(FieldValue::knownSource)
                    .map(s -> s.fetchedAt() == null ? "" : " (asked " + BriefSources.day(s.fetchedAt()) + ")")
                    .orElse("");
            return "Not known: The MLC has no registration of the song" + when + ", which says nothing about a "
                    + "publisher; ask the writers who handles it.";
        }
        String tierState = details.tiers().stream().filter(t -> t.tier() == EnrichmentTier.MLC_PUBLISHER.number())
                .findFirst().map(t -> " (its run: " + t.describe() + ")").orElse("");
        return "Not known yet: The MLC tier (tier " + EnrichmentTier.MLC_PUBLISHER.number() + ") would tell"
                + tierState + ".";
    }
}
