package com.scoutdesk.ui.dashboard;

import com.scoutdesk.model.Week;
import com.scoutdesk.service.Completeness;
import com.scoutdesk.service.PlaylistOption;
import com.scoutdesk.service.TrackFilter;
import com.scoutdesk.ui.common.FilterChoice;
import com.scoutdesk.ui.common.I18n;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;

/** The dashboard's filter inputs as editable properties, and the {@link TrackFilter} they stand for. */
public final class TrackFilterModel {

    public static final double SCORE_MIN = 0.0;
    public static final double SCORE_MAX = 10.0;

    private final ObjectProperty<FilterChoice<Week>> week = new SimpleObjectProperty<>(this, "week", allWeeks());
    private final ObjectProperty<FilterChoice<PlaylistOption>> playlist =
            new SimpleObjectProperty<>(this, "playlist", allPlaylists());
    private final ObjectProperty<FilterChoice<String>> tag = new SimpleObjectProperty<>(this, "tag", allTags());
    private final StringProperty search = new SimpleStringProperty(this, "search", "");
    private final DoubleProperty scoreLow = new SimpleDoubleProperty(this, "scoreLow", SCORE_MIN);
    private final DoubleProperty scoreHigh = new SimpleDoubleProperty(this, "scoreHigh", SCORE_MAX);
    private final Map<Completeness, ObjectProperty<Presence>> completeness = new EnumMap<>(Completeness.class);

    public TrackFilterModel() {
        for (Completeness part : Completeness.values()) {
            completeness.put(part, new SimpleObjectProperty<>(this, part.name(), Presence.ANY));
        }
    }

    public static FilterChoice<Week> allWeeks() {
        return FilterChoice.all(I18n.tr("filter.allWeeks"));
    }

    public static FilterChoice<PlaylistOption> allPlaylists() {
        return FilterChoice.all(I18n.tr("filter.allPlaylists"));
    }

    public static FilterChoice<String> allTags() {
        return FilterChoice.all(I18n.tr("filter.allTags"));
    }

    /**
     * Calls {@code immediate} when a picker changes and {@code debounced} while the user types or drags,
     * so the caller can wait for the input to settle before querying.
     */
    void listen(Runnable immediate, Runnable debounced) {
        for (ObservableValue<?> value : new ObservableValue<?>[] {week, playlist, tag}) {
            value.addListener((obs, old, now) -> immediate.run());
        }
        completeness.values().forEach(p -> p.addListener((obs, old, now) -> immediate.run()));
        search.addListener((obs, old, now) -> debounced.run());
        scoreLow.addListener((obs, old, now) -> debounced.run());
        scoreHigh.addListener((obs, old, now) -> debounced.run());
    }

    /**
     * The filter for the current inputs. A score bound at the end of the 0..10 scale means "no bound", so the
     * untouched slider keeps unscored tracks in the list; bounds are rounded to one decimal.
     */
    public TrackFilter toFilter() {
        Map<Completeness, Presence> parts = new EnumMap<>(Completeness.class);
        completeness.forEach((part, presence) -> parts.put(part, presence.get()));
        PlaylistOption pickedPlaylist = playlist.get() == null ? null : playlist.get().value();
        return filter(valueOf(week.get()), pickedPlaylist == null ? null : pickedPlaylist.id(), valueOf(tag.get()),
                search.get(), scoreLow.get(), scoreHigh.get(), parts);
    }

    /** The filter of these inputs: what {@link #toFilter()} and {@link SavedFilter#toFilter()} both answer. */
    static TrackFilter filter(Week week, Long playlistId, String tag, String search, double scoreLow,
                              double scoreHigh, Map<Completeness, Presence> completeness) {
        Map<Completeness, Boolean> parts = new EnumMap<>(Completeness.class);
        completeness.forEach((part, presence) -> presence.required().ifPresent(v -> parts.put(part, v)));
        double low = roundToTenth(scoreLow);
        double high = roundToTenth(scoreHigh);
        return TrackFilter.all()
                .withWeek(week)
                .withPlaylist(playlistId)
                .withTag(tag)
                .withSearch(search)
                .withScoreRange(low > SCORE_MIN ? low : null, high < SCORE_MAX ? high : null)
                .withCompleteness(parts);
    }

    /** The inputs as plain values, to be kept across a restart. */
    public SavedFilter saved() {
        Map<Completeness, Presence> parts = new EnumMap<>(Completeness.class);
        completeness.forEach((part, presence) -> {
            if (presence.get() != Presence.ANY) {
                parts.put(part, presence.get());
            }
        });
        Week pickedWeek = valueOf(week.get());
        PlaylistOption pickedPlaylist = valueOf(playlist.get());
        return new SavedFilter(pickedWeek == null ? null : pickedWeek.start().toString(),
                pickedPlaylist == null ? null : pickedPlaylist.id(), valueOf(tag.get()), search.get(),
                scoreLow.get(), scoreHigh.get(), parts);
    }

    /**
     * Sets the inputs to saved values, picking from the options offered now; a week, playlist or tag not offered
     * becomes "all". {@link #reset()} is {@code restore(SavedFilter.none(), options)}.
     */
    void restore(SavedFilter saved, FilterOptionLists options) {
        week.set(pick(options.weeks(), w -> w.start().toString().equals(saved.week())));
        playlist.set(pick(options.playlists(), p -> saved.playlistId() != null && p.id() == saved.playlistId()));
        tag.set(pick(options.tags(), t -> t.equals(saved.tag())));
        search.set(saved.search());
        scoreLow.set(saved.scoreLow());
        scoreHigh.set(saved.scoreHigh());
        completeness.forEach((part, presence) -> presence.set(saved.completeness().getOrDefault(part, Presence.ANY)));
    }

    private static <T> FilterChoice<T> pick(List<FilterChoice<T>> offered, Predicate<T> wanted) {
        return offered.stream().filter(c -> !c.isAll() && wanted.test(c.value())).findFirst().orElse(offered.get(0));
    }

    private static <T> T valueOf(FilterChoice<T> choice) {
        return choice == null ? null : choice.value();
    }

    private static double roundToTenth(double value) {
        return Math.round(value * 10.0) / 10.0;
    }

    public ObjectProperty<FilterChoice<Week>> weekProperty() {
        return week;
    }

    public ObjectProperty<FilterChoice<PlaylistOption>> playlistProperty() {
        return playlist;
    }

    public ObjectProperty<FilterChoice<String>> tagProperty() {
        return tag;
    }

    public StringProperty searchProperty() {
        return search;
    }

    public DoubleProperty scoreLowProperty() {
        return scoreLow;
    }

    public DoubleProperty scoreHighProperty() {
        return scoreHigh;
    }

    public ObjectProperty<Presence> completenessProperty(Completeness part) {
        return completeness.get(part);
    }

    /** Every completeness choice, in the enum's order. */
    public Map<Completeness, ObjectProperty<Presence>> completeness() {
        return Collections.unmodifiableMap(completeness);
    }
}
