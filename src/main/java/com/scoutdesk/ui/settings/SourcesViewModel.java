package com.scoutdesk.ui.settings;

import com.scoutdesk.concurrent.TaskExecutor;
import com.scoutdesk.service.WorkspaceConfigService;
import com.scoutdesk.service.WorkspaceSetting;
import com.scoutdesk.ui.common.ErrorMessages;
import com.scoutdesk.ui.common.I18n;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The web player's browser and page count and the MusicBrainz contact: values of scoutdesk.properties, read and
 * saved on the task executor, applied the next time the workspace opens.
 */
public final class SourcesViewModel {

    private final WorkspaceConfigService config;
    private final TaskExecutor executor;
    private final StringProperty chromiumPath = new SimpleStringProperty(this, "chromiumPath", "");
    private final ObjectProperty<Integer> pages = new SimpleObjectProperty<>(this, "pages", 2);
    private final StringProperty contact = new SimpleStringProperty(this, "contact", "");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ReadOnlyBooleanWrapper failed = new ReadOnlyBooleanWrapper(this, "failed");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    /** The values as last read or saved, so Save writes only what changed. */
    private Map<WorkspaceSetting, String> saved = new EnumMap<>(WorkspaceSetting.class);

    SourcesViewModel(WorkspaceConfigService config, TaskExecutor executor) {
        this.config = config;
        this.executor = executor;
    }

    void load() {
        executor.submit("sources-read", config::values, this::show, this::failed);
    }

    private void show(Map<WorkspaceSetting, String> values) {
        saved = new EnumMap<>(values);
        chromiumPath.set(values.get(WorkspaceSetting.CHROMIUM_PATH));
        pages.set(pagesOf(values.get(WorkspaceSetting.WEB_PLAYER_PAGES)));
        contact.set(values.get(WorkspaceSetting.MUSICBRAINZ_CONTACT));
    }

    private static int pagesOf(String text) {
        try {
            return Math.max(1, Math.min(WorkspaceSetting.MAX_WEB_PLAYER_PAGES, Integer.parseInt(text)));
        } catch (NumberFormatException e) {
            return 2;
        }
    }

    /** Fills the path with an installed Chromium or Chrome, if one is found; Save keeps it. */
    public void detect() {
        busy.set(true);
        executor.submit("chromium-detect", config::detectChromium, found -> {
            busy.set(false);
            failed.set(found.isEmpty());
            found.ifPresent(path -> chromiumPath.set(path.toString()));
            message.set(found.map(p -> I18n.tr("settings.sources.detected", p))
                    .orElse(I18n.tr("settings.sources.notDetected")));
        }, this::failed);
    }

    /** Saves the values that changed; a refused value is named and the others are still saved. */
    public void save() {
        Map<WorkspaceSetting, String> wanted = new EnumMap<>(WorkspaceSetting.class);
        wanted.put(WorkspaceSetting.CHROMIUM_PATH, strip(chromiumPath.get()));
        wanted.put(WorkspaceSetting.WEB_PLAYER_PAGES, String.valueOf(pages.get()));
        wanted.put(WorkspaceSetting.MUSICBRAINZ_CONTACT, strip(contact.get()));
        wanted.entrySet().removeIf(e -> e.getValue().equals(saved.get(e.getKey())));
        busy.set(true);
        executor.submit("sources-save", () -> {
            List<String> problems = new ArrayList<>();
            wanted.forEach((setting, value) -> {
                try {
                    config.save(setting, value);
                } catch (RuntimeException e) {
                    problems.add(ErrorMessages.of(e));
                }
            });
            return problems;
        }, problems -> {
            busy.set(false);
            failed.set(!problems.isEmpty());
            message.set(problems.isEmpty() ? I18n.tr("settings.nextOpen", config.file())
                    : String.join(" ", problems));
            executor.submit("sources-reread", config::values, values -> saved = new EnumMap<>(values),
                    this::failed);
        }, this::failed);
    }

    private void failed(Throwable error) {
        busy.set(false);
        failed.set(true);
        message.set(ErrorMessages.of(error));
    }

    private static String strip(String text) {
        return text == null ? "" : text.strip();
    }

    /** The Chromium executable; empty for an installed one or Playwright's own. */
    public StringProperty chromiumPathProperty() {
        return chromiumPath;
    }

    /** Web-player pages open at once, 1 to {@link WorkspaceSetting#MAX_WEB_PLAYER_PAGES}. */
    public ObjectProperty<Integer> pagesProperty() {
        return pages;
    }

    /** The e-mail address or URL MusicBrainz is told. */
    public StringProperty contactProperty() {
        return contact;
    }

    /** What the last Save or Detect did, or why it could not. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** Whether {@link #messageProperty()} is a problem. */
    public ReadOnlyBooleanProperty failedProperty() {
        return failed.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }
}
