package com.scoutdesk.scoring;

import static com.scoutdesk.scoring.ReleasePathway.DIY_DISTRIBUTOR;
import static com.scoutdesk.scoring.ReleasePathway.INDIE_LABEL;
import static com.scoutdesk.scoring.ReleasePathway.MAJOR;
import static com.scoutdesk.scoring.ReleasePathway.MAJOR_DISTRIBUTED;
import static com.scoutdesk.scoring.ReleasePathway.UNKNOWN;
import static com.scoutdesk.scoring.ReleasePathway.VANITY;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class LabelClassifierTest {

    private static final LabelClassifier CLASSIFIER = LabelClassifier.fromClasspath();
    private static final List<String> ARTISTS = List.of("Mara Vell", "Joon Park");

    private static ReleasePathway pathway(String label) {
        return CLASSIFIER.classify(label, ARTISTS).pathway();
    }

    @ParameterizedTest
    @CsvSource({
        "Columbia, Columbia", "Columbia Records, Columbia", "COLUMBIA, Columbia", "columbia records., Columbia",
        "RCA Records, RCA", "Epic, Epic", "Interscope Records, Interscope", "Republic Records, Republic",
        "Island Records, Island", "Capitol Records, Capitol", "Polydor Ltd., Polydor", "Def Jam Recordings, Def Jam",
        "Atlantic Records, Atlantic", "Atlantic Records UK, Atlantic", "Elektra, Elektra",
        "Parlophone Records Limited, Parlophone", "Sony Music Entertainment, Sony Music",
        "Warner Records Inc., Warner", "Def-Jam, Def Jam"
    })
    void majors(String label, String matched) {
        LabelClassification found = CLASSIFIER.classify(label, ARTISTS);
        assertThat(found.pathway()).isEqualTo(MAJOR);
        assertThat(found.matched()).isEqualTo(matched);
    }

    @ParameterizedTest
    @ValueSource(strings = {"The Orchard", "AWAL", "AWAL Recordings", "Ingrooves", "Virgin Music Group", "Caroline",
        "Ultra Records", "Ultra Music", "RED MUSIC"})
    void majorDistributed(String label) {
        assertThat(pathway(label)).isEqualTo(MAJOR_DISTRIBUTED);
    }

    @ParameterizedTest
    @ValueSource(strings = {"DistroKid", "distrokid", "TuneCore", "CD Baby", "CDBaby Records", "Amuse",
        "UnitedMasters", "United Masters", "Ditto Music", "RouteNote", "Symphonic", "Stem"})
    void diyDistributors(String label) {
        assertThat(pathway(label)).isEqualTo(DIY_DISTRIBUTOR);
    }

    @ParameterizedTest
    @ValueSource(strings = {"XL Recordings", "Domino Recording Co", "4AD", "Sub Pop Records", "Ninja Tune",
        "Secretly Canadian", "Warp Records"})
    void indieLabels(String label) {
        assertThat(pathway(label)).isEqualTo(INDIE_LABEL);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Mara Vell", "mara vell", "MARA  VELL", "Mara Vell Records", "Mara Vell Music",
        "Mara Vell Recordings", "Mara Vell Entertainment", "mara-vell records", "Joon Park Music", " Mara Vell "})
    void vanityLabelsNamedAfterTheArtist(String label) {
        LabelClassification found = CLASSIFIER.classify(label, ARTISTS);
        assertThat(found.pathway()).isEqualTo(VANITY);
        assertThat(found.matched()).isIn(ARTISTS);
    }

    @Test
    void accentsInTheArtistNameAreIgnored() {
        assertThat(CLASSIFIER.classify("Beyonce Music", List.of("Beyoncé")).pathway()).isEqualTo(VANITY);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Records DK", "records dk", "Mara Vell Records DK", "Sunset Lane Records DK",
        "Self-released", "SELF RELEASED", "Independent", "Not on label", "Unsigned"})
    void genericSelfReleaseNames(String label) {
        assertThat(pathway(label)).isEqualTo(VANITY);
    }

    @Test
    void vanityNeedsTheArtistsName() {
        assertThat(CLASSIFIER.classify("Mara Vell Records", List.of()).pathway()).isEqualTo(UNKNOWN);
        assertThat(CLASSIFIER.classify("Mara Vell Records", List.of("Someone Else")).pathway()).isEqualTo(UNKNOWN);
    }

    @ParameterizedTest
    @CsvSource({
        "2026 DistroKid, DIY_DISTRIBUTOR",
        "(P) 2025 Mara Vell under exclusive license to DistroKid, DIY_DISTRIBUTOR",
        "℗ 2024 Mara Vell, VANITY",
        "Mara Vell Records / AWAL, MAJOR_DISTRIBUTED",
        "Columbia Records / Sony Music, MAJOR",
        "XL Recordings distributed by Beggars, INDIE_LABEL",
        "Big Dreams Records under license to Island Records, MAJOR"
    })
    void pLinesAndSeveralPartiesTakeTheMostSignedReading(String label, ReleasePathway expected) {
        assertThat(pathway(label)).isEqualTo(expected);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   ", "///"})
    void blankLabelsAreUnknownWithoutALabel(String label) {
        LabelClassification found = CLASSIFIER.classify(label, ARTISTS);
        assertThat(found.pathway()).isEqualTo(UNKNOWN);
        assertThat(found.matched()).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Moonlit Tapes", "Epic Beats", "Island Breeze", "Columbian Sounds", "The Atlantic Sound"})
    void namesThatOnlyContainAListedNameAreNotMatched(String label) {
        LabelClassification found = CLASSIFIER.classify(label, ARTISTS);
        assertThat(found.pathway()).isEqualTo(UNKNOWN);
        assertThat(found.hasLabel()).isTrue();
    }

    @Test
    void listFilesAreReadWithCommentsAndBlankLinesIgnored() {
        List<String> majors = LabelNames.load("/com/scoutdesk/scoring/major-labels.txt");
        assertThat(majors).contains("Columbia", "Interscope", "Atlantic").noneMatch(name -> name.startsWith("#"))
                .noneMatch(String::isBlank);
    }

    /**
     * When several list entries fit a part, the most "signed" list wins, and within a list the entry listed first:
     * "Atlantic Records" on the indie list does not hide "Atlantic" on the major list, whichever fits more words.
     */
    @Test
    void theMostSignedListAndThenTheFirstEntryWinAmongEntriesThatFit() {
        LabelClassifier lists = new LabelClassifier(Map.of(
                MAJOR, List.of("Atlantic", "Atlantic Records Group"),
                INDIE_LABEL, List.of("Atlantic Records", "Nova Sound"),
                DIY_DISTRIBUTOR, List.of("Nova Sound Records", "NovaSound")), List.of("Nova Tapes"));

        LabelClassification atlantic = lists.classify("Atlantic Records", List.of());
        assertThat(atlantic.pathway()).isEqualTo(MAJOR);
        assertThat(atlantic.matched()).isEqualTo("Atlantic");
        LabelClassification nova = lists.classify("Nova Sound Records", List.of());
        assertThat(nova.pathway()).isEqualTo(INDIE_LABEL);
        assertThat(nova.matched()).isEqualTo("Nova Sound");
        assertThat(lists.classify("NOVASOUND", List.of()).matched()).as("spaces inside a name do not count")
                .isEqualTo("Nova Sound");
        assertThat(lists.classify("Nova Tapes", List.of("Nova")).pathway()).isEqualTo(VANITY);
        assertThat(lists.classify("Nova Sound Beats", List.of()).pathway()).as("only corporate words may follow")
                .isEqualTo(UNKNOWN);
    }
}
