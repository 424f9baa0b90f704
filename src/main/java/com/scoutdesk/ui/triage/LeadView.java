package com.scoutdesk.ui.triage;

import com.scoutdesk.ui.common.I18n;
import org.kordamp.ikonli.feather.Feather;

/** The three ways the dashboard shows the result: a table, a grid of cards, and a kanban by lead stage. */
public enum LeadView {
    TABLE(Feather.LIST),
    CARDS(Feather.GRID),
    KANBAN(Feather.COLUMNS);

    private final Feather icon;

    LeadView(Feather icon) {
        this.icon = icon;
    }

    public Feather icon() {
        return icon;
    }

    /** Its name on the toggle, with its shortcut (Ctrl+1 to Ctrl+3) in the tooltip. */
    public String title() {
        return I18n.tr("triage.view." + name());
    }

    /** The digit of its shortcut: Ctrl+1 for the table. */
    public int key() {
        return ordinal() + 1;
    }
}
