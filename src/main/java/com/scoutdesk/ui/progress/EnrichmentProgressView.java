package com.scoutdesk.ui.progress;

import atlantafx.base.controls.Spacer;
import atlantafx.base.theme.Styles;
import com.scoutdesk.ui.common.I18n;
import com.scoutdesk.ui.common.Icons;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import org.kordamp.ikonli.feather.Feather;

/**
 * The slim bar at the bottom of the window while enrichment works: the headline, one progress bar, pause or resume,
 * cancel, and a toggle that opens one line per tier above it. Hidden (and taking no room) when there is no work. Owns
 * the timer that flushes the view model's outcomes in batches; disposing the view model stops it.
 */
public final class EnrichmentProgressView {

    /** How often the outcomes heard are taken in: fast enough to feel live, slow enough to batch. */
    static final Duration FLUSH_EVERY = Duration.millis(300);

    private final EnrichmentProgressViewModel model;
    private final VBox root = new VBox();
    private final GridPane tierGrid = new GridPane();

    public EnrichmentProgressView(EnrichmentProgressViewModel model) {
        this.model = model;
        root.setId("enrichment-progress");
        root.getStyleClass().add("enrichment-progress");
        root.visibleProperty().bind(model.activeProperty());
        root.managedProperty().bind(root.visibleProperty());

        ToggleButton expand = iconToggle();
        tierGrid.setId("progress-tiers");
        tierGrid.getStyleClass().add("progress-tiers");
        tierGrid.setHgap(12);
        tierGrid.setVgap(4);
        tierGrid.getColumnConstraints().addAll(new ColumnConstraints(), fixed(220), new ColumnConstraints(),
                new ColumnConstraints());
        tierGrid.visibleProperty().bind(expand.selectedProperty().and(Bindings.isNotEmpty(model.tiers())));
        tierGrid.managedProperty().bind(tierGrid.visibleProperty());
        // Built while the lines are open only: closed, a new count costs no nodes and no CSS pass.
        model.tiers().addListener((ListChangeListener<TierProgressRow>) change -> {
            if (expand.isSelected()) {
                showTiers();
            }
        });
        expand.selectedProperty().addListener((obs, was, open) -> {
            if (open) {
                showTiers();
            }
        });
        showTiers();

        root.getChildren().addAll(tierGrid, bar(expand));

        Timeline timer = new Timeline(new KeyFrame(FLUSH_EVERY, event -> model.flush()));
        timer.setCycleCount(Animation.INDEFINITE);
        timer.play();
        model.whenDisposed(timer::stop);
    }

    public Node root() {
        return root;
    }

    private HBox bar(ToggleButton expand) {
        Label headline = new Label();
        headline.setId("progress-headline");
        headline.setGraphic(Icons.of(Feather.REFRESH_CW, 14));
        headline.textProperty().bind(model.headlineProperty());
        headline.setMinWidth(Label.USE_PREF_SIZE);

        ProgressBar overall = new ProgressBar();
        overall.setId("progress-bar");
        overall.getStyleClass().add(Styles.SMALL);
        overall.setPrefWidth(220);
        overall.progressProperty().bind(model.progressProperty());

        Label message = new Label();
        message.setId("progress-message");
        message.getStyleClass().add(Styles.TEXT_SMALL);
        message.textProperty().bind(model.messageProperty());
        message.visibleProperty().bind(model.messageProperty().isNotEmpty());
        message.managedProperty().bind(message.visibleProperty());
        model.errorProperty().addListener((obs, old, now) -> styleMessage(message, now));
        styleMessage(message, model.errorProperty().get());

        Button pause = button("progress-pause", Feather.PAUSE, "progress.pause", model::pause);
        pause.visibleProperty().bind(model.pausedProperty().not());
        pause.disableProperty().bind(model.busyProperty());
        Button resume = button("progress-resume", Feather.PLAY, "progress.resume", model::resume);
        resume.visibleProperty().bind(model.pausedProperty());
        resume.disableProperty().bind(model.busyProperty());
        Button cancel = button("progress-cancel", Feather.X_SQUARE, "progress.cancel", model::cancel);
        cancel.disableProperty().bind(model.busyProperty().or(model.pausedProperty())); // a pause stopped the pass

        HBox bar = new HBox(10, headline, overall, message, new Spacer(), pause, resume, cancel, expand);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add("progress-bar-row");
        return bar;
    }

    private Button button(String id, Feather icon, String key, Runnable action) {
        Button button = new Button(I18n.tr(key), Icons.of(icon, 14));
        button.setId(id);
        button.getStyleClass().addAll(Styles.SMALL, Styles.FLAT);
        button.setTooltip(new Tooltip(I18n.tr(key + ".tooltip")));
        button.managedProperty().bind(button.visibleProperty());
        button.setOnAction(event -> action.run());
        return button;
    }

    private static ToggleButton iconToggle() {
        ToggleButton expand = new ToggleButton(null, Icons.of(Feather.CHEVRON_UP, 14));
        expand.setId("progress-expand");
        expand.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT, Styles.SMALL);
        Tooltip tip = new Tooltip(I18n.tr("progress.expand.tooltip"));
        expand.setTooltip(tip);
        expand.selectedProperty().addListener((obs, old, open) -> {
            expand.setGraphic(Icons.of(open ? Feather.CHEVRON_DOWN : Feather.CHEVRON_UP, 14));
            tip.setText(I18n.tr(open ? "progress.collapse.tooltip" : "progress.expand.tooltip"));
        });
        return expand;
    }

    /** Rebuilds the tier lines; at most one per tier, replaced as a whole by the view model. */
    private void showTiers() {
        tierGrid.getChildren().clear();
        int row = 0;
        for (TierProgressRow tier : model.tiers()) {
            Label name = new Label(tier.name());
            ProgressBar bar = new ProgressBar(tier.fraction());
            bar.getStyleClass().add(Styles.SMALL);
            bar.setMaxWidth(Double.MAX_VALUE);
            Label counts = new Label(tier.counts());
            counts.getStyleClass().add(Styles.TEXT_MUTED);
            Label state = new Label(tier.state());
            state.setId("progress-tier-" + tier.tier());
            state.getStyleClass().add(styleOf(tier.phase()));
            tierGrid.addRow(row++, name, bar, counts, state);
        }
    }

    private static String styleOf(TierProgressRow.Phase phase) {
        switch (phase) {
            case RUNNING:
                return Styles.ACCENT;
            case DONE:
                return Styles.SUCCESS;
            case FAILED:
                return Styles.DANGER;
            case WAITING:
                return Styles.WARNING;
            default:
                return Styles.TEXT_MUTED;
        }
    }

    private static void styleMessage(Label message, boolean error) {
        message.getStyleClass().removeAll(Styles.DANGER, Styles.TEXT_MUTED);
        message.getStyleClass().add(error ? Styles.DANGER : Styles.TEXT_MUTED);
    }

    private static ColumnConstraints fixed(double width) {
        ColumnConstraints column = new ColumnConstraints(width);
        column.setHgrow(Priority.NEVER);
        return column;
    }
}
