package com.scoutdesk.model.id;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A Spotify playlist, track, album or artist, identified by its kind and its 22-character base62 id.
 *
 * <p>Use {@link #parse(String)} or {@link #parse(String, SpotifyKind)} on whatever the user pasted: share links (with
 * tracking parameters, locale prefixes such as {@code /intl-de/}, embed links) and {@code spotify:} URIs, including
 * the legacy {@code spotify:user:NAME:playlist:ID} form.
 *
 * @param kind what the id refers to
 * @param id   the 22-character base62 id, case-sensitive, e.g. {@code 37i9dQZF1DWWjGdmeTyeJ6}
 */
public record SpotifyRef(SpotifyKind kind, String id) {

    private static final String KIND = "Spotify link";
    private static final int ID_LENGTH = 22;
    private static final Pattern BASE62 = Pattern.compile("[0-9A-Za-z]*");
    private static final Pattern BARE_ID = Pattern.compile("[0-9A-Za-z]{22}");
    private static final Pattern NOT_A_LINK = Pattern.compile("[^:/.\\s]+");
    private static final Pattern SCHEME = Pattern.compile("^https?://", Pattern.CASE_INSENSITIVE);
    private static final Pattern LOCALE_SEGMENT = Pattern.compile("intl-[a-z0-9-]+", Pattern.CASE_INSENSITIVE);
    private static final Set<String> HOSTS = Set.of("open.spotify.com", "play.spotify.com");
    private static final List<String> EDITORIAL_PREFIXES = List.of("37i9dQZF1", "37i9dQZEVX");
    private static final String SUPPORTED = supportedKinds();

    /**
     * @throws NullPointerException        if {@code kind} is null
     * @throws InvalidIdentifierException if {@code id} is not 22 letters and digits
     */
    public SpotifyRef {
        Objects.requireNonNull(kind, "kind");
        requireValidId("Spotify id", id, id);
    }

    /**
     * Reads a Spotify link or URI of any supported kind. A bare id is rejected because its kind cannot be known.
     *
     * @throws InvalidIdentifierException if the input is not a link to a playlist, track, album or artist
     */
    public static SpotifyRef parse(String input) {
        if (input != null && BARE_ID.matcher(input.strip()).matches()) {
            throw new InvalidIdentifierException(KIND, input, "that is only an id; paste the whole link (Share > Copy"
                    + " link) so it is clear whether it is a " + SUPPORTED);
        }
        return parseLink(input, KIND, SpotifyKind.PLAYLIST, null);
    }

    /**
     * Reads a Spotify link or URI that must be of the {@code expected} kind; a bare 22-character id is taken to be of
     * that kind.
     *
     * @throws InvalidIdentifierException if the input is not a link of the expected kind or a valid bare id
     */
    public static SpotifyRef parse(String input, SpotifyKind expected) {
        Objects.requireNonNull(expected, "expected");
        String label = "Spotify " + expected.path() + " link";
        String text = input == null ? "" : input.strip();
        if (NOT_A_LINK.matcher(text).matches()) {
            requireValidId(label, input, text);
            return new SpotifyRef(expected, text);
        }
        SpotifyRef ref = parseLink(input, label, expected, expected);
        if (ref.kind != expected) {
            throw new InvalidIdentifierException(label, input, "that is a Spotify " + ref.kind.path() + " link, but "
                    + withArticle(expected.path()) + " link was expected: paste the " + expected.path() + "'s \""
                    + expected.shareMenuItem() + "\"");
        }
        return ref;
    }

    /** @param expected the one kind wanted, or null when any supported kind will do */
    private static SpotifyRef parseLink(String input, String label, SpotifyKind exampleKind, SpotifyKind expected) {
        String example = "https://open.spotify.com/" + exampleKind.path() + "/...";
        if (input == null || input.isBlank()) {
            throw new InvalidIdentifierException(label, input, "paste a Spotify share link, e.g. " + example);
        }
        String text = input.strip();
        List<String> parts = text.regionMatches(true, 0, "spotify:", 0, 8)
                ? Arrays.asList(text.substring(8).split(":", -1))
                : pathSegments(text, input, label, example);
        return fromParts(parts, input, label, expected);
    }

    private static List<String> pathSegments(String text, String input, String label, String example) {
        String rest = SCHEME.matcher(text).replaceFirst("");
        int hostEnd = indexOfAny(rest, "/?#");
        String host = (hostEnd < 0 ? rest : rest.substring(0, hostEnd)).toLowerCase(Locale.ROOT);
        if (host.equals("spotify.link")) {
            throw new InvalidIdentifierException(label, input, "spotify.link short links cannot be read directly; open"
                    + " it in a browser and paste the open.spotify.com address it leads to");
        }
        if (!HOSTS.contains(host)) {
            throw new InvalidIdentifierException(label, input, "this is not a Spotify link; paste a link starting with"
                    + " https://open.spotify.com/ or a spotify: URI, e.g. " + example);
        }
        String path = hostEnd < 0 ? "" : rest.substring(hostEnd);
        int queryStart = indexOfAny(path, "?#");
        if (queryStart >= 0) {
            path = path.substring(0, queryStart);
        }
        List<String> segments = new ArrayList<>(Arrays.stream(path.split("/")).filter(s -> !s.isEmpty()).toList());
        while (!segments.isEmpty() && (LOCALE_SEGMENT.matcher(segments.get(0)).matches()
                || segments.get(0).equalsIgnoreCase("embed"))) {
            segments.remove(0);
        }
        return segments;
    }

    private static SpotifyRef fromParts(List<String> parts, String input, String label, SpotifyKind expected) {
        // Old playlist links and URIs name the owner first: /user/NAME/playlist/ID, spotify:user:NAME:playlist:ID.
        if (parts.size() >= 3 && parts.get(0).equalsIgnoreCase("user") && parts.get(2).equalsIgnoreCase("playlist")) {
            parts = parts.subList(2, parts.size());
        }
        if (parts.isEmpty() || parts.get(0).isEmpty()) {
            throw new InvalidIdentifierException(label, input, "the link does not point to a " + SUPPORTED
                    + "; copy the link with Share > Copy link");
        }
        Optional<SpotifyKind> kind = SpotifyKind.fromPath(parts.get(0));
        if (kind.isEmpty() && expected != null) {
            // Where one kind is wanted, listing the others as "supported" would mislead: say what is needed instead.
            throw new InvalidIdentifierException(label, input, "that is a link to " + describe(parts.get(0))
                    + ", but " + withArticle(expected.path()) + " link was expected: paste the " + expected.path()
                    + "'s \"" + expected.shareMenuItem() + "\"");
        }
        if (kind.isEmpty()) {
            throw new InvalidIdentifierException(label, input, "that is a link to " + describe(parts.get(0))
                    + "; only " + SUPPORTED + " links are supported");
        }
        String id = parts.size() > 1 ? parts.get(1) : "";
        if (id.isEmpty()) {
            throw new InvalidIdentifierException(label, input, "the link has no id after \"" + parts.get(0)
                    + "\"; copy the whole link again with Share > Copy link");
        }
        requireValidId(label, input, id);
        return new SpotifyRef(kind.get(), id);
    }

    private static void requireValidId(String label, String input, String id) {
        int length = id == null ? 0 : id.codePointCount(0, id.length());
        if (length != ID_LENGTH) {
            throw new InvalidIdentifierException(label, input, "Spotify ids are 22 letters and digits; this one has "
                    + length + "; copy the link again with Share > Copy link");
        }
        if (!BASE62.matcher(id).matches()) {
            String bad = id.codePoints()
                    .filter(cp -> !BASE62.matcher(Character.toString(cp)).matches())
                    .mapToObj(Character::toString)
                    .findFirst()
                    .orElseThrow();
            throw new InvalidIdentifierException(label, input, "Spotify ids are 22 letters and digits; this one"
                    + " contains \"" + bad + "\"; copy the link again with Share > Copy link");
        }
    }

    private static String describe(String word) {
        return switch (word.toLowerCase(Locale.ROOT)) {
            case "episode" -> "a podcast episode";
            case "show" -> "a podcast";
            case "audiobook" -> "an audiobook";
            case "user" -> "a user profile";
            default -> "a Spotify \"" + word + "\" page";
        };
    }

    private static String withArticle(String word) {
        return ("aeiou".indexOf(word.charAt(0)) >= 0 ? "an " : "a ") + word;
    }

    private static int indexOfAny(String text, String chars) {
        for (int i = 0; i < text.length(); i++) {
            if (chars.indexOf(text.charAt(i)) >= 0) {
                return i;
            }
        }
        return -1;
    }

    private static String supportedKinds() {
        List<String> paths = Arrays.stream(SpotifyKind.values()).map(SpotifyKind::path).toList();
        return String.join(", ", paths.subList(0, paths.size() - 1)) + " or " + paths.get(paths.size() - 1);
    }

    /** The Spotify URI, e.g. {@code spotify:playlist:37i9dQZF1DWWjGdmeTyeJ6}. */
    public String uri() {
        return "spotify:" + kind.path() + ":" + id;
    }

    /** The web link, e.g. {@code https://open.spotify.com/playlist/37i9dQZF1DWWjGdmeTyeJ6}. */
    public String url() {
        return "https://open.spotify.com/" + kind.path() + "/" + id;
    }

    /**
     * Whether this is a playlist made by Spotify itself (editorial such as Fresh Finds, or algorithmic such as Daily
     * Mix): those ids share fixed prefixes. Always false for other kinds.
     */
    public boolean isEditorialPlaylist() {
        return kind == SpotifyKind.PLAYLIST && EDITORIAL_PREFIXES.stream().anyMatch(id::startsWith);
    }

    /** The Spotify URI, same as {@link #uri()}. */
    @Override
    public String toString() {
        return uri();
    }
}
