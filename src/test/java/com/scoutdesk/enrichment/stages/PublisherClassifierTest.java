package com.scoutdesk.enrichment.stages;

import static org.assertj.core.api.Assertions.assertThat;

import com.scoutdesk.integration.mlc.MlcPublisher;
import com.scoutdesk.integration.mlc.MlcWork;
import com.scoutdesk.integration.mlc.MlcWriter;
import com.scoutdesk.model.PublisherStatus;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The documented rule of {@link PublisherClassifier}, case by case. */
class PublisherClassifierTest {

    static final List<MlcWriter> WRITERS = List.of(new MlcWriter("MARA VELL", null, "CA"),
            new MlcWriter("SAM QUILLFORD", null, "C"));

    static MlcPublisher publisher(String name, Double share, String... administrators) {
        return new MlcPublisher(name, null, share, List.of(administrators).stream()
                .map(a -> new MlcPublisher(a, null, null, List.of())).toList());
    }

    static PublisherClassifier.Verdict classify(MlcPublisher... publishers) {
        return PublisherClassifier.classify(new MlcWork("C1", "SONG", null, WRITERS, List.of(publishers)),
                List.of("Mara Vell"));
    }

    @Test
    void noPublisherIsUnpublishedWithNothingRegistered() {
        PublisherClassifier.Verdict verdict = classify();

        assertThat(verdict.status()).isEqualTo(PublisherStatus.UNPUBLISHED);
        assertThat(verdict.registeredShare()).isEqualTo(0.0);
        assertThat(verdict.names()).isNull();
    }

    @Test
    void theWritersOwnCompaniesAreSelfPublished() {
        assertThat(classify(publisher("MARA VELL MUSIC", 50.0), publisher("Songs Of Quillford LLC", 50.0)).status())
                .as("full name + Music; 'Songs Of' + last name of 4+ letters")
                .isEqualTo(PublisherStatus.SELF_PUBLISHED);
        assertThat(classify(publisher("Mara Vell Publishing (BMI)", 100.0)).status())
                .isEqualTo(PublisherStatus.SELF_PUBLISHED);
    }

    @Test
    void aNameThatMerelyContainsAWritersNameIsNotTheirs() {
        assertThat(classify(publisher("Vellum Songs", 100.0)).status()).isEqualTo(PublisherStatus.INDIE);
        assertThat(classify(publisher("Night Owl Music", 100.0)).status()).isEqualTo(PublisherStatus.INDIE);
    }

    @Test
    void kobaltAndOtherLargeIndependentsAreIndie() {
        assertThat(classify(publisher("Kobalt Songs Music Publishing", 60.0), publisher("BMG Rights Management",
                40.0)).status()).isEqualTo(PublisherStatus.INDIE);
    }

    @Test
    void theMajorsArmsAreRecognisedByTheirCommonNames() {
        for (String name : List.of("Sony Music Publishing (US) LLC", "SONY/ATV SONGS LLC", "EMI April Music Inc.",
                "Universal Music Corp.", "Songs Of Universal, Inc.", "UMPG Publishing", "Warner Chappell Music",
                "WARNER-TAMERLANE PUBLISHING CORP.", "WB Music Corp.", "Chappell & Co. Inc.")) {
            assertThat(classify(publisher(name, 100.0)).status()).as(name).isEqualTo(PublisherStatus.MAJOR);
        }
    }

    @Test
    void aPublisherAdministeredByAMajorIsInAMajorsHandsEvenBesideTheWritersOwnCompany() {
        PublisherClassifier.Verdict verdict = classify(publisher("MARA VELL MUSIC", 50.0),
                publisher("QUILLWORKS SONGS", 0.0, "SONGS OF UNIVERSAL INC"));

        assertThat(verdict.status()).isEqualTo(PublisherStatus.MAJOR);
        assertThat(verdict.names()).isEqualTo("MARA VELL MUSIC; QUILLWORKS SONGS (SONGS OF UNIVERSAL INC)");
    }

    @Test
    void anIndependentBesideTheWritersOwnCompanyIsSplit() {
        assertThat(classify(publisher("MARA VELL MUSIC", 50.0), publisher("Night Owl Music", 50.0)).status())
                .isEqualTo(PublisherStatus.SPLIT);
    }

    @Test
    void theRegisteredShareAddsPublishersAndAdministratorsStandingInCappedAt100() {
        MlcPublisher administered = new MlcPublisher("QUILLWORKS", null, 0.0,
                List.of(new MlcPublisher("SONGS OF UNIVERSAL INC", null, 25.5, List.of())));
        assertThat(classify(publisher("A Music", 50.0), administered).registeredShare()).isEqualTo(75.5);
        assertThat(classify(publisher("A Music", 80.0), publisher("B Music", 40.0)).registeredShare())
                .isEqualTo(100.0);
        assertThat(classify(publisher("A Music", null)).registeredShare()).as("no share given: unknown").isNull();
    }
}
