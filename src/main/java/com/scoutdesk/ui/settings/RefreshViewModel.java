package com.scoutdesk.ui.settings;

import com.scoutdesk.concurrent.TaskExecutor;
import com.scoutdesk.service.RefreshSettings;
import com.scoutdesk.service.ScheduleStatus;
import com.scoutdesk.service.SnapshotStatus;
import com.scoutdesk.service.WorkspaceConfigService;
import com.scoutdesk.service.WorkspaceSetting;
import com.scoutdesk.ui.common.ErrorMessages;
import com.scoutdesk.ui.common.I18n;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The weekly refresh: the switch (kept in the workspace, applies at once) and its day and time, shown and edited in
 * the scout's own time zone but kept in UTC in scoutdesk.properties (REFRESH_DAY, REFRESH_TIME), so they apply the
 * next time the workspace opens.
 */
public final class RefreshViewModel {

    private static final DateTimeFormatter HH_MM = DateTimeFormatter.ofPattern("HH:mm");
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEE d MMM yyyy, HH:mm", Locale.ENGLISH);

    private final BooleanProperty enabled = new SimpleBooleanProperty(this, "enabled");
    private final ReadOnlyBooleanWrapper available = new ReadOnlyBooleanWrapper(this, "available");
    private final ReadOnlyBooleanWrapper editable = new ReadOnlyBooleanWrapper(this, "editable");
    private final ObjectProperty<DayOfWeek> day = new SimpleObjectProperty<>(this, "day", DayOfWeek.FRIDAY);
    private final StringProperty time = new SimpleStringProperty(this, "time", "10:00");
    private final ReadOnlyStringWrapper zoneText = new ReadOnlyStringWrapper(this, "zoneText", "");
    private final ReadOnlyStringWrapper runs = new ReadOnlyStringWrapper(this, "runs", "");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ReadOnlyStringWrapper snapshot = new ReadOnlyStringWrapper(this, "snapshot", "");
    private Clock clock = Clock.systemDefaultZone();
    private RefreshSettings refresh;
    private WorkspaceConfigService config;
    private TaskExecutor executor;
    private boolean loading;

    /** What the section shows, read together in the background. */
    private record State(boolean enabled, String description, Optional<ScheduleStatus> status,
                         Optional<SnapshotStatus> snapshot, Map<WorkspaceSetting, String> saved) {
    }

    RefreshViewModel() {
        enabled.addListener((obs, old, now) -> {
            if (!loading && refresh != null) {
                saveSwitch(now);
            }
        });
    }

    /**
     * @param config null where there is no scoutdesk.properties to save the day and time in
     * @param clock  its zone is the scout's; its instant decides the daylight-saving offset of the conversion
     */
    void attach(RefreshSettings settings, WorkspaceConfigService config, TaskExecutor executor, Clock clock) {
        this.clock = clock;
        this.refresh = settings;
        this.config = config;
        this.executor = executor;
        editable.set(config != null);
        load();
    }

    private void load() {
        executor.submit("refresh-settings", () -> new State(refresh.isWeeklyRefreshEnabled(), refresh.describe(),
                refresh.schedule(), refresh.snapshot(), config == null ? Map.of() : config.values()), this::show,
                this::failed);
    }

    private void show(State state) {
        loading = true;
        enabled.set(state.enabled());
        loading = false;
        available.set(true);
        state.status().ifPresentOrElse(s -> runs.set(runsText(s)), () -> runs.set(state.description()));
        snapshot.set(state.snapshot().map(this::snapshotText).orElse(""));
        Optional<WeeklyTime> current = state.status().map(s -> new WeeklyTime(s.day(), s.timeUtc()));
        String savedDay = state.saved().getOrDefault(WorkspaceSetting.REFRESH_DAY, "");
        String savedTime = state.saved().getOrDefault(WorkspaceSetting.REFRESH_TIME, "");
        // What the file says wins: it is what the next opening will use, and what the scout last saved.
        Optional<WeeklyTime> utc = savedDay.isBlank() || savedTime.isBlank() ? current
                : Optional.of(new WeeklyTime(DayOfWeek.valueOf(savedDay.toUpperCase(Locale.ROOT)),
                        LocalTime.parse(savedTime)));
        utc.ifPresent(u -> {
            WeeklyTime local = u.fromUtc(clock.getZone(), clock.instant());
            day.set(local.day());
            time.set(HH_MM.format(local.time()));
            zoneText.set(zoneText(u));
        });
    }

    private String runsText(ScheduleStatus status) {
        String last = status.lastRun().map(this::local).orElse(I18n.tr("settings.refresh.never"));
        String next = status.enabled() ? local(status.nextRun()) : I18n.tr("settings.refresh.off");
        return I18n.tr("settings.refresh.lastRun", last) + "  ·  " + I18n.tr("settings.refresh.nextRun", next);
    }

    private String snapshotText(SnapshotStatus s) {
        String last = s.lastRun().map(this::local).orElse(I18n.tr("settings.refresh.never"));
        String next = s.enabled() ? I18n.tr("settings.snapshot.after", local(s.nextRun()))
                : I18n.tr("settings.refresh.off");
        String week = s.latestWeek().map(w -> I18n.tr("settings.snapshot.week", w, String.format("%,d", s.tracks()),
                String.format("%,d", s.streamsStale()), String.format("%,d", s.viewsStale())))
                .orElse(I18n.tr("settings.snapshot.none"));
        return I18n.tr("settings.snapshot") + "\n" + I18n.tr("settings.snapshot.runs", last, next) + "\n" + week;
    }

    private String local(Instant instant) {
        return WHEN.format(instant.atZone(clock.getZone()));
    }

    private String zoneText(WeeklyTime utc) {
        return I18n.tr("settings.refresh.zone", clock.getZone().getId(), title(utc.day()), HH_MM.format(utc.time()));
    }

    static String title(DayOfWeek day) {
        String name = day.name();
        return name.charAt(0) + name.substring(1).toLowerCase(Locale.ROOT);
    }

    private void saveSwitch(boolean on) {
        executor.submit("refresh-settings-save", () -> {
            refresh.setWeeklyRefreshEnabled(on);
            return refresh.schedule();
        }, status -> status.ifPresent(s -> runs.set(runsText(s))), error -> {
            failed(error);
            load();
        });
    }

    /** Saves the day and time, converted to UTC; they apply the next time the workspace opens. */
    public void saveTime() {
        LocalTime local;
        try {
            local = LocalTime.parse(time.get().strip(), DateTimeFormatter.ofPattern("H:mm"));
        } catch (DateTimeParseException | NullPointerException e) {
            message.set(I18n.tr("settings.refresh.badTime"));
            return;
        }
        WeeklyTime utc = new WeeklyTime(day.get(), local).toUtc(clock.getZone(), clock.instant());
        executor.submit("refresh-time-save", () -> {
            config.save(WorkspaceSetting.REFRESH_DAY, utc.day().name());
            config.save(WorkspaceSetting.REFRESH_TIME, HH_MM.format(utc.time()));
            return config.file();
        }, file -> {
            message.set(I18n.tr("settings.nextOpen", file));
            zoneText.set(zoneText(utc));
        }, this::failed);
    }

    private void failed(Throwable error) {
        message.set(ErrorMessages.of(error));
    }

    /** Writable: switching it saves the choice in the workspace, in the background. */
    public BooleanProperty enabledProperty() {
        return enabled;
    }

    /** False until the workspace is open and the switch's state is known. */
    public ReadOnlyBooleanProperty availableProperty() {
        return available.getReadOnlyProperty();
    }

    /** Whether the day and time can be saved (there is a scoutdesk.properties to save them in). */
    public ReadOnlyBooleanProperty editableProperty() {
        return editable.getReadOnlyProperty();
    }

    /** The day, in the scout's time zone. */
    public ObjectProperty<DayOfWeek> dayProperty() {
        return day;
    }

    /** The time HH:MM, in the scout's time zone. */
    public StringProperty timeProperty() {
        return time;
    }

    /** Which zone the day and time are in, and what they are in UTC. */
    public ReadOnlyStringProperty zoneTextProperty() {
        return zoneText.getReadOnlyProperty();
    }

    /** The last and the next run, in the scout's time zone. */
    public ReadOnlyStringProperty runsProperty() {
        return runs.getReadOnlyProperty();
    }

    /** The performance snapshot after the refresh: last and next run, and what the newest week holds. */
    public ReadOnlyStringProperty snapshotProperty() {
        return snapshot.getReadOnlyProperty();
    }

    /** What the last save did, or why it could not. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }
}
