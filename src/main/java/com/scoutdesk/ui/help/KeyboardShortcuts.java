package com.scoutdesk.ui.help;

import com.scoutdesk.model.LeadStage;
import com.scoutdesk.ui.common.I18n;
import com.scoutdesk.ui.common.Shortcuts;
import java.util.List;
import javafx.scene.input.KeyCombination;

/**
 * Every keyboard shortcut of the window, grouped as the Help sheet shows them. Key combinations come from
 * {@link Shortcuts}, which the views match presses against, and are written as the platform writes them (Ctrl+E, or
 * ⌘E on macOS); single keys are named as printed on the keyboard.
 */
public final class KeyboardShortcuts {

    /** One line of the sheet. */
    public record Entry(String group, String keys, String action) {
    }

    private KeyboardShortcuts() {
    }

    public static List<Entry> all() {
        String window = I18n.tr("keys.group.window");
        String leads = I18n.tr("keys.group.leads");
        String tags = I18n.tr("keys.group.tags");
        int stages = LeadStage.values().length;
        return List.of(
                new Entry(window, range(Shortcuts.page(1), Shortcuts.page(5)), I18n.tr("keys.pages")),
                new Entry(window, text(Shortcuts.SEARCH), I18n.tr("keys.search")),
                new Entry(window, text(Shortcuts.HELP), I18n.tr("keys.help")),
                new Entry(leads, range(Shortcuts.view(1), Shortcuts.view(3)), I18n.tr("keys.views")),
                new Entry(leads, I18n.tr("keys.key.enter"), I18n.tr("keys.details")),
                new Entry(leads, I18n.tr("keys.key.space"), I18n.tr("keys.tick")),
                new Entry(leads, text(Shortcuts.SELECT_ALL), I18n.tr("keys.selectAll")),
                new Entry(leads, "1 \u2013 " + stages, I18n.tr("keys.stage")),
                new Entry(leads, "T", I18n.tr("keys.tag")),
                new Entry(leads, text(Shortcuts.RE_ENRICH), I18n.tr("keys.reEnrich")),
                new Entry(leads, text(Shortcuts.EXPORT), I18n.tr("keys.export")),
                new Entry(leads, text(Shortcuts.UNDO), I18n.tr("keys.undoStage")),
                new Entry(leads, I18n.tr("keys.key.escape"), I18n.tr("keys.escape")),
                new Entry(tags, text(Shortcuts.UNDO), I18n.tr("keys.undoTag")));
    }

    private static String text(KeyCombination keys) {
        return keys.getDisplayText();
    }

    private static String range(KeyCombination first, KeyCombination last) {
        return text(first) + " \u2013 " + text(last);
    }
}
