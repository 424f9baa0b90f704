package com.scoutdesk.ui.dashboard;

import com.scoutdesk.model.Week;
import com.scoutdesk.service.PlaylistOption;
import com.scoutdesk.ui.common.FilterChoice;
import com.scoutdesk.ui.common.I18n;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** What the week, playlist and tag pickers offer; each list starts with its "all" entry. */
public final class FilterOptionLists {

    private final TrackFilterModel filter;
    private final ObservableList<FilterChoice<Week>> weeks = FXCollections.observableArrayList();
    private final ObservableList<FilterChoice<PlaylistOption>> playlists = FXCollections.observableArrayList();
    private final ObservableList<FilterChoice<String>> tags = FXCollections.observableArrayList();

    FilterOptionLists(TrackFilterModel filter) {
        this.filter = filter;
        weeks.add(TrackFilterModel.allWeeks());
        playlists.add(TrackFilterModel.allPlaylists());
        tags.add(TrackFilterModel.allTags());
    }

    /** Replaces the options, newest week first, and drops a selection that no longer exists. */
    void replace(List<Week> newWeeks, List<PlaylistOption> newPlaylists, List<String> newTags) {
        List<FilterChoice<Week>> weekChoices = new ArrayList<>();
        weekChoices.add(TrackFilterModel.allWeeks());
        newWeeks.stream().sorted(Comparator.reverseOrder())
                .forEach(w -> weekChoices.add(new FilterChoice<>(w, I18n.tr("filter.week", w.start().toString()))));
        List<FilterChoice<PlaylistOption>> playlistChoices = new ArrayList<>();
        playlistChoices.add(TrackFilterModel.allPlaylists());
        newPlaylists.forEach(p -> playlistChoices.add(new FilterChoice<>(p, p.name())));
        List<FilterChoice<String>> tagChoices = new ArrayList<>();
        tagChoices.add(TrackFilterModel.allTags());
        newTags.forEach(t -> tagChoices.add(new FilterChoice<>(t, t)));

        weeks.setAll(weekChoices);
        playlists.setAll(playlistChoices);
        tags.setAll(tagChoices);
        keepOrReset(filter.weekProperty(), weeks);
        keepOrReset(filter.playlistProperty(), playlists);
        keepOrReset(filter.tagProperty(), tags);
    }

    private static <T> void keepOrReset(ObjectProperty<FilterChoice<T>> selected, List<FilterChoice<T>> offered) {
        if (selected.get() == null || !offered.contains(selected.get())) {
            selected.set(offered.get(0));
        }
    }

    public ObservableList<FilterChoice<Week>> weeks() {
        return weeks;
    }

    public ObservableList<FilterChoice<PlaylistOption>> playlists() {
        return playlists;
    }

    public ObservableList<FilterChoice<String>> tags() {
        return tags;
    }
}
