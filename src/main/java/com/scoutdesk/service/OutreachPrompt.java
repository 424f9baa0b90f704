package com.scoutdesk.service;

import com.scoutdesk.integration.llm.ChatPrompt;

/**
 * What a language model is told to write an outreach brief: the same facts as the offline brief, and nothing else.
 * No e-mail address or phone number (the model needs only how and to whom), no notes, tags or credentials.
 */
final class OutreachPrompt {

    static final String SYSTEM = "You write outreach briefs for a music A&R scout who wants to reach the artist or "
            + "songwriters behind a track before other labels and publishers do. Use only the facts given; never "
            + "invent numbers, names, dates or contacts, and say plainly what is not known (an unknown publishing "
            + "status is not 'unsigned'). Write plain text, at most 200 words, with these headings: Who, Why now, "
            + "Publisher status, Best contact channel, Talking points (two to five lines starting with '- ').";

    private OutreachPrompt() {
    }

    static ChatPrompt of(OutreachBriefs.Built built) {
        OutreachBrief brief = built.brief();
        StringBuilder user = new StringBuilder("Facts about the track ").append(brief.title()).append(":\n");
        facts(user, "Who", brief.who().toArray(String[]::new));
        facts(user, "Why now", brief.whyNow().toArray(String[]::new));
        facts(user, "Publisher status", brief.publisherStatus());
        facts(user, "Best contact channel", built.contactForPrompt());
        facts(user, "Points worth making", brief.talkingPoints().toArray(String[]::new));
        user.append("\nWrite the brief.");
        return new ChatPrompt(SYSTEM, user.toString());
    }

    private static void facts(StringBuilder user, String heading, String... lines) {
        user.append('\n').append(heading).append(":\n");
        for (String line : lines) {
            user.append("- ").append(line).append('\n');
        }
    }
}
