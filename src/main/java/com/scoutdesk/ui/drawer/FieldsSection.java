package com.scoutdesk.ui.drawer;

import atlantafx.base.theme.Styles;
import com.scoutdesk.service.FieldValue;
import com.scoutdesk.service.TrackDetails;
import com.scoutdesk.ui.common.I18n;
import com.scoutdesk.ui.common.Icons;
import java.time.Instant;
import java.util.Set;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;

/**
 * Every declared field with its value, where it came from and how old it is, a marker where the scout overrode it,
 * and the Override… / Revert actions. The score's own columns are left to the score section.
 */
final class FieldsSection {

    /** Stored by the scorer, shown by the score section; artist names come with the track and cannot be set. */
    private static final Set<String> HIDDEN = Set.of("unsigned_score", "score_breakdown", "score_computed_at");
    private static final String NOT_SETTABLE = "artist_names";

    private FieldsSection() {
    }

    static Node build(TrackDetails d, DetailsDrawerViewModel vm, Instant now) {
        VBox rows = new VBox(2);
        for (FieldValue field : d.fields()) {
            if (!HIDDEN.contains(field.field())) {
                rows.getChildren().add(row(field, vm, now));
            }
        }
        return Sections.section("drawer-fields", I18n.tr("drawer.section.fields"), rows);
    }

    private static Node row(FieldValue field, DetailsDrawerViewModel vm, Instant now) {
        Label name = new Label(DrawerTexts.fieldLabel(field.field()));
        name.setMinWidth(150);
        name.setPrefWidth(150);
        name.setMaxWidth(150);
        name.setWrapText(true);
        name.getStyleClass().add(Styles.TEXT_MUTED);
        Label value = new Label(DrawerTexts.value(field));
        value.setId("drawer-field-" + field.field());
        value.setWrapText(true);
        if (field.value() == null) {
            value.getStyleClass().add(Styles.TEXT_SUBTLE);
        }
        HBox line = new HBox(8, name, value);
        line.setAlignment(Pos.BASELINE_LEFT);
        HBox.setHgrow(value, Priority.ALWAYS);
        value.setMaxWidth(Double.MAX_VALUE);
        if (field.isManualOverride()) {
            Label marker = new Label(I18n.tr("drawer.overridden"), Icons.of(Feather.EDIT_2, 11));
            marker.setId("drawer-override-marker-" + field.field());
            marker.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.ACCENT, "override-marker");
            marker.setMinWidth(Region.USE_PREF_SIZE);
            line.getChildren().add(marker);
        }
        if (!field.field().equals(NOT_SETTABLE)) {
            line.getChildren().add(actions(field, vm));
        }
        VBox box = new VBox(0, line);
        box.getStyleClass().add("drawer-field");
        String source = DrawerTexts.provenance(field.source(), now);
        if (!source.isEmpty()) {
            Label from = Sections.small(source);
            from.setPadding(new Insets(0, 0, 0, 158));
            box.getChildren().add(from);
        }
        if (field.field().equals(vm.editingFieldProperty().get())) {
            box.getChildren().add(editor(field, vm));
        }
        return box;
    }

    private static Node actions(FieldValue field, DetailsDrawerViewModel vm) {
        HBox actions = new HBox(2);
        actions.setMinWidth(Region.USE_PREF_SIZE);
        Button override = small(I18n.tr("drawer.override"));
        override.setId("drawer-override-" + field.field());
        override.setOnAction(e -> vm.startOverride(field.field()));
        actions.getChildren().add(override);
        if (field.isManualOverride()) {
            Button revert = small(I18n.tr("drawer.revert"));
            revert.setId("drawer-revert-" + field.field());
            revert.setOnAction(e -> vm.revert(field.field()));
            actions.getChildren().add(revert);
        }
        return actions;
    }

    private static Node editor(FieldValue field, DetailsDrawerViewModel vm) {
        TextField input = new TextField();
        input.textProperty().bindBidirectional(vm.overrideTextProperty());
        input.setId("drawer-override-input");
        HBox.setHgrow(input, Priority.ALWAYS);
        Button save = new Button(I18n.tr("drawer.overrideSave"));
        save.setId("drawer-override-save");
        save.setDefaultButton(true);
        save.setOnAction(e -> vm.saveOverride());
        Button cancel = new Button(I18n.tr("drawer.overrideCancel"));
        cancel.setOnAction(e -> vm.cancelOverride());
        HBox line = new HBox(6, input, save, cancel);
        VBox editor = new VBox(4, line);
        editor.getStyleClass().add("drawer-override-editor");
        var problem = vm.fieldProblemProperty().get();
        if (problem != null && problem.field().equals(field.field())) {
            Label error = Sections.wrapped(problem.message());
            error.setId("drawer-override-error");
            error.getStyleClass().add(Styles.DANGER);
            editor.getChildren().add(error);
        }
        return editor;
    }

    private static Button small(String text) {
        Button button = new Button(text);
        button.getStyleClass().addAll(Styles.SMALL, Styles.FLAT);
        button.setMinWidth(Region.USE_PREF_SIZE); // the value column shortens first, never "Overrid…"
        return button;
    }
}
