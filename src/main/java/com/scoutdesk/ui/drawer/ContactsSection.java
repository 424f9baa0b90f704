package com.scoutdesk.ui.drawer;

import atlantafx.base.theme.Styles;
import com.scoutdesk.service.ContactCheck;
import com.scoutdesk.service.TrackHistory;
import com.scoutdesk.ui.common.I18n;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.StringProperty;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * One contact form per credited person. Each value is checked as the scout types and a bad one says why under its
 * box; Save stays off until everything can be stored. X and TikTok are the person's links, shown beside the form.
 */
final class ContactsSection {

    private ContactsSection() {
    }

    static Node build(DetailsDrawerViewModel vm, TrackHistory history, Consumer<String> openUrl) {
        VBox body = new VBox(12);
        for (ContactEditorModel editor : vm.contactEditors()) {
            body.getChildren().add(form(vm, editor, history, openUrl));
        }
        if (body.getChildren().isEmpty()) {
            body.getChildren().add(Sections.muted(I18n.tr("drawer.contacts.none")));
        }
        return Sections.section("drawer-contacts", I18n.tr("drawer.section.contacts"), body);
    }

    private static Node form(DetailsDrawerViewModel vm, ContactEditorModel editor, TrackHistory history,
                             Consumer<String> openUrl) {
        String id = "drawer-contact-" + editor.personId();
        Label person = new Label(editor.personName());
        person.getStyleClass().add(Styles.TEXT_BOLD);
        Label standing = Sections.muted("");
        standing.setId(id + "-standing");
        standing.setWrapText(true);
        standing.textProperty().bind(editor.standingProperty());
        standing.visibleProperty().bind(editor.standingProperty().isNotEmpty());
        standing.managedProperty().bind(standing.visibleProperty());
        GridPane grid = Sections.grid();
        input(grid, id + "-name", I18n.tr("drawer.contact.name"), new TextField(), editor.displayNameProperty(),
                editor, ContactCheck.NAME);
        input(grid, id + "-email", I18n.tr("drawer.contact.email"), new TextField(), editor.emailProperty(), editor,
                ContactCheck.EMAIL);
        input(grid, id + "-phone", I18n.tr("drawer.contact.phone"), new TextField(), editor.phoneProperty(), editor,
                ContactCheck.PHONE);
        input(grid, id + "-instagram", I18n.tr("drawer.contact.instagram"), new TextField(),
                editor.instagramProperty(), editor, ContactCheck.INSTAGRAM);
        input(grid, id + "-x", I18n.tr("drawer.contact.x"), new TextField(), editor.xProperty(), editor,
                ContactCheck.X);
        input(grid, id + "-tiktok", I18n.tr("drawer.contact.tiktok"), new TextField(), editor.tiktokProperty(),
                editor, ContactCheck.TIKTOK);
        TextArea notes = new TextArea();
        notes.setPrefRowCount(2);
        notes.setWrapText(true);
        input(grid, id + "-notes", I18n.tr("drawer.contact.notes"), notes, editor.notesProperty(), editor,
                ContactCheck.NOTES);
        Button save = new Button(I18n.tr("drawer.contact.save"));
        save.setId(id + "-save");
        save.getStyleClass().add(Styles.SMALL);
        save.disableProperty().bind(Bindings.createBooleanBinding(() -> !editor.problemsProperty().get().isEmpty(),
                editor.problemsProperty()));
        save.setOnAction(e -> vm.saveContact(editor));
        Label saved = new Label();
        saved.setId(id + "-saved");
        saved.textProperty().bind(editor.savedProperty());
        saved.getStyleClass().add(Styles.SUCCESS);
        Label failed = Sections.wrapped("");
        failed.setId(id + "-error");
        failed.textProperty().bind(editor.saveErrorProperty());
        failed.getStyleClass().add(Styles.DANGER);
        failed.managedProperty().bind(failed.textProperty().isNotEmpty());
        HBox actions = new HBox(8, save, saved);
        VBox form = new VBox(4, person, standing, grid, actions, failed);
        form.setId(id);
        return form;
    }

    private static void input(GridPane grid, String id, String label, TextInputControl box, StringProperty value,
                              ContactEditorModel editor, String check) {
        box.setId(id);
        box.textProperty().bindBidirectional(value);
        Label problem = Sections.wrapped("");
        problem.setId(id + "-problem");
        problem.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.DANGER);
        problem.textProperty().bind(Bindings.createStringBinding(() -> editor.problem(check),
                editor.problemsProperty()));
        problem.managedProperty().bind(problem.textProperty().isNotEmpty());
        problem.visibleProperty().bind(problem.managedProperty());
        // the binding watches the editor weakly, so a rebuilt drawer leaves no listener behind on the editor
        BooleanBinding bad = problem.textProperty().isNotEmpty();
        box.getProperties().put(BooleanBinding.class, bad);
        box.pseudoClassStateChanged(Styles.STATE_DANGER, bad.get());
        bad.addListener((o, was, now) -> box.pseudoClassStateChanged(Styles.STATE_DANGER, now));
        GridPane.setHgrow(box, Priority.ALWAYS);
        VBox cell = new VBox(2, box, problem);
        GridPane.setHgrow(cell, Priority.ALWAYS);
        Sections.row(grid, label, cell);
    }

}
