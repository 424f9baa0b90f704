package com.scoutdesk.ui.drawer;

import static org.assertj.core.api.Assertions.assertThat;

import com.scoutdesk.concurrent.CurrentThreadTaskExecutor;
import com.scoutdesk.service.ContactCheck;
import com.scoutdesk.service.FieldValue;
import com.scoutdesk.service.TierState;
import com.scoutdesk.service.TrackDetails;
import com.scoutdesk.ui.fakes.ManualTaskExecutor;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The details drawer's state and commands against a real H2 workspace, without a window. */
class DetailsDrawerViewModelTest {

    @TempDir
    Path dir;
    DrawerWorkspace ws;
    DetailsDrawerViewModel vm;

    @BeforeAll
    static void englishNumbers() {
        Locale.setDefault(Locale.US);
    }

    @BeforeEach
    void open() {
        ws = new DrawerWorkspace(dir);
        vm = ws.viewModel(new CurrentThreadTaskExecutor());
    }

    @AfterEach
    void close() {
        ws.close();
    }

    private TrackDetails shown() {
        return vm.contentProperty().get().details();
    }

    private FieldValue field(String name) {
        return shown().field(name).orElseThrow();
    }

    @Test
    void anEnrichedTrackShowsEachValueWithItsSourceAndAgeAndItsHistory() {
        vm.show(ws.enrichedTrack);

        assertThat(vm.showingProperty().get()).isTrue();
        assertThat(vm.loadingProperty().get()).isFalse();
        assertThat(vm.errorProperty().get()).isEmpty();
        assertThat(shown().name()).isEqualTo("Paper Lanterns");
        assertThat(DrawerTexts.value(field("label"))).isEqualTo("Lantern House");
        assertThat(DrawerTexts.provenance(field("label").source(), DrawerWorkspace.NOW))
                .isEqualTo("from spotify-api, 3 days ago");
        assertThat(DrawerTexts.provenance(field("publisher_share").source(), DrawerWorkspace.NOW))
                .isEqualTo("from mlc, 1 day ago");
        assertThat(MlcSection.checked(shown())).isTrue();
        assertThat(shown().score()).as("scored from its evidence").isPresent();
        assertThat(shown().score().get().evidence()).isNotEmpty();
        var history = vm.contentProperty().get().history();
        assertThat(history.snapshots()).hasSize(3);
        assertThat(history.appearances()).hasSize(3);
        assertThat(history.activity()).hasSize(2);
        assertThat(vm.contactEditors()).extracting(ContactEditorModel::personName)
                .containsExactlyInAnyOrder("Ana Ruiz", "The Quiet Parade");
    }

    @Test
    void anUnenrichedTrackSaysNotCheckedYetNeverUnsigned() {
        vm.show(ws.plainTrack);

        assertThat(MlcSection.checked(shown())).isFalse();
        assertThat(MlcSection.status(shown())).isEqualTo("not checked yet");
        assertThat(DrawerTexts.value(field("publisher_status"))).isEqualTo("not checked yet");
        assertThat(DrawerTexts.provenance(field("publisher_status").source(), DrawerWorkspace.NOW)).isEmpty();
        assertThat(shown().tiers()).filteredOn(t -> t.tier() == 3).singleElement()
                .extracting(TierState::state).isEqualTo(TierState.State.PENDING);
        assertThat(vm.contentProperty().get().history().snapshots()).as("no weekly snapshots yet").isEmpty();
    }

    @Test
    void aBadOverrideIsShownUnderTheFieldAndAGoodOneIsMarkedAndCanBeReverted() {
        vm.show(ws.enrichedTrack);
        vm.startOverride("popularity");
        assertThat(vm.overrideTextProperty().get()).as("starts from the value shown").isEqualTo("41");

        vm.overrideTextProperty().set("lots");
        vm.saveOverride();

        assertThat(vm.fieldProblemProperty().get().field()).isEqualTo("popularity");
        assertThat(vm.fieldProblemProperty().get().message()).contains("takes a whole number");
        assertThat(vm.editingFieldProperty().get()).as("the editor stays open").isEqualTo("popularity");
        assertThat(ws.tracks.details(ws.enrichedTrack).field("popularity").orElseThrow().value()).isEqualTo(41);

        vm.overrideTextProperty().set("55");
        vm.saveOverride();

        assertThat(vm.fieldProblemProperty().get()).isNull();
        assertThat(vm.editingFieldProperty().get()).isNull();
        assertThat(field("popularity").value()).isEqualTo(55);
        assertThat(field("popularity").isManualOverride()).isTrue();
        assertThat(DrawerTexts.provenance(field("popularity").source(), DrawerWorkspace.NOW))
                .isEqualTo("set by you, just now");

        vm.revert("popularity");

        assertThat(field("popularity").isManualOverride()).isFalse();
        assertThat(ws.tracks.details(ws.enrichedTrack).field("popularity").orElseThrow().isManualOverride())
                .isFalse();
    }

    @Test
    void aContactWithABadEmailSaysWhyAndSavesNothingThenTheCorrectedOneIsSavedAndShown() {
        vm.show(ws.enrichedTrack);
        ContactEditorModel ana = vm.contactEditors().stream().filter(e -> e.personName().equals("Ana Ruiz"))
                .findFirst().orElseThrow();
        assertThat(ana.contactId()).as("no contact yet").isNull();

        ana.emailProperty().set("ana-at-example");

        assertThat(ana.problem(ContactCheck.EMAIL)).contains("does not look like an email address");
        assertThat(ana.isValid()).isFalse();
        vm.saveContact(ana);
        assertThat(ws.contacts.forPerson(ws.writerId)).as("nothing saved").isEmpty();

        ana.emailProperty().set("ana@example.com");
        ana.instagramProperty().set("https://www.instagram.com/anaruiz");
        assertThat(ana.problemsProperty().get()).isEmpty();
        vm.saveContact(ana);

        assertThat(ws.contacts.forPerson(ws.writerId)).hasValueSatisfying(c -> {
            assertThat(c.email()).isEqualTo("ana@example.com");
            assertThat(c.instagramUrl()).isEqualTo("https://www.instagram.com/anaruiz");
        });
        assertThat(ana.savedProperty().get()).isEqualTo("Saved");
        assertThat(ana.contactId()).isNotNull();
        assertThat(shown().contacts()).extracting(c -> c.email()).containsExactly("ana@example.com");

        ana.phoneProperty().set("call me");
        assertThat(ana.problem(ContactCheck.PHONE)).contains("does not look like a phone number");
        assertThat(ana.savedProperty().get()).as("typing again clears the saved note").isEmpty();
    }

    @Test
    void tagsAndNotesAreSavedAndATooLongTagIsRefusedWithItsReason() {
        vm.show(ws.enrichedTrack);

        vm.saveTags(" hot, demo , ");
        vm.saveNotes("Manager replied.");

        assertThat(shown().lead().tags()).containsExactly("demo", "hot");
        assertThat(shown().lead().notes()).isEqualTo("Manager replied.");
        vm.saveTags("x".repeat(61));
        assertThat(vm.leadErrorProperty().get()).contains("1 to 60 characters");
        assertThat(ws.tracks.lead(ws.enrichedTrack).tags()).containsExactly("demo", "hot");
    }

    @Test
    void theLatestRequestWinsAndAFailureIsAClearLine() {
        ManualTaskExecutor manual = new ManualTaskExecutor();
        vm = ws.viewModel(manual);

        vm.show(ws.plainTrack);
        vm.show(ws.enrichedTrack);
        assertThat(vm.loadingProperty().get()).as("spinner while loading").isTrue();
        manual.pending().get(1).run();
        manual.pending().get(0).run();

        assertThat(shown().name()).as("the slow answer for the track left behind is dropped")
                .isEqualTo("Paper Lanterns");
        assertThat(vm.loadingProperty().get()).isFalse();

        vm.show(ws.enrichedTrack + 999);
        manual.runAll();
        assertThat(vm.errorProperty().get()).isEqualTo("The details could not be read: No stored track has the "
                + "number " + (ws.enrichedTrack + 999) + ".");
        assertThat(vm.contentProperty().get()).isNull();

        vm.close();
        assertThat(vm.showingProperty().get()).isFalse();
    }
}
