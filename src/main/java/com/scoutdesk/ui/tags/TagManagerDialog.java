package com.scoutdesk.ui.tags;

import atlantafx.base.theme.Styles;
import com.scoutdesk.service.TagUsage;
import com.scoutdesk.ui.common.I18n;
import com.scoutdesk.ui.common.Icons;
import com.scoutdesk.ui.common.Panels;
import com.scoutdesk.ui.common.Shortcuts;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Pos;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceDialog;
import javafx.scene.control.ColorPicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputDialog;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.stage.Window;
import org.kordamp.ikonli.feather.Feather;

/**
 * The tag manager (the dashboard's Tags button): every tag as a coloured chip with the number of tracks it is on;
 * add a tag with a colour, rename, recolour, merge two or more, delete with a confirmation that names the count.
 * Ctrl+Z, or Undo, takes back the last change. It writes through the background executor and never waits on the
 * database.
 */
public final class TagManagerDialog extends Dialog<Void> {

    static final String STYLESHEET = "/com/scoutdesk/ui/app.css";

    private final TagManagerModel model;
    private final TableView<TagUsage> table = new TableView<>();

    public TagManagerDialog(Window owner, TagManagerModel model) {
        this.model = Objects.requireNonNull(model);
        if (owner != null) {
            initOwner(owner);
        }
        setTitle(I18n.tr("tags.title"));
        setResizable(true);
        DialogPane pane = getDialogPane();
        pane.setHeaderText(I18n.tr("tags.header"));
        pane.getStyleClass().add("tag-manager");
        pane.getStylesheets().add(Objects.requireNonNull(TagManagerDialog.class.getResource(STYLESHEET))
                .toExternalForm());
        pane.setContent(content());
        pane.getButtonTypes().setAll(new ButtonType(I18n.tr("tags.close"), ButtonBar.ButtonData.CANCEL_CLOSE));
        pane.setPrefSize(720, 540);
        pane.setMinSize(700, 420);
        pane.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (Shortcuts.UNDO.match(e) && !(e.getTarget() instanceof TextField)) {
                model.undo();
                e.consume();
            }
        });
        setOnHidden(e -> model.dispose());
        setResultConverter(button -> null);
        model.reload();
    }

    /** The state behind the dialog. */
    public TagManagerModel model() {
        return model;
    }

    private VBox content() {
        TextField name = new TextField();
        name.setId("new-tag-name");
        name.setPromptText(I18n.tr("tags.new.prompt"));
        HBox.setHgrow(name, Priority.ALWAYS);
        ColorPicker color = new ColorPicker(Color.web("#1565c0"));
        color.setId("new-tag-color");
        Button add = new Button(I18n.tr("tags.add"), Icons.of(Feather.PLUS));
        add.setId("add-tag");
        add.setDefaultButton(true);
        add.disableProperty().bind(name.textProperty().isEmpty().or(model.busyProperty()));
        add.setOnAction(e -> {
            model.create(name.getText(), hex(color.getValue()));
            name.clear();
        });
        HBox create = new HBox(8, name, color, add);
        create.setAlignment(Pos.CENTER_LEFT);

        table.setId("tag-table");
        table.setItems(model.rows());
        table.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        table.setPlaceholder(new Label(I18n.tr("tags.none")));
        table.getColumns().setAll(List.of(chipColumn(), countColumn()));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        VBox.setVgrow(table, Priority.ALWAYS);

        BooleanBinding one = Bindings.size(table.getSelectionModel().getSelectedItems()).isNotEqualTo(1)
                .or(model.busyProperty());
        Button rename = button("rename-tag", "tags.rename", Feather.EDIT_2, this::rename);
        rename.disableProperty().bind(one);
        ColorPicker recolor = new ColorPicker(Color.TRANSPARENT);
        recolor.setId("recolor-tag");
        recolor.getStyleClass().add(ColorPicker.STYLE_CLASS_BUTTON);
        recolor.setTooltip(new Tooltip(I18n.tr("tags.recolor.tip")));
        recolor.disableProperty().bind(one);
        // The picker shows the chosen tag's colour (transparent for none); only the scout's pick recolours it.
        boolean[] showing = {false};
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            showing[0] = true;
            try {
                recolor.setValue(now == null || now.color() == null ? Color.TRANSPARENT : Color.web(now.color()));
            } finally {
                showing[0] = false;
            }
        });
        recolor.setOnAction(e -> {
            if (!showing[0]) {
                selected().ifPresent(tag -> model.recolor(tag, hex(recolor.getValue())));
            }
        });
        Button merge = button("merge-tags", "tags.merge", Feather.GIT_MERGE, this::merge);
        merge.disableProperty().bind(Bindings.size(table.getSelectionModel().getSelectedItems()).lessThan(2)
                .or(model.busyProperty()));
        Button delete = button("delete-tag", "tags.delete", Feather.TRASH_2, this::delete);
        delete.getStyleClass().add(Styles.DANGER);
        delete.disableProperty().bind(one);
        Button undo = button("undo-tags", "tags.undo", Feather.ROTATE_CCW, model::undo);
        undo.disableProperty().bind(model.canUndoProperty().not().or(model.busyProperty()));
        undo.setTooltip(new Tooltip());
        undo.getTooltip().setOnShowing(e -> undo.getTooltip().setText(I18n.tr("tags.undo.tip", model.nextUndo())));
        // Wraps rather than cutting the buttons' words when the dialog is narrow.
        FlowPane actions = new FlowPane(8, 8, rename, recolor, merge, delete, undo);
        actions.getChildren().forEach(n -> ((Region) n).setMinWidth(Region.USE_PREF_SIZE));
        actions.setAlignment(Pos.CENTER_LEFT);

        Label message = new Label();
        message.setId("tags-message");
        message.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        message.setWrapText(true);
        message.textProperty().bind(model.messageProperty());
        Label error = Panels.errorLine();
        error.setId("tags-error");
        error.textProperty().bind(model.errorProperty());
        Label listError = Panels.errorLine();
        listError.setId("tags-list-error");
        listError.textProperty().bind(model.listErrorProperty());
        return new VBox(10, create, table, actions, message, error, listError);
    }

    private TableColumn<TagUsage, TagUsage> chipColumn() {
        TableColumn<TagUsage, TagUsage> column = new TableColumn<>(I18n.tr("tags.column.name"));
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
        column.setComparator(Comparator.comparing(TagUsage::name, String.CASE_INSENSITIVE_ORDER));
        column.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(TagUsage tag, boolean empty) {
                super.updateItem(tag, empty);
                setText(null);
                setAlignment(Pos.CENTER_LEFT);
                setGraphic(empty || tag == null ? null : TagChip.of(tag.name(), tag.color()));
            }
        });
        column.setPrefWidth(380);
        return column;
    }

    private TableColumn<TagUsage, Long> countColumn() {
        TableColumn<TagUsage, Long> column = new TableColumn<>(I18n.tr("tags.column.tracks"));
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().tracks()));
        column.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(Long count, boolean empty) {
                super.updateItem(count, empty);
                setText(empty || count == null ? null : I18n.tr("tags.count", count));
            }
        });
        column.setStyle("-fx-alignment: CENTER-RIGHT;");
        return column;
    }

    private static Button button(String id, String key, Feather icon, Runnable action) {
        Button button = new Button(I18n.tr(key), Icons.of(icon));
        button.setId(id);
        button.setOnAction(e -> action.run());
        return button;
    }

    private Optional<TagUsage> selected() {
        List<TagUsage> chosen = table.getSelectionModel().getSelectedItems();
        return chosen.size() == 1 ? Optional.of(chosen.get(0)) : Optional.empty();
    }

    private void rename() {
        selected().ifPresent(tag -> {
            TextInputDialog ask = new TextInputDialog(tag.name());
            ask.initOwner(getDialogPane().getScene().getWindow());
            ask.setTitle(I18n.tr("tags.rename.title"));
            ask.setHeaderText(I18n.tr("tags.rename.header", tag.name(), tag.tracks()));
            ask.getEditor().setId("rename-input");
            ask.showAndWait().filter(typed -> !typed.isBlank() && !typed.strip().equals(tag.name()))
                    .ifPresent(typed -> model.rename(tag, typed));
        });
    }

    private void merge() {
        List<TagUsage> chosen = List.copyOf(table.getSelectionModel().getSelectedItems());
        if (chosen.size() < 2) {
            return;
        }
        TagUsage most = chosen.stream().max(Comparator.comparingLong(TagUsage::tracks)).orElseThrow();
        ChoiceDialog<String> ask = new ChoiceDialog<>(most.name(), chosen.stream().map(TagUsage::name).toList());
        ask.initOwner(getDialogPane().getScene().getWindow());
        ask.setTitle(I18n.tr("tags.merge.title"));
        ask.setHeaderText(I18n.tr("tags.merge.header", chosen.size()));
        ask.setContentText(I18n.tr("tags.merge.keep"));
        ask.showAndWait().flatMap(name -> chosen.stream().filter(t -> t.name().equals(name)).findFirst())
                .ifPresent(kept -> model.merge(chosen, kept));
    }

    private void delete() {
        selected().ifPresent(tag -> {
            Alert confirm = new Alert(Alert.AlertType.CONFIRMATION, I18n.tr("tags.delete.body"),
                    ButtonType.OK, ButtonType.CANCEL);
            confirm.initOwner(getDialogPane().getScene().getWindow());
            confirm.setTitle(I18n.tr("tags.delete.title"));
            confirm.setHeaderText(I18n.tr("tags.delete.header", tag.name(), tag.tracks()));
            confirm.showAndWait().filter(ButtonType.OK::equals).ifPresent(ok -> model.delete(tag));
        });
    }

    /** {@code #rrggbb} of a picked colour. */
    static String hex(Color color) {
        return String.format(Locale.ROOT, "#%02x%02x%02x", Math.round(color.getRed() * 255),
                Math.round(color.getGreen() * 255), Math.round(color.getBlue() * 255));
    }
}
