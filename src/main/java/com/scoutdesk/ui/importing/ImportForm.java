package com.scoutdesk.ui.importing;

import atlantafx.base.theme.Styles;
import com.scoutdesk.service.PlaylistOption;
import com.scoutdesk.ui.common.I18n;
import com.scoutdesk.ui.common.Icons;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
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
        pasted.setMinHeight(140);
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
        summary.setMinHeight(Region.USE_PREF_SIZE);
        Label problem = new Label();
        problem.setId("import-problem");
        problem.setWrapText(true);
        problem.getStyleClass().add(Styles.DANGER);
        problem.textProperty().bind(model.problemProperty());
        problem.setMinHeight(Region.USE_PREF_SIZE);
        problem.visibleProperty().bind(model.problemProperty().isNotEmpty());
        problem.managedProperty().bind(problem.visibleProperty());

        // Labels in a scroll pane rather than a list: each bad line wraps to its own height.
        VBox badBox = new VBox(6);
        badBox.setId("import-bad-lines");
        badBox.setPadding(new Insets(8));
        model.badLines().addListener((ListChangeListener<String>) change -> badBox.getChildren().setAll(
                model.badLines().stream().map(ImportForm::badLine).toList()));
        ScrollPane bad = new ScrollPane(badBox);
        bad.setFitToWidth(true);
        bad.setPrefHeight(170);
        bad.setMinHeight(120);
        bad.visibleProperty().bind(Bindings.isNotEmpty(model.badLines()));
        bad.managedProperty().bind(bad.visibleProperty());
        VBox.setVgrow(bad, Priority.ALWAYS);
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
        root.setPadding(new Insets(12, 16, 8, 16));
    }

    private static Label section(String key) {
        Label label = new Label(I18n.tr(key));
        label.getStyleClass().add(Styles.TEXT_CAPTION);
        return label;
    }

    /** A bad line can be long (what is wrong and what to do): it wraps rather than being cut. */
    private static Label badLine(String text) {
        Label line = new Label(text, Icons.of(Feather.X_CIRCLE, 13));
        line.getStyleClass().addAll("import-bad-line", Styles.DANGER);
        line.setWrapText(true);
        line.setMinHeight(Region.USE_PREF_SIZE);
        return line;
    }
}
