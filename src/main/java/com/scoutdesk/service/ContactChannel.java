package com.scoutdesk.service;

import com.scoutdesk.model.SocialLink;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The best way to reach the people behind a track: a scout's contact with an e-mail address first (a direct line
 * someone answers), then that contact's own profiles, then the public links enrichment found for the people
 * credited, in the order a scout would try them.
 *
 * @param text      the brief's line, with the address
 * @param kind      how ("e-mail", "Instagram", ...) and to whom, without the address: what a prompt may say
 */
record ContactChannel(String text, String kind) {

    static final String NONE = "No contact channel known yet: run the MusicBrainz tier or add a contact.";

    /** Profiles in the order they are tried; Wikipedia is no way to reach anyone. */
    private static final List<SocialLink> LINK_ORDER = List.of(SocialLink.INSTAGRAM, SocialLink.X,
            SocialLink.TIKTOK, SocialLink.WEBSITE, SocialLink.SOUNDCLOUD, SocialLink.BANDCAMP, SocialLink.YOUTUBE,
            SocialLink.FACEBOOK);

    static ContactChannel best(List<ContactDetails> contacts, List<PersonLinks> people) {
        return viaContact(contacts, ContactDetails::email, "E-mail")
                .or(() -> viaContact(contacts, ContactDetails::instagramUrl, "Instagram"))
                .or(() -> viaContact(contacts, ContactDetails::xUrl, "X"))
                .or(() -> viaContact(contacts, ContactDetails::tiktokUrl, "TikTok"))
                .or(() -> viaContact(contacts, ContactDetails::phone, "Phone"))
                .or(() -> viaLinks(people))
                .orElse(new ContactChannel(NONE, "none known"));
    }

    private static Optional<ContactChannel> viaContact(List<ContactDetails> contacts,
                                                       Function<ContactDetails, String> address, String how) {
        return contacts.stream().filter(c -> present(address.apply(c))).findFirst().map(c -> new ContactChannel(
                how + " " + c.displayName() + ": " + address.apply(c).strip() + " (your contact" + stage(c) + ").",
                how + " to " + c.displayName() + " (a contact the scout keeps)"));
    }

    private static Optional<ContactChannel> viaLinks(List<PersonLinks> people) {
        for (SocialLink kind : LINK_ORDER) {
            for (PersonLinks person : people) {
                String url = person.links().get(kind);
                if (present(url)) {
                    String how = label(kind);
                    return Optional.of(new ContactChannel(how + " of " + person.name() + ": " + url.strip()
                            + BriefSources.of(person.source(), person.fetchedAt()) + ".",
                            how + " of " + person.name() + " (public profile)"));
                }
            }
        }
        return Optional.empty();
    }

    private static String stage(ContactDetails c) {
        return c.stage() == null ? "" : ", " + c.stage().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
    }

    private static String label(SocialLink kind) {
        return switch (kind) {
            case INSTAGRAM -> "Instagram";
            case X -> "X";
            case TIKTOK -> "TikTok";
            case WEBSITE -> "Website";
            case SOUNDCLOUD -> "SoundCloud";
            case BANDCAMP -> "Bandcamp";
            case YOUTUBE -> "YouTube";
            case FACEBOOK -> "Facebook";
            case WIKIPEDIA -> "Wikipedia";
        };
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }
}
