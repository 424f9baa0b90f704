package com.scoutdesk.ui.importing;

import atlantafx.base.theme.Styles;
import com.scoutdesk.service.PlaylistOption;
import com.scoutdesk.ui.common.I18n;
import com.scoutdesk.ui.common.Icons;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;

/** The controls of the import dialog, bound to its {@link ImportViewModel}; the dialog wires the buttons. */
final class ImportForm {

    final VBox root;
    final Button chooseFile = new Button(I18n.tr("import.file.choose"), Icons.of(Feather.FOLDER, 14));
    final Button check = new Button(I18n.tr("import.check"), Icons.of(Feather.CHECK_CIRCLE, 14));

    ImportForm(ImportViewModel model) {
        ToggleGroup sourceGroup = new ToggleGroup();
        RadioButton paste = new RadioButton(I18n.tr("import.source.paste"));
        paste.setId("import-source-paste");
        paste.setToggleGroup(sourceGroup);
        RadioButton csv = new RadioButton(I18n.tr("import.source.file"));
        csv.setId("import-source-file");
        csv.setToggleGroup(sourceGroup);
        sourceGroup.selectToggle(model.fromFileProperty().get() ? csv : paste);
        csv.selectedProperty().bindBidirectional(model.fromFileProperty());
        paste.setSelected(!csv.isSelected());

        TextArea pasted = new TextArea();
        pasted.setId("import-pasted");
        pasted.setPromptText(I18n.tr("import.paste.prompt"));
        pasted.setPrefRowCount(7);
        pasted.textProperty().bindBidirectional(model.pastedProperty());
        pasted.visibleProperty().bind(model.fromFileProperty().not());
        pasted.managedProperty().bind(pasted.visibleProperty());

        Label fileName = new Label();
        fileName.setId("import-file");
        fileName.textProperty().bind(Bindings.createStringBinding(() -> model.fileProperty().get() == null
                ? I18n.tr("import.file.none") : model.fileProperty().get().toString(), model.fileProperty()));
        fileName.getStyleClass().add(Styles.TEXT_MUTED);
        chooseFile.setId("import-choose-file");
        Label fileHint = new Label(I18n.tr("import.file.hint"));
        fileHint.setWrapText(true);
        fileHint.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        VBox fileBox = new VBox(6, new HBox(8, chooseFile, fileName), fileHint);
        fileBox.visibleProperty().bind(model.fromFileProperty());
        fileBox.managedProperty().bind(fileBox.visibleProperty());

        ComboBox<PlaylistOption> playlist = new ComboBox<>(model.playlists());
        playlist.setId("import-playlist");
        playlist.setPromptText(I18n.tr("import.playlist.prompt"));
        playlist.setMaxWidth(Double.MAX_VALUE);
        playlist.valueProperty().bindBidirectional(model.playlistProperty());
        TextField newPlaylist = new TextField();
        newPlaylist.setId("import-new-playlist");
        newPlaylist.setPromptText(I18n.tr("import.playlist.new"));
        newPlaylist.textProperty().bindBidirectional(model.newPlaylistProperty());
        HBox.setHgrow(playlist, Priority.ALWAYS);
        HBox.setHgrow(newPlaylist, Priority.ALWAYS);

        check.setId("import-check");
        check.disableProperty().bind(model.canCheckProperty().not());
        Label summary = new Label();
        summary.setId("import-summary");
        summary.setWrapText(true);
        summary.textProperty().bind(model.summaryProperty());
        summary.getStyleClass().add(Styles.TEXT_BOLD);
        Label problem = new Label();
        problem.setId("import-problem");
        problem.setWrapText(true);
        problem.getStyleClass().add(Styles.DANGER);
        problem.textProperty().bind(model.problemProperty());
        problem.visibleProperty().bind(model.problemProperty().isNotEmpty());
        problem.managedProperty().bind(problem.visibleProperty());

        ListView<String> bad = new ListView<>(model.badLines());
        bad.setId("import-bad-lines");
        bad.setPrefHeight(150);
        bad.setCellFactory(list -> new WrappingCell());
        bad.visibleProperty().bind(Bindings.isNotEmpty(model.badLines()));
        bad.managedProperty().bind(bad.visibleProperty());
        ProgressBar progress = new ProgressBar();
        progress.setId("import-progress");
        progress.setMaxWidth(Double.MAX_VALUE);
        progress.progressProperty().bind(model.progressProperty());
        progress.visibleProperty().bind(model.phaseProperty().isEqualTo(ImportViewModel.Phase.IMPORTING)
                .or(model.phaseProperty().isEqualTo(ImportViewModel.Phase.CHECKING)));
        progress.managedProperty().bind(progress.visibleProperty());

        root = new VBox(10, section("import.source"), new HBox(16, paste, csv), pasted, fileBox,
                section("import.playlist"), new HBox(8, playlist, newPlaylist), check, progress, problem, summary,
                bad);
        root.setPadding(new Insets(4, 0, 0, 0));
    }

    private static Label section(String key) {
        Label label = new Label(I18n.tr(key));
        label.getStyleClass().add(Styles.TEXT_CAPTION);
        return label;
    }

    /** A bad line can be long (what is wrong and what to do): wrap it rather than cut it. */
    private static final class WrappingCell extends javafx.scene.control.ListCell<String> {
        WrappingCell() {
            setWrapText(true);
            setPrefWidth(0);
        }

        @Override
        protected void updateItem(String item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty ? null : item);
        }
    }
}
