package com.scoutdesk.ui;

import com.scoutdesk.ui.common.I18n;
import com.scoutdesk.ui.common.Icons;
import java.util.Map;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ObjectProperty;
import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.Toggle;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.feather.Feather;

/** The left navigation: one toggle per {@link Page}, kept in step with the view model's page property. */
final class NavigationBar {

    private static final Map<Page, Ikon> ICONS = Map.of(
            Page.DASHBOARD, Feather.BAR_CHART_2,
            Page.PLAYLISTS, Feather.LIST,
            Page.ACTIVITY, Feather.ACTIVITY,
            Page.SETTINGS, Feather.SETTINGS);

    private NavigationBar() {
    }

    static VBox create(ObjectProperty<Page> page, ObservableBooleanValue enabled) {
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
            button.setTooltip(new Tooltip(I18n.tr("nav.shortcut", each.ordinal() + 1)));
            button.disableProperty().bind(Bindings.not(enabled));
            bar.getChildren().add(button);
        }
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

    private static void select(ToggleGroup group, Page page) {
        for (Toggle toggle : group.getToggles()) {
            if (toggle.getUserData() == page) {
                group.selectToggle(toggle);
            }
        }
    }
}
