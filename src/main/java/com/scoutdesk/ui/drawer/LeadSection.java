package com.scoutdesk.ui.drawer;

import atlantafx.base.theme.Styles;
import com.scoutdesk.service.TrackLead;
import com.scoutdesk.ui.common.I18n;
import com.scoutdesk.ui.tags.TagChip;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * The scout's tags (as coloured chips, and comma separated to edit) and notes on the track, each saved with its own
 * button (Enter for tags).
 */
final class LeadSection {

    private LeadSection() {
    }

    static Node build(TrackLead lead, DetailsDrawerViewModel vm) {
        TextField tags = new TextField(String.join(", ", lead.tags()));
        tags.setId("drawer-tags");
        tags.setPromptText(I18n.tr("drawer.tags.prompt"));
        HBox.setHgrow(tags, Priority.ALWAYS);
        Button saveTags = new Button(I18n.tr("drawer.lead.save"));
        saveTags.setId("drawer-tags-save");
        saveTags.getStyleClass().add(Styles.SMALL);
        saveTags.setOnAction(e -> vm.saveTags(tags.getText()));
        tags.setOnAction(e -> vm.saveTags(tags.getText()));

        TextArea notes = new TextArea(lead.notes() == null ? "" : lead.notes());
        notes.setId("drawer-notes");
        notes.setWrapText(true);
        notes.setPrefRowCount(3);
        Button saveNotes = new Button(I18n.tr("drawer.lead.save"));
        saveNotes.setId("drawer-notes-save");
        saveNotes.getStyleClass().add(Styles.SMALL);
        saveNotes.setOnAction(e -> vm.saveNotes(notes.getText()));

        Label error = Sections.wrapped("");
        error.setId("drawer-lead-error");
        error.textProperty().bind(vm.leadErrorProperty());
        error.getStyleClass().add(Styles.DANGER);
        error.managedProperty().bind(error.textProperty().isNotEmpty());

        FlowPane chips = new FlowPane(4, 4);
        chips.setId("drawer-tag-chips");
        lead.labels().forEach(tag -> chips.getChildren().add(TagChip.of(tag.name(), tag.color())));
        chips.managedProperty().bind(chips.visibleProperty());
        chips.setVisible(!lead.labels().isEmpty());

        VBox body = new VBox(6, Sections.muted(I18n.tr("drawer.tags")), chips, new HBox(6, tags, saveTags),
                Sections.muted(I18n.tr("drawer.notes")), notes, saveNotes, error);
        return Sections.section("drawer-lead", I18n.tr("drawer.section.lead"), body);
    }
}
