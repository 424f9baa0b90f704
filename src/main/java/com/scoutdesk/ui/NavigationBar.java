package com.scoutdesk.ui;

import atlantafx.base.theme.Styles;
import com.scoutdesk.ui.common.I18n;
import com.scoutdesk.ui.common.Icons;
import com.scoutdesk.ui.common.Shortcuts;
import java.util.Map;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ObjectProperty;
import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.Node;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Toggle;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.feather.Feather;

/**
 * The left navigation: one toggle per {@link Page}, kept in step with the view model's page property, and Help at its
 * foot.
 */
final class NavigationBar {

    private static final Map<Page, Ikon> ICONS = Map.of(
            Page.DASHBOARD, Feather.BAR_CHART_2,
            Page.PLAYLISTS, Feather.LIST,
            Page.ACTIVITY, Feather.ACTIVITY,
            Page.TRENDS, Feather.TRENDING_UP,
            Page.SETTINGS, Feather.SETTINGS);

    private NavigationBar() {
    }

    /** @param showShortcuts opens Help > Keyboard shortcuts */
    static VBox create(ObjectProperty<Page> page, ObservableBooleanValue enabled, Runnable showShortcuts) {
        Label brand = new Label(I18n.tr("app.title"), Icons.of(Feather.HEADPHONES, 18));
        brand.getStyleClass().add("brand");
        VBox bar = new VBox(4, brand);
        bar.getStyleClass().add("navigation");
        bar.setId("navigation");

        ToggleGroup group = new ToggleGroup();
        for (Page each : Page.values()) {
            ToggleButton button = new ToggleButton(I18n.tr("nav." + each.name()), Icons.of(ICONS.get(each), 16));
            button.setId("nav-" + each.name().toLowerCase());
            button.setUserData(each);
            button.setToggleGroup(group);
            button.setContentDisplay(ContentDisplay.LEFT);
            button.setMaxWidth(Double.MAX_VALUE);
            button.getStyleClass().add("nav-button");
            button.setTooltip(new Tooltip(Shortcuts.page(each.ordinal() + 1).getDisplayText()));
            button.disableProperty().bind(Bindings.not(enabled));
            bar.getChildren().add(button);
        }
        Region spacer = new Region();
        VBox.setVgrow(spacer, Priority.ALWAYS);
        bar.getChildren().addAll(spacer, help(showShortcuts));
        select(group, page.get());
        page.addListener((obs, old, now) -> select(group, now));
        group.selectedToggleProperty().addListener((obs, old, now) -> {
            if (now == null) {
                // A toggle group lets the selected button be clicked off; navigation always shows one page.
                group.selectToggle(old);
            } else {
                page.set((Page) now.getUserData());
            }
        });
        return bar;
    }

    /** Help, at the foot of the bar: a menu, so About and the user guide can join the shortcuts later. */
    private static MenuButton help(Runnable showShortcuts) {
        MenuItem shortcuts = new MenuItem(I18n.tr("help.shortcuts"));
        shortcuts.setId("help-shortcuts");
        shortcuts.setAccelerator(Shortcuts.HELP);
        shortcuts.setOnAction(e -> showShortcuts.run());
        MenuButton help = new MenuButton(I18n.tr("help.menu"), Icons.of(Feather.HELP_CIRCLE, 16), shortcuts);
        help.setId("help-menu");
        help.getStyleClass().addAll("nav-button", Styles.FLAT);
        help.setMaxWidth(Double.MAX_VALUE);
        return help;
    }

    /** Adds a node at the bar's foot, above Help (the alerts' bell); {@code null} removes the one added before. */
    static void setFoot(VBox bar, Node node) {
        bar.getChildren().removeIf(child -> "navigation-foot".equals(child.getUserData()));
        if (node != null) {
            node.setUserData("navigation-foot");
            bar.getChildren().add(bar.getChildren().size() - 1, node);
        }
    }

    private static void select(ToggleGroup group, Page page) {
        for (Toggle toggle : group.getToggles()) {
            if (toggle.getUserData() == page) {
                group.selectToggle(toggle);
            }
        }
    }
}
