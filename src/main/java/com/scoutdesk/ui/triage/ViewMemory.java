package com.scoutdesk.ui.triage;

import com.scoutdesk.ui.dashboard.SavedFilter;
import java.util.Optional;

/**
 * What the dashboard remembers of a workspace across restarts: the view last chosen and the filter last applied.
 * The window keeps it in the user's preferences ({@link PreferencesViewMemory}); tests keep it in memory.
 */
public interface ViewMemory {

    Optional<LeadView> view();

    void saveView(LeadView view);

    /** The filter last applied; {@link SavedFilter#none()} when there is none. */
    SavedFilter filter();

    void saveFilter(SavedFilter filter);

    /** A memory that lasts as long as the object: for tests and for windows without preferences. */
    static ViewMemory inMemory() {
        return new ViewMemory() {
            private LeadView view;
            private SavedFilter filter = SavedFilter.none();

            @Override
            public Optional<LeadView> view() {
                return Optional.ofNullable(view);
            }

            @Override
            public void saveView(LeadView chosen) {
                view = chosen;
            }

            @Override
            public SavedFilter filter() {
                return filter;
            }

            @Override
            public void saveFilter(SavedFilter applied) {
                filter = applied;
            }
        };
    }
}
