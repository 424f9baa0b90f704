package com.scoutdesk.sample;

import static com.scoutdesk.sample.SampleVocabulary.pick;

import com.scoutdesk.model.CreditRole;
import com.scoutdesk.model.LeadStage;
import com.scoutdesk.model.PublisherStatus;
import com.scoutdesk.persistence.bulk.BulkWorkspace.CreditData;
import com.scoutdesk.persistence.bulk.BulkWorkspace.PersonData;
import com.scoutdesk.persistence.bulk.BulkWorkspace.TrackData;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.random.RandomGenerator;

/**
 * Invents artists, songwriters and tracks. An artist's release pathway (major, major-distributed, indie, DIY
 * distributor or vanity label) drives the label, the publisher status, the stream band and the score, so the
 * generated leads look like real ones: DIY and vanity releases score high, majors low.
 */
final class SyntheticCatalog {

    /** How an artist releases music. */
    enum Pathway { MAJOR, MAJOR_DISTRIBUTED, INDIE, DIY, VANITY }

    private record Artist(int person, String name, Pathway pathway, String label, List<Integer> writers,
                          String registrant) {
    }

    private static final String BASE62 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";

    private final RandomGenerator random;
    private final Set<String> usedIds = new HashSet<>();
    private final List<PersonData> people = new ArrayList<>();
    private final List<Artist> artists = new ArrayList<>();
    private final List<Integer> writerPool = new ArrayList<>();
    final List<TrackData> tracks = new ArrayList<>();
    final List<Pathway> trackPathways = new ArrayList<>();
    final List<Integer> trackArtistPerson = new ArrayList<>();
    final List<CreditData> credits = new ArrayList<>();
    private int isrcSerial = 10_000;

    SyntheticCatalog(RandomGenerator random, int expectedTracks) {
        this.random = random;
        int writerCount = Math.max(8, expectedTracks / 3);
        for (int i = 0; i < writerCount; i++) {
            String name = SampleVocabulary.personName(random);
            String insta = random.nextDouble() < 0.3 ? "https://instagram.com/" + slug(name) : null;
            writerPool.add(addPerson(new PersonData(name, null, insta)));
        }
        int artistCount = Math.max(6, (int) (expectedTracks / 2.5));
        for (int i = 0; i < artistCount; i++) {
            artists.add(newArtist());
        }
    }

    List<PersonData> people() {
        return people;
    }

    private int addPerson(PersonData person) {
        people.add(person);
        return people.size() - 1;
    }

    private Artist newArtist() {
        String name = random.nextDouble() < 0.25 ? pick(random, SampleVocabulary.STAGE)
                : SampleVocabulary.personName(random);
        double r = random.nextDouble();
        Pathway pathway = r < 0.15 ? Pathway.MAJOR : r < 0.27 ? Pathway.MAJOR_DISTRIBUTED : r < 0.5 ? Pathway.INDIE
                : r < 0.85 ? Pathway.DIY : Pathway.VANITY;
        String label = switch (pathway) {
            case MAJOR -> pick(random, SampleVocabulary.MAJOR);
            case MAJOR_DISTRIBUTED -> pick(random, SampleVocabulary.MAJOR_DISTRIBUTED);
            case INDIE -> pick(random, SampleVocabulary.INDIE);
            case DIY -> pick(random, SampleVocabulary.DIY);
            case VANITY -> random.nextBoolean() ? name : name + (random.nextBoolean() ? " Records" : " Music");
        };
        int person = addPerson(new PersonData(name, spotifyId(), random.nextDouble() < 0.6
                ? "https://instagram.com/" + slug(name) : null));
        List<Integer> writers = new ArrayList<>();
        if (random.nextBoolean()) {
            writers.add(person);
        }
        int extra = 1 + random.nextInt(2);
        for (int i = 0; i < extra; i++) {
            writers.add(pick(random, writerPool));
        }
        String registrant = "" + BASE62.charAt(10 + random.nextInt(26)) + BASE62.charAt(10 + random.nextInt(26))
                + BASE62.charAt(random.nextInt(36));
        return new Artist(person, name, pathway, label, writers, registrant);
    }

    /** Invents a track first seen in the week starting {@code week}; returns its index. */
    int newTrack(LocalDate week, Instant firstSeen) {
        Artist artist = pick(random, artists);
        String title = SampleVocabulary.title(random);
        LocalDate release = week.minusDays(random.nextInt(30));
        String isrc = random.nextDouble() < 0.9 ? pick(random, SampleVocabulary.ISRC_COUNTRIES) + artist.registrant()
                + String.format("%02d%05d", release.getYear() % 100, isrcSerial++ % 100_000) : null;
        double score = score(artist.pathway());
        PublisherStatus status = publisherStatus(artist.pathway());
        String publisher = status != PublisherStatus.HAS_PUBLISHER ? null : artist.pathway() == Pathway.MAJOR
                ? pick(random, SampleVocabulary.PUBLISHERS_MAJOR) : pick(random, SampleVocabulary.PUBLISHERS_INDIE);
        LeadStage stage = score >= 7 ? pickStage(0.2, 0.08, 0.03) : score < 3 && random.nextDouble() < 0.05
                ? LeadStage.PASSED : LeadStage.NEW;
        String album = random.nextDouble() < 0.7 ? title : pick(random, SampleVocabulary.WORDS_A) + " "
                + pick(random, SampleVocabulary.WORDS_B) + " EP";
        tracks.add(new TrackData(spotifyId(), title, artist.name(), album, isrc, 120_000 + random.nextInt(140_000),
                random.nextDouble() < 0.12, release.toString(), artist.label(), null, status, publisher,
                random.nextDouble() < 0.05 ? null : score, stage, firstSeen));
        trackPathways.add(artist.pathway());
        trackArtistPerson.add(artist.person());
        int index = tracks.size() - 1;
        if (random.nextDouble() < 0.75) {
            addCredits(index, artist, firstSeen);
        }
        return index;
    }

    private void addCredits(int track, Artist artist, Instant at) {
        credits.add(new CreditData(track, artist.person(), CreditRole.MAIN_ARTIST, "webplayer", at));
        CreditRole[] writerRoles = {CreditRole.WRITER, CreditRole.COMPOSER, CreditRole.LYRICIST};
        for (int writer : new HashSet<>(artist.writers())) {
            credits.add(new CreditData(track, writer, writerRoles[random.nextInt(3)], "webplayer", at));
        }
        if (random.nextBoolean()) {
            credits.add(new CreditData(track, pick(random, writerPool), CreditRole.PRODUCER, "webplayer", at));
        }
    }

    private double score(Pathway pathway) {
        double[] band = switch (pathway) {
            case MAJOR -> new double[] {0.3, 3.0};
            case MAJOR_DISTRIBUTED -> new double[] {2.0, 4.8};
            case INDIE -> new double[] {3.5, 6.8};
            case DIY -> new double[] {5.5, 9.6};
            case VANITY -> new double[] {6.5, 10.0};
        };
        double value = band[0] + random.nextDouble() * (band[1] - band[0]);
        return Math.round(value * 10) / 10.0;
    }

    private PublisherStatus publisherStatus(Pathway pathway) {
        double r = random.nextDouble();
        return switch (pathway) {
            case MAJOR, MAJOR_DISTRIBUTED -> r < 0.6 ? PublisherStatus.HAS_PUBLISHER : PublisherStatus.UNKNOWN;
            case INDIE -> r < 0.4 ? PublisherStatus.HAS_PUBLISHER : r < 0.5 ? PublisherStatus.NO_PUBLISHER
                    : PublisherStatus.UNKNOWN;
            case DIY, VANITY -> r < 0.05 ? PublisherStatus.HAS_PUBLISHER : r < 0.4 ? PublisherStatus.NO_PUBLISHER
                    : PublisherStatus.UNKNOWN;
        };
    }

    private LeadStage pickStage(double watching, double contacted, double negotiating) {
        double r = random.nextDouble();
        return r < negotiating ? LeadStage.NEGOTIATING : r < negotiating + contacted ? LeadStage.CONTACTED
                : r < negotiating + contacted + watching ? LeadStage.WATCHING : LeadStage.NEW;
    }

    /** Weekly stream baseline of a new track, by pathway (log-uniform within a band). */
    long baselineStreams(int track) {
        double[] band = switch (trackPathways.get(track)) {
            case MAJOR -> new double[] {200_000, 5_000_000};
            case MAJOR_DISTRIBUTED -> new double[] {50_000, 1_500_000};
            case INDIE -> new double[] {20_000, 800_000};
            case DIY, VANITY -> new double[] {800, 150_000};
        };
        return Math.round(Math.exp(Math.log(band[0]) + random.nextDouble() * (Math.log(band[1]) - Math.log(band[0]))));
    }

    /** A fresh, unique 22-character base62 id in Spotify's format. */
    String spotifyId() {
        return spotifyId("");
    }

    String spotifyId(String prefix) {
        while (true) {
            StringBuilder id = new StringBuilder(prefix);
            while (id.length() < 22) {
                id.append(BASE62.charAt(random.nextInt(62)));
            }
            if (usedIds.add(id.toString())) {
                return id.toString();
            }
        }
    }

    static String slug(String name) {
        return java.text.Normalizer.normalize(name, java.text.Normalizer.Form.NFD).replaceAll("[^A-Za-z0-9]", "")
                .toLowerCase(java.util.Locale.ROOT);
    }
}
