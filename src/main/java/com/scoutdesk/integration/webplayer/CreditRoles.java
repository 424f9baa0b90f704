package com.scoutdesk.integration.webplayer;

import com.scoutdesk.model.CreditRole;
import java.util.Locale;

/**
 * Maps the web player's credit wording to {@link CreditRole}: the role itself first ("Composer", "Producer"), then
 * its group ("Composition & Lyrics", "Production & Engineering", "Performers"), because roles vary far more than
 * groups (external-apis.md section 3: "Guitar", "Recorded by", "Music" ...).
 */
final class CreditRoles {

    private CreditRoles() {
    }

    static CreditRole of(String group, String role) {
        String r = lower(role);
        String g = lower(group);
        if (r.contains("main artist")) {
            return CreditRole.MAIN_ARTIST;
        }
        if (r.contains("featur")) {
            return CreditRole.FEATURED_ARTIST;
        }
        if (r.contains("lyric")) {
            return CreditRole.LYRICIST;
        }
        if (r.contains("compos") || r.equals("music")) {
            return CreditRole.COMPOSER;
        }
        if (r.contains("writer") || r.contains("author")) {
            return CreditRole.WRITER;
        }
        if (r.contains("produc")) {
            return CreditRole.PRODUCER;
        }
        if (r.contains("engineer") || r.contains("mix") || r.contains("master") || r.contains("recorded")) {
            return CreditRole.ENGINEER;
        }
        if (g.contains("composition") || g.contains("lyrics") || g.contains("writ")) {
            return CreditRole.WRITER;
        }
        if (g.contains("production") || g.contains("engineering")) {
            return CreditRole.ENGINEER;
        }
        if (g.contains("perform")) {
            return CreditRole.PERFORMER;
        }
        if (g.equals("artist") || g.equals("artists")) {
            return CreditRole.MAIN_ARTIST;
        }
        return CreditRole.OTHER;
    }

    private static String lower(String text) {
        return text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
    }
}
