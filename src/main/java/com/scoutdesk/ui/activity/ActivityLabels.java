package com.scoutdesk.ui.activity;

import com.scoutdesk.model.EnrichmentTier;
import com.scoutdesk.model.LeadStage;
import com.scoutdesk.ui.common.Formats;
import com.scoutdesk.ui.common.I18n;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * How the activity log's keys read on screen: a kind such as {@code playlist.fetched} becomes "Playlist fetched", an
 * outcome such as {@code not applicable} "Not applicable". A key with no string of its own (a kind added later, a
 * workspace written by a newer version) is humanised, so a label is never blank nor a raw key.
 */
public final class ActivityLabels {

    /** The style class of an outcome's tone; app.css colours them. */
    public enum Tone {
        SUCCESS, WARNING, DANGER, NEUTRAL;

        public String styleClass() {
            return "activity-outcome-" + name().toLowerCase(Locale.ROOT);
        }
    }

    private static final String TIER_KIND = "tier.";

    private ActivityLabels() {
    }

    public static String kind(String kind) {
        if (kind == null || kind.isBlank()) {
            return Formats.NONE;
        }
        String key = "activity.kind." + keyPart(kind);
        if (I18n.has(key)) {
            return I18n.tr(key);
        }
        return tierTitle(kind).map(title -> I18n.tr("activity.kind.tier", title)).orElseGet(() -> humanise(kind));
    }

    public static String outcome(String outcome) {
        if (outcome == null || outcome.isBlank()) {
            return Formats.NONE;
        }
        String key = "activity.outcome." + keyPart(outcome);
        if (I18n.has(key)) {
            return I18n.tr(key);
        }
        return stage(outcome).map(Formats::stage).orElseGet(() -> humanise(outcome));
    }

    public static String tier(Integer tier) {
        return tier == null ? Formats.NONE : I18n.tr("activity.tierValue", tier);
    }

    /** Failed in the danger colour, partial or put off in the warning colour, done in the success colour. */
    public static Tone tone(String outcome) {
        if (outcome == null) {
            return Tone.NEUTRAL;
        }
        switch (outcome.toLowerCase(Locale.ROOT)) {
            case "failed":
            case "error":
                return Tone.DANGER;
            case "partial":
            case "deferred":
            case "not on plan":
                return Tone.WARNING;
            case "ok":
            case "complete":
            case "done":
                return Tone.SUCCESS;
            default:
                return Tone.NEUTRAL;
        }
    }

    /** "tag.recolored" reads "Tag recolored", "rate_limit-hit" "Rate limit hit". */
    static String humanise(String key) {
        String words = key.strip().replaceAll("[._\\-\\s]+", " ").strip().toLowerCase(Locale.ROOT);
        if (words.isEmpty()) {
            return key;
        }
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    /** A key's value as a property key part: spaces (in "not applicable") are not allowed there. */
    private static String keyPart(String value) {
        return value.strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", "_");
    }

    private static Optional<String> tierTitle(String kind) {
        if (!kind.startsWith(TIER_KIND)) {
            return Optional.empty();
        }
        String number = kind.substring(TIER_KIND.length());
        return Arrays.stream(EnrichmentTier.values()).filter(t -> String.valueOf(t.number()).equals(number))
                .findFirst().map(EnrichmentTier::title);
    }

    private static Optional<LeadStage> stage(String outcome) {
        return Arrays.stream(LeadStage.values()).filter(s -> s.name().equalsIgnoreCase(outcome.strip())).findFirst();
    }
}
