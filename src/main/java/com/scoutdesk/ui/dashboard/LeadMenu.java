package com.scoutdesk.ui.dashboard;

import com.scoutdesk.model.EnrichmentTier;
import com.scoutdesk.model.LeadStage;
import com.scoutdesk.service.TierState;
import com.scoutdesk.service.TrackRow;
import com.scoutdesk.ui.common.Formats;
import com.scoutdesk.ui.common.I18n;
import com.scoutdesk.ui.common.Icons;
import com.scoutdesk.ui.common.Shortcuts;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import javafx.event.Event;
import javafx.scene.Node;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.ContextMenuEvent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import org.kordamp.ikonli.feather.Feather;

/**
 * The lead table's row menu, double-click and Enter. The menu acts on the ticked tracks when the clicked row is one
 * of them, else on the clicked row alone (which becomes the selection). Copying the Spotify link and opening it need
 * no service and happen here; the rest goes to {@link LeadActions}.
 */
final class LeadMenu {

    private final DashboardViewModel model;
    private final TableView<TrackRow> table;
    private final LeadActions actions;
    private final Consumer<String> openUrl;
    private final ContextMenu menu = new ContextMenu();

    private LeadMenu(DashboardViewModel model, TableView<TrackRow> table, LeadActions actions,
                     Consumer<String> openUrl) {
        this.model = model;
        this.table = table;
        this.actions = Objects.requireNonNull(actions);
        this.openUrl = Objects.requireNonNull(openUrl);
        menu.setId("lead-menu");
    }

    /**
     * @param openUrl opens an address in the scout's browser ({@code HostServices::showDocument})
     */
    static void install(DashboardViewModel model, TableView<TrackRow> table, LeadActions actions,
                        Consumer<String> openUrl) {
        LeadMenu leadMenu = new LeadMenu(model, table, actions, openUrl);
        table.addEventFilter(ContextMenuEvent.CONTEXT_MENU_REQUESTED, leadMenu::onMenuRequested);
        table.addEventHandler(MouseEvent.MOUSE_CLICKED, leadMenu::onClick);
        table.addEventFilter(KeyEvent.KEY_PRESSED, leadMenu::onKey);
    }

    private void onMenuRequested(ContextMenuEvent event) {
        int index = rowIndex(event, table.getFocusModel().getFocusedIndex());
        TrackRow row = index < 0 || index >= table.getItems().size() ? null : table.getItems().get(index);
        event.consume();
        if (row == null) {
            return;
        }
        if (!model.selection().contains(row.id())) {
            model.click(index, false, false);
        }
        List<Long> ids = model.selection().ids();
        menu.getItems().setAll(items(row, ids));
        menu.show(table, event.getScreenX(), event.getScreenY());
    }

    private void onClick(MouseEvent event) {
        if (event.getButton() == MouseButton.PRIMARY && event.getClickCount() == 2) {
            TrackRow row = rowAt(rowIndex(event, -1));
            if (row != null) {
                actions.openDetails(row.id());
            }
        }
    }

    private void onKey(KeyEvent event) {
        if (event.getCode() == KeyCode.ENTER) {
            TrackRow row = rowAt(table.getFocusModel().getFocusedIndex());
            if (row != null) {
                actions.openDetails(row.id());
                event.consume();
            }
        }
    }

    private List<MenuItem> items(TrackRow row, List<Long> ids) {
        boolean single = ids.size() <= 1;
        MenuItem count = new MenuItem(I18n.tr("lead.menu.selected", ids.size()));
        count.setDisable(true);

        MenuItem details = item("menu-details", I18n.tr("lead.menu.details"), Feather.SIDEBAR,
                () -> actions.openDetails(row.id()));
        details.setDisable(!single);
        details.setAccelerator(new KeyCodeCombination(KeyCode.ENTER));
        MenuItem brief = item("menu-outreach", I18n.tr("lead.menu.outreach"), Feather.SEND,
                () -> actions.outreachBrief(row.id(), row.name()));
        brief.setDisable(!single);
        MenuItem tag = item("menu-tag", I18n.tr("lead.menu.tag"), Feather.TAG, () -> actions.tag(ids));
        tag.setAccelerator(new KeyCodeCombination(KeyCode.T));

        Menu stage = new Menu(I18n.tr("lead.menu.stage"), Icons.of(Feather.FLAG));
        stage.setId("menu-stage");
        for (LeadStage each : LeadStage.values()) {
            MenuItem move = item("menu-stage-" + each.name(), Formats.stage(each), null,
                    () -> actions.setStage(ids, each));
            move.setAccelerator(new KeyCodeCombination(KeyCode.valueOf("DIGIT" + (each.ordinal() + 1))));
            stage.getItems().add(move);
        }
        MenuItem copy = item("menu-copy-link", I18n.tr("lead.menu.copyLink"), Feather.LINK, () -> copy(row));
        MenuItem open = item("menu-open", I18n.tr("lead.menu.open"), Feather.EXTERNAL_LINK,
                () -> openUrl.accept(row.spotifyUrl()));

        List<MenuItem> items = new java.util.ArrayList<>();
        if (!single) {
            items.add(count);
        }
        items.addAll(List.of(enrichMenu(row, ids), details, brief, new SeparatorMenuItem(), tag, stage,
                new SeparatorMenuItem(), copy, open));
        return items;
    }

    private Menu enrichMenu(TrackRow row, List<Long> ids) {
        boolean enrichedBefore = !single(ids) || row.tiers().containsValue(TierState.State.DONE);
        Menu enrich = new Menu(I18n.tr(enrichedBefore ? "lead.menu.reEnrich" : "lead.menu.enrich"),
                Icons.of(Feather.REFRESH_CW));
        enrich.setId("menu-enrich");
        MenuItem all = item("menu-enrich-all", I18n.tr("lead.menu.allTiers"), null,
                () -> actions.reEnrich(ids, EnumSet.allOf(EnrichmentTier.class)));
        all.setAccelerator(Shortcuts.RE_ENRICH);
        enrich.getItems().add(all);
        enrich.getItems().add(new SeparatorMenuItem());
        for (EnrichmentTier tier : EnrichmentTier.values()) {
            enrich.getItems().add(item("menu-enrich-" + tier.number(),
                    I18n.tr("lead.menu.tierItem", tier.number(), tier.title()), null,
                    () -> actions.reEnrich(ids, EnumSet.of(tier))));
        }
        return enrich;
    }

    private static boolean single(List<Long> ids) {
        return ids.size() <= 1;
    }

    private static void copy(TrackRow row) {
        ClipboardContent content = new ClipboardContent();
        content.putString(row.spotifyUrl());
        Clipboard.getSystemClipboard().setContent(content);
    }

    private static MenuItem item(String id, String text, Feather icon, Runnable action) {
        MenuItem item = icon == null ? new MenuItem(text) : new MenuItem(text, Icons.of(icon));
        item.setId(id);
        item.setOnAction(e -> action.run());
        return item;
    }

    private TrackRow rowAt(int index) {
        return index < 0 || index >= table.getItems().size() ? null : table.getItems().get(index);
    }

    /** The index of the table row under the event, or {@code fallback} when it did not happen on a row. */
    private static int rowIndex(Event event, int fallback) {
        Node node = null;
        if (event instanceof MouseEvent) {
            node = ((MouseEvent) event).getPickResult().getIntersectedNode();
        } else if (event instanceof ContextMenuEvent) {
            node = ((ContextMenuEvent) event).getPickResult().getIntersectedNode();
        }
        while (node != null && !(node instanceof TableRow)) {
            node = node.getParent();
        }
        return node == null || ((TableRow<?>) node).isEmpty() ? fallback : ((TableRow<?>) node).getIndex();
    }
}
