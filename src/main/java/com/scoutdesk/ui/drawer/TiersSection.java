package com.scoutdesk.ui.drawer;

import atlantafx.base.theme.Styles;
import com.scoutdesk.service.TierState;
import com.scoutdesk.service.TrackDetails;
import com.scoutdesk.ui.common.I18n;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;

/** One line per enrichment tier: its state and, where there is one, why and until when. */
final class TiersSection {

    private TiersSection() {
    }

    static Node build(TrackDetails d) {
        GridPane grid = Sections.grid();
        grid.setId("drawer-tiers");
        for (TierState tier : d.tiers()) {
            Label state = Sections.wrapped(DrawerTexts.tier(tier));
            state.setId("drawer-tier-" + tier.tier());
            state.getStyleClass().add(switch (tier.state()) {
                case DONE -> Styles.SUCCESS;
                case FAILED -> Styles.DANGER;
                case DEFERRED, RUNNING -> Styles.WARNING;
                default -> Styles.TEXT_MUTED;
            });
            Sections.row(grid, tier.tier() + "  " + tier.title(), state);
        }
        return Sections.section("drawer-tiers-section", I18n.tr("drawer.section.tiers"), grid);
    }
}
