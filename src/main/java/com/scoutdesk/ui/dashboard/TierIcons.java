package com.scoutdesk.ui.dashboard;

import com.scoutdesk.model.EnrichmentTier;
import com.scoutdesk.service.TierState;
import com.scoutdesk.ui.common.I18n;
import com.scoutdesk.ui.common.LazyTooltip;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.layout.HBox;
import javafx.util.Duration;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * One small icon per enrichment tier (0-6) saying where the tier stands for a track, each with a tooltip naming the
 * tier and its state (made when the pointer first rests on the icon). Built once per table cell and re-pointed at each
 * row the cell shows.
 */
final class TierIcons {

    /**
     * The states as pseudo-classes ({@code :tier-done} ... in app.css), not style classes: enrichment changes a row's
     * states batch after batch, and a changed style class makes JavaFX match the icon against the stylesheets from
     * scratch, where a pseudo-class only switches between styles it has matched already (README "UI benchmark").
     */
    static final List<String> STATES = List.of("tier-done", "tier-pending", "tier-running", "tier-failed",
            "tier-deferred", "tier-muted");
    private static final Map<String, PseudoClass> PSEUDO_CLASSES = STATES.stream()
            .collect(Collectors.toMap(Function.identity(), PseudoClass::getPseudoClass));

    private final HBox box = new HBox(3);
    private final EnrichmentTier[] tiers = EnrichmentTier.values();
    private final TierIcon[] icons = new TierIcon[tiers.length];
    private final LazyTooltip[] tips = new LazyTooltip[tiers.length];

    TierIcons() {
        box.setAlignment(Pos.CENTER_LEFT);
        box.getStyleClass().add("tier-icons");
        for (int i = 0; i < tiers.length; i++) {
            icons[i] = new TierIcon();
            icons[i].setIconSize(13);
            tips[i] = LazyTooltip.on(icons[i], Duration.millis(250));
            box.getChildren().add(icons[i]);
        }
    }

    HBox node() {
        return box;
    }

    void show(Map<Integer, TierState.State> states) {
        for (int i = 0; i < tiers.length; i++) {
            TierState.State state = states.get(tiers[i].number());
            icons[i].setIconCode(icon(state));
            icons[i].state(stateName(state));
            tips[i].setText(describe(tiers[i], state));
        }
    }

    /** One tier's icon; its state is a pseudo-class, which only a subclass may set. */
    private static final class TierIcon extends FontIcon {
        private String state;

        TierIcon() {
            super(Feather.CIRCLE);
        }

        void state(String wanted) {
            if (wanted.equals(state)) {
                return;
            }
            if (state != null) {
                pseudoClassStateChanged(PSEUDO_CLASSES.get(state), false);
            }
            pseudoClassStateChanged(PSEUDO_CLASSES.get(wanted), true);
            state = wanted;
        }
    }

    /** "Tier 3 · The MLC publisher status: failed"; "not queued" when the track has no run of the tier. */
    static String describe(EnrichmentTier tier, TierState.State state) {
        String label = state == null ? I18n.tr("lead.tier.absent") : state.label();
        return I18n.tr("lead.tier", tier.number(), tier.title(), label);
    }

    static Ikon icon(TierState.State state) {
        if (state == null) {
            return Feather.CIRCLE;
        }
        switch (state) {
            case DONE:
                return Feather.CHECK_CIRCLE;
            case PENDING:
                return Feather.CLOCK;
            case RUNNING:
                return Feather.LOADER;
            case FAILED:
                return Feather.X_CIRCLE;
            case DEFERRED:
                return Feather.PAUSE_CIRCLE;
            case NOT_CONFIGURED:
                return Feather.SLASH;
            case NOT_APPLICABLE:
                return Feather.MINUS_CIRCLE;
            case NOT_ON_PLAN:
                return Feather.LOCK;
            default:
                throw new IllegalStateException(state.name());
        }
    }

    static String stateName(TierState.State state) {
        if (state == null) {
            return "tier-muted";
        }
        switch (state) {
            case DONE:
                return "tier-done";
            case PENDING:
                return "tier-pending";
            case RUNNING:
                return "tier-running";
            case FAILED:
                return "tier-failed";
            case DEFERRED:
                return "tier-deferred";
            default:
                return "tier-muted";
        }
    }
}
