package com.scoutdesk.ui.drawer;

import atlantafx.base.theme.Styles;
import atlantafx.base.theme.Tweaks;
import com.scoutdesk.service.TrackDetails;
import com.scoutdesk.ui.common.I18n;
import com.scoutdesk.ui.common.Icons;
import java.time.Instant;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import javafx.beans.InvalidationListener;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Cursor;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;

/**
 * The details drawer: a right-side panel with everything about one track (see {@link DetailsDrawerViewModel}). The
 * dashboard places {@link #root()} (in an AtlantaFX {@code ModalPane} on {@code Side.RIGHT}, or as the last item of
 * a split pane); the root is visible and managed only while {@link #showing()}. Its left edge is a drag handle
 * (360 px up to 70 % of the window), and Esc closes it. Links open through the {@code openUrl} it is given, so the
 * view never touches the browser itself.
 */
public final class DetailsDrawerView {

    public static final double MIN_WIDTH = 360;
    public static final double DEFAULT_WIDTH = 480;
    /** The most of the window the drawer may cover. */
    public static final double MAX_SHARE = 0.7;

    private final DetailsDrawerViewModel vm;
    private final Consumer<String> openUrl;
    private final BiConsumer<Long, String> outreach;
    private final BorderPane root = new BorderPane();
    private final VBox sections = new VBox(14);
    private double dragStartX;
    private double dragStartWidth;

    public DetailsDrawerView(DetailsDrawerViewModel vm, Consumer<String> openUrl) {
        this(vm, openUrl, null);
    }

    /** @param outreach opens a track's outreach brief (id, name); null for a drawer without the button */
    public DetailsDrawerView(DetailsDrawerViewModel vm, Consumer<String> openUrl,
                             BiConsumer<Long, String> outreach) {
        this.outreach = outreach;
        this.vm = vm;
        this.openUrl = openUrl;
        root.setId("details-drawer");
        root.getStyleClass().add("details-drawer");
        root.setPrefWidth(DEFAULT_WIDTH);
        root.setMinWidth(MIN_WIDTH);
        root.setMaxWidth(Region.USE_PREF_SIZE);
        root.setLeft(handle());
        root.setTop(topBar());
        ScrollPane scroll = new ScrollPane(sections);
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        // a scroll bar that comes and goes changes the width, the wrapping and so the height: layout never settles
        scroll.setVbarPolicy(ScrollPane.ScrollBarPolicy.ALWAYS);
        scroll.getStyleClass().add(Tweaks.EDGE_TO_EDGE);
        sections.setId("drawer-sections");
        sections.setPadding(new Insets(4, 16, 16, 12));
        root.setCenter(scroll);
        root.visibleProperty().bind(vm.showingProperty());
        root.managedProperty().bind(vm.showingProperty());
        root.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                vm.close();
                e.consume();
            }
        });
        InvalidationListener rebuild = changed -> rebuild();
        vm.contentProperty().addListener(rebuild);
        vm.editingFieldProperty().addListener(rebuild);
        vm.fieldProblemProperty().addListener(rebuild);
    }

    public Node root() {
        return root;
    }

    /** Opens the drawer on a track and reads its details in the background. */
    public void show(long trackId) {
        vm.show(trackId);
        root.requestFocus();
    }

    public void close() {
        vm.close();
    }

    public ReadOnlyBooleanProperty showing() {
        return vm.showingProperty();
    }

    private Node topBar() {
        Label title = new Label(I18n.tr("drawer.title"));
        title.getStyleClass().add(Styles.TITLE_4);
        ProgressIndicator spinner = new ProgressIndicator();
        spinner.setId("drawer-spinner");
        spinner.setPrefSize(18, 18);
        spinner.visibleProperty().bind(vm.loadingProperty());
        Region space = new Region();
        HBox.setHgrow(space, Priority.ALWAYS);
        Button close = new Button(null, Icons.of(Feather.X, 16));
        close.setId("drawer-close");
        close.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT);
        close.setAccessibleText(I18n.tr("drawer.close"));
        close.setTooltip(new Tooltip(I18n.tr("drawer.close")));
        close.setOnAction(e -> vm.close());
        HBox bar = new HBox(8, title, spinner, space, close);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(8, 8, 4, 12));
        Label error = new Label();
        error.setId("drawer-error");
        error.setWrapText(true);
        error.getStyleClass().add(Styles.DANGER);
        error.textProperty().bind(vm.errorProperty());
        error.managedProperty().bind(error.textProperty().isNotEmpty());
        error.visibleProperty().bind(error.managedProperty());
        error.setPadding(new Insets(0, 12, 4, 12));
        return new VBox(bar, error);
    }

    /** The left edge: dragging it left widens the drawer, within {@link #MIN_WIDTH} and {@link #MAX_SHARE}. */
    private Node handle() {
        Region handle = new Region();
        handle.setId("drawer-handle");
        handle.getStyleClass().add("drawer-handle");
        handle.setPrefWidth(6);
        handle.setCursor(Cursor.H_RESIZE);
        handle.setAccessibleText(I18n.tr("drawer.resize"));
        handle.setOnMousePressed(e -> {
            dragStartX = e.getScreenX();
            dragStartWidth = root.getWidth() > 0 ? root.getWidth() : root.getPrefWidth();
        });
        handle.setOnMouseDragged(e -> setWidth(dragStartWidth + dragStartX - e.getScreenX()));
        return handle;
    }

    /** Sets the drawer's width, held between {@link #MIN_WIDTH} and {@link #MAX_SHARE} of the window. */
    public void setWidth(double width) {
        double window = root.getScene() == null ? Double.MAX_VALUE : root.getScene().getWidth();
        double max = Math.max(MIN_WIDTH, window * MAX_SHARE);
        root.setPrefWidth(Math.min(max, Math.max(MIN_WIDTH, width)));
    }

    private void rebuild() {
        DrawerContent content = vm.contentProperty().get();
        if (content == null) {
            sections.getChildren().setAll(loadingLine());
            return;
        }
        TrackDetails d = content.details();
        Instant now = vm.clock().instant();
        // what decides a lead first (score, publisher, who wrote it), the long list of every field after it
        sections.getChildren().setAll(HeaderSection.build(d, openUrl, outreach), ScoreSection.build(d), MlcSection.build(d),
                CreditsSection.build(d, content.history(), openUrl), PerformanceChart.build(content.history()),
                HistorySection.playlists(content.history()), TiersSection.build(d),
                ContactsSection.build(vm, content.history(), openUrl), LeadSection.build(d.lead(), vm),
                FieldsSection.build(d, vm, now), HistorySection.activity(content.history()));
        Node input = sections.lookup("#drawer-override-input");
        if (input != null) {
            input.requestFocus();
        }
    }

    private Node loadingLine() {
        Label loading = Sections.muted(I18n.tr("drawer.loading"));
        loading.visibleProperty().bind(vm.loadingProperty());
        return loading;
    }
}
