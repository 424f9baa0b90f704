package com.scoutdesk.service;

import java.util.List;
import java.util.Objects;

/**
 * What a scout needs before reaching out about a track, built only from what the workspace holds, so it is there
 * offline: who made it, why now (playlist adds, growth), where its publishing stands, the best way to reach them and
 * a few talking points. Every section is written out; what is not known says so and what would tell.
 *
 * @param title           "Neon Hearts" by Mara Vell
 * @param who             the track, its release and its songwriters, one line each
 * @param whyNow          playlist weeks, the newest add and the growth figure (or that there is none yet)
 * @param publisherStatus what The MLC (or the scout) says of the publishing, with where and when from
 * @param contactChannel  the best way to reach them, or that none is known yet and how to find one
 * @param talkingPoints   two to five points to make in the first message
 */
public record OutreachBrief(long trackId, String title, List<String> who, List<String> whyNow,
                            String publisherStatus, String contactChannel, List<String> talkingPoints) {

    public OutreachBrief {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(publisherStatus, "publisherStatus");
        Objects.requireNonNull(contactChannel, "contactChannel");
        who = List.copyOf(who);
        whyNow = List.copyOf(whyNow);
        talkingPoints = List.copyOf(talkingPoints);
    }

    /** The brief as plain text for the clipboard: a heading per section, talking points as bullets. */
    public String text() {
        StringBuilder text = new StringBuilder("Outreach brief: ").append(title).append('\n');
        section(text, "Who", who);
        section(text, "Why now", whyNow);
        section(text, "Publisher status", List.of(publisherStatus));
        section(text, "Best contact channel", List.of(contactChannel));
        text.append("\nTalking points\n");
        talkingPoints.forEach(point -> text.append("- ").append(point).append('\n'));
        return text.toString();
    }

    private static void section(StringBuilder text, String heading, List<String> lines) {
        text.append('\n').append(heading).append('\n');
        lines.forEach(line -> text.append(line).append('\n'));
    }
}
