package com.scoutdesk.scoring;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Reads the release pathway from a label line, using the list files under
 * {@code /com/scoutdesk/scoring/} (one name per line, {@code #} comments).
 *
 * <p>Matching rules, all on {@link LabelNames#normalise normalised} text (case, accents and punctuation ignored):
 * <ol>
 *   <li>A label line is first cut into parts: at "/", and at phrases that name a second party ("under exclusive
 *       license to", "distributed by", "a division of" ...). Leading P-line noise ("(P)", "℗", "©", a year) is
 *       dropped from each part, so "(P) 2025 Mara Vell under exclusive license to DistroKid" reads as
 *       "Mara Vell" and "DistroKid".</li>
 *   <li>A part is a generic self-release when it is on {@code self-release-labels.txt} or ends in "Records DK"
 *       (DistroKid's default label): VANITY.</li>
 *   <li>Otherwise a part matches a list entry when it is the entry, optionally followed only by corporate
 *       words ({@link LabelNames#SUFFIX_WORDS}): "Columbia Records" and "COLUMBIA" match "Columbia",
 *       "Atlantic Records UK" matches "Atlantic"; "Epic Beats" does not match "Epic". Lists are tried from
 *       major down to DIY, so a list always wins over the artist-name test below.</li>
 *   <li>Otherwise a part is VANITY when it is an artist's name, again optionally followed by corporate words
 *       ("Mara Vell Records", "Mara Vell Music", "Mara Vell Recordings", "Mara Vell Entertainment").</li>
 *   <li>When several parts are recognised, the most "signed" reading wins (major, major-distributed, indie,
 *       DIY, vanity): a deal with a bigger party outweighs a self-release name on the same line.</li>
 * </ol>
 * Not handled: labels that use only part of the artist's name ("Vell Music" for Mara Vell), names that
 * contain a listed name in the middle ("The Atlantic Sound"), and sub-labels missing from the lists; all of
 * these come out UNKNOWN (adds nothing) rather than guessed.
 */
public final class LabelClassifier {

    private static final String DIR = "/com/scoutdesk/scoring/";
    private static final Pattern SECOND_PARTY = Pattern.compile(" (?:under exclusive licen[cs]e to|under licen[cs]e to"
            + "|exclusively licen[cs]ed to|licen[cs]ed to|distributed by|a division of|marketed by) ");
    private static final Pattern PLINE_PREFIX = Pattern.compile("^(?:(?:p|c|(?:19|20)\\d\\d) )+");
    private static final String DISTROKID_DEFAULT = "records dk";

    /** The lists in precedence order, which is also the precedence between parts (most "signed" first). */
    private static final List<ReleasePathway> PRECEDENCE = List.of(ReleasePathway.MAJOR,
            ReleasePathway.MAJOR_DISTRIBUTED, ReleasePathway.INDIE_LABEL, ReleasePathway.DIY_DISTRIBUTOR,
            ReleasePathway.VANITY);

    /**
     * Every list entry by its normalised name without spaces (how {@link LabelNames#matchesWithSuffixes} compares),
     * the first one in precedence and list order kept: a part is then matched by looking up its leading words,
     * instead of by trying each of the hundred entries in turn, which was most of the time a score took.
     */
    private final Map<String, ListEntry> listed = new HashMap<>();
    /** Generic self-release names by normalised name; the first of equal names kept. */
    private final Map<String, String> selfRelease = new HashMap<>();

    /** A classifier over explicit lists; the VANITY list, if given, is ignored (vanity is a rule, not a list). */
    public LabelClassifier(Map<ReleasePathway, List<String>> lists, List<String> selfReleaseNames) {
        for (ReleasePathway pathway : PRECEDENCE) {
            if (pathway != ReleasePathway.VANITY) {
                for (Entry entry : entries(lists.getOrDefault(pathway, List.of()))) {
                    listed.putIfAbsent(entry.key().replace(" ", ""), new ListEntry(pathway, entry.display()));
                }
            }
        }
        entries(selfReleaseNames).forEach(entry -> selfRelease.putIfAbsent(entry.key(), entry.display()));
    }

    /** The classifier over the list files shipped with the application. */
    public static LabelClassifier fromClasspath() {
        return new LabelClassifier(Map.of(
                ReleasePathway.MAJOR, LabelNames.load(DIR + "major-labels.txt"),
                ReleasePathway.MAJOR_DISTRIBUTED, LabelNames.load(DIR + "major-distributed-labels.txt"),
                ReleasePathway.INDIE_LABEL, LabelNames.load(DIR + "indie-labels.txt"),
                ReleasePathway.DIY_DISTRIBUTOR, LabelNames.load(DIR + "diy-distributors.txt")),
                LabelNames.load(DIR + "self-release-labels.txt"));
    }

    /** Classifies a label line; {@code artistNames} may be empty, which only disables the artist-name test. */
    public LabelClassification classify(String label, List<String> artistNames) {
        if (label == null || label.isBlank()) {
            return new LabelClassification(ReleasePathway.UNKNOWN, null, null);
        }
        List<Entry> artists = entries(artistNames == null ? List.of() : artistNames);
        LabelClassification best = null;
        for (String part : parts(label)) {
            LabelClassification found = classifyPart(part, artists, label);
            if (found != null && (best == null || rank(found.pathway()) < rank(best.pathway()))) {
                best = found;
            }
        }
        return best != null ? best : new LabelClassification(ReleasePathway.UNKNOWN, null, label);
    }

    private LabelClassification classifyPart(String part, List<Entry> artists, String label) {
        if (part.equals(DISTROKID_DEFAULT) || part.endsWith(" " + DISTROKID_DEFAULT)) {
            return new LabelClassification(ReleasePathway.VANITY, "Records DK", label);
        }
        String generic = selfRelease.get(part);
        if (generic != null) {
            return new LabelClassification(ReleasePathway.VANITY, generic, label);
        }
        ListEntry best = null;
        String[] words = part.split(" ");
        StringBuilder prefix = new StringBuilder();
        for (int k = 0; k < words.length; k++) {
            prefix.append(words[k]);
            ListEntry entry = listed.get(prefix.toString());
            if (entry != null && onlySuffixWords(words, k + 1)
                    && (best == null || rank(entry.pathway()) < rank(best.pathway()))) {
                best = entry;
            }
        }
        if (best != null) {
            return new LabelClassification(best.pathway(), best.display(), label);
        }
        for (Entry artist : artists) {
            if (LabelNames.matchesWithSuffixes(part, artist.key())) {
                return new LabelClassification(ReleasePathway.VANITY, artist.display(), label);
            }
        }
        return null;
    }

    private static boolean onlySuffixWords(String[] words, int from) {
        for (int i = from; i < words.length; i++) {
            if (!LabelNames.SUFFIX_WORDS.contains(words[i])) {
                return false;
            }
        }
        return true;
    }

    private static List<String> parts(String label) {
        List<String> parts = new ArrayList<>();
        for (String slashPart : label.split("/")) {
            for (String part : SECOND_PARTY.split(" " + LabelNames.normalise(slashPart) + " ")) {
                String cleaned = PLINE_PREFIX.matcher(part.strip() + " ").replaceFirst("").strip();
                if (!cleaned.isEmpty()) {
                    parts.add(cleaned);
                }
            }
        }
        return parts;
    }

    private static int rank(ReleasePathway pathway) {
        return PRECEDENCE.indexOf(pathway);
    }

    private static List<Entry> entries(List<String> names) {
        return names.stream()
                .filter(name -> name != null && !LabelNames.normalise(name).isEmpty())
                .map(name -> new Entry(name.strip(), LabelNames.normalise(name)))
                .toList();
    }

    /** A name as written in the list (for explanations) and its normalised key (for matching). */
    private record Entry(String display, String key) {
    }

    /** A list entry: the pathway of its list and its name as written there. */
    private record ListEntry(ReleasePathway pathway, String display) {
    }
}
