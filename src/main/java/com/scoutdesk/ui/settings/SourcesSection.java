package com.scoutdesk.ui.settings;

import atlantafx.base.theme.Styles;
import com.scoutdesk.service.WorkspaceSetting;
import com.scoutdesk.ui.common.I18n;
import java.io.File;
import javafx.beans.value.ObservableValue;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;

/** The web player's Chromium and page count, and the MusicBrainz contact; saved to scoutdesk.properties. */
final class SourcesSection {

    private SourcesSection() {
    }

    static Node create(ObservableValue<SourcesViewModel> models) {
        VBox section = SettingsForms.section("settings-sources", I18n.tr("settings.section.sources"));
        section.managedProperty().bind(section.visibleProperty());
        section.setVisible(false);
        // subscribe: the current model too, since the page may be built after the workspace opened
        models.subscribe(model -> {
            section.getChildren().remove(2, section.getChildren().size()); // keep the rule and the heading
            section.setVisible(model != null);
            if (model != null) {
                section.getChildren().addAll(form(model));
            }
        });
        return section;
    }

    private static Node[] form(SourcesViewModel model) {
        TextField chromium = new TextField();
        chromium.setId("chromium-path");
        chromium.setPromptText(I18n.tr("settings.sources.chromium.prompt"));
        chromium.textProperty().bindBidirectional(model.chromiumPathProperty());
        HBox.setHgrow(chromium, Priority.ALWAYS);
        Button detect = new Button(I18n.tr("settings.sources.detect"));
        detect.setId("chromium-detect");
        detect.setOnAction(e -> model.detect());
        Button browse = new Button(I18n.tr("settings.sources.browse"));
        browse.setId("chromium-browse");
        browse.setOnAction(e -> {
            FileChooser chooser = new FileChooser();
            chooser.setTitle(I18n.tr("settings.sources.chooseTitle"));
            File chosen = chooser.showOpenDialog(browse.getScene().getWindow());
            if (chosen != null) {
                model.chromiumPathProperty().set(chosen.getAbsolutePath());
            }
        });

        Spinner<Integer> pages = new Spinner<>();
        pages.setId("web-player-pages");
        pages.setValueFactory(new SpinnerValueFactory.IntegerSpinnerValueFactory(1,
                WorkspaceSetting.MAX_WEB_PLAYER_PAGES, 2));
        pages.getValueFactory().valueProperty().bindBidirectional(model.pagesProperty());
        pages.setPrefWidth(90);

        TextField contact = new TextField();
        contact.setId("musicbrainz-contact");
        contact.setPromptText(I18n.tr("settings.sources.contact.prompt"));
        contact.textProperty().bindBidirectional(model.contactProperty());

        GridPane form = SettingsForms.form();
        form.addRow(0, SettingsForms.label(I18n.tr("settings.sources.chromium")), new HBox(8, chromium, detect,
                browse));
        form.addRow(1, SettingsForms.label(I18n.tr("settings.sources.pages")), new HBox(12, pages,
                SettingsForms.hint(I18n.tr("settings.sources.pages.hint"))));
        form.addRow(2, SettingsForms.label(I18n.tr("settings.sources.contact")), contact);

        Button save = new Button(I18n.tr("settings.save"));
        save.setId("sources-save");
        save.getStyleClass().add(Styles.ACCENT);
        save.setOnAction(e -> model.save());
        save.disableProperty().bind(model.busyProperty());
        Label message = SettingsForms.message("sources-message", model.messageProperty());
        SettingsForms.dangerWhen(message, model.failedProperty());
        return new Node[] {SettingsForms.hint(I18n.tr("settings.appliesNextOpen")), form, save, message};
    }
}
