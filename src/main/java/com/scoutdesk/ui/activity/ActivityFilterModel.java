package com.scoutdesk.ui.activity;

import com.scoutdesk.service.ActivityChoices;
import com.scoutdesk.service.ActivityFilter;
import com.scoutdesk.ui.common.FilterChoice;
import com.scoutdesk.ui.common.I18n;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import javafx.beans.Observable;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The Activity page's filter as the scout sets it: the pickers (kind, outcome, tier, playlist) offer what the log
 * holds, the dates are whole local days, and the track and search texts are free. {@link #filter()} turns it into
 * the query's {@link ActivityFilter}.
 */
public final class ActivityFilterModel {

    private final ZoneId zone;
    private final ObservableList<FilterChoice<String>> kinds = FXCollections.observableArrayList();
    private final ObservableList<FilterChoice<String>> outcomes = FXCollections.observableArrayList();
    private final ObservableList<FilterChoice<Integer>> tiers = FXCollections.observableArrayList();
    private final ObservableList<FilterChoice<Long>> playlists = FXCollections.observableArrayList();
    private final ObjectProperty<FilterChoice<String>> kind = new SimpleObjectProperty<>(this, "kind");
    private final ObjectProperty<FilterChoice<String>> outcome = new SimpleObjectProperty<>(this, "outcome");
    private final ObjectProperty<FilterChoice<Integer>> tier = new SimpleObjectProperty<>(this, "tier");
    private final ObjectProperty<FilterChoice<Long>> playlist = new SimpleObjectProperty<>(this, "playlist");
    private final ObjectProperty<LocalDate> from = new SimpleObjectProperty<>(this, "from");
    private final ObjectProperty<LocalDate> to = new SimpleObjectProperty<>(this, "to");
    private final StringProperty trackText = new SimpleStringProperty(this, "trackText", "");
    private final StringProperty search = new SimpleStringProperty(this, "search", "");

    ActivityFilterModel(ZoneId zone) {
        this.zone = Objects.requireNonNull(zone);
        offer(ActivityChoices.none());
        clear();
    }

    /** The pickers' properties and dates: a change runs the query at once. */
    List<Observable> pickers() {
        return List.of(kind, outcome, tier, playlist, from, to);
    }

    /** The typed texts: a change runs the query once typing pauses. */
    List<Observable> texts() {
        return List.of(trackText, search);
    }

    /** The query for what is set; a picker left empty, as a combo box may leave it, means "all". */
    public ActivityFilter filter() {
        String kindValue = value(kind);
        return new ActivityFilter(kindValue == null ? Set.of() : Set.of(kindValue), null, trackText.get(),
                value(playlist), value(tier), value(outcome),
                from.get() == null ? null : from.get().atStartOfDay(zone).toInstant(),
                // The "to" day is included: the range ends where the next day starts.
                to.get() == null ? null : to.get().plusDays(1).atStartOfDay(zone).toInstant(), search.get());
    }

    /** Puts every picker back on "all" and empties the dates and texts. */
    public void clear() {
        kind.set(kinds.get(0));
        outcome.set(outcomes.get(0));
        tier.set(tiers.get(0));
        playlist.set(playlists.get(0));
        from.set(null);
        to.set(null);
        trackText.set("");
        search.set("");
    }

    /** Offers what the log holds; a choice already made stays chosen, offered or not. */
    void offer(ActivityChoices choices) {
        List<FilterChoice<String>> kindList = new ArrayList<>();
        kindList.add(FilterChoice.all(I18n.tr("activity.filter.kind.all")));
        choices.kinds().forEach(k -> kindList.add(new FilterChoice<>(k, ActivityLabels.kind(k))));
        List<FilterChoice<String>> outcomeList = new ArrayList<>();
        outcomeList.add(FilterChoice.all(I18n.tr("activity.filter.outcome.all")));
        choices.outcomes().forEach(o -> outcomeList.add(new FilterChoice<>(o, ActivityLabels.outcome(o))));
        List<FilterChoice<Integer>> tierList = new ArrayList<>();
        tierList.add(FilterChoice.all(I18n.tr("activity.filter.tier.all")));
        choices.tiers().forEach(t -> tierList.add(new FilterChoice<>(t, ActivityLabels.tier(t))));
        List<FilterChoice<Long>> playlistList = new ArrayList<>();
        playlistList.add(FilterChoice.all(I18n.tr("activity.filter.playlist.all")));
        choices.playlists().forEach(p -> playlistList.add(new FilterChoice<>(p.id(), p.name())));
        replace(kinds, kindList, kind);
        replace(outcomes, outcomeList, outcome);
        replace(tiers, tierList, tier);
        replace(playlists, playlistList, playlist);
    }

    /** Items replaced under a combo box may clear its value: the choice is put back, kept in the list if gone. */
    private static <T> void replace(ObservableList<FilterChoice<T>> items, List<FilterChoice<T>> now,
                                    ObjectProperty<FilterChoice<T>> chosen) {
        FilterChoice<T> kept = chosen.get();
        if (kept != null && !kept.isAll() && !now.contains(kept)) {
            now.add(kept);
        }
        items.setAll(now);
        chosen.set(kept == null || kept.isAll() ? now.get(0) : kept);
    }

    private static <T> T value(ObjectProperty<FilterChoice<T>> choice) {
        return choice.get() == null ? null : choice.get().value();
    }

    public ObservableList<FilterChoice<String>> kinds() {
        return kinds;
    }

    public ObservableList<FilterChoice<String>> outcomes() {
        return outcomes;
    }

    public ObservableList<FilterChoice<Integer>> tiers() {
        return tiers;
    }

    public ObservableList<FilterChoice<Long>> playlists() {
        return playlists;
    }

    public ObjectProperty<FilterChoice<String>> kindProperty() {
        return kind;
    }

    public ObjectProperty<FilterChoice<String>> outcomeProperty() {
        return outcome;
    }

    public ObjectProperty<FilterChoice<Integer>> tierProperty() {
        return tier;
    }

    public ObjectProperty<FilterChoice<Long>> playlistProperty() {
        return playlist;
    }

    public ObjectProperty<LocalDate> fromProperty() {
        return from;
    }

    public ObjectProperty<LocalDate> toProperty() {
        return to;
    }

    public StringProperty trackTextProperty() {
        return trackText;
    }

    public StringProperty searchProperty() {
        return search;
    }
}
