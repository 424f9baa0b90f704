package com.scoutdesk.ui.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import com.scoutdesk.model.Week;
import com.scoutdesk.service.Completeness;
import com.scoutdesk.service.PlaylistOption;
import com.scoutdesk.service.TrackFilter;
import com.scoutdesk.ui.common.FilterChoice;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** How the dashboard's inputs map into a {@link TrackFilter}. */
class TrackFilterModelTest {

    private final TrackFilterModel model = new TrackFilterModel();

    @Test
    void untouchedInputsMeanNoFilterAtAll() {
        assertThat(model.toFilter()).isEqualTo(TrackFilter.all());
    }

    @Test
    void scoreRangeInsideTheScaleSetsBothBoundsRoundedToATenth() {
        model.scoreLowProperty().set(2.4999);
        model.scoreHighProperty().set(8.0);

        TrackFilter filter = model.toFilter();

        assertThat(filter.minScore()).contains(2.5);
        assertThat(filter.maxScore()).contains(8.0);
    }

    @Test
    void aBoundAtTheEndOfTheScaleIsNoBound() {
        model.scoreLowProperty().set(0.0);
        model.scoreHighProperty().set(6.0);
        assertThat(model.toFilter().minScore()).isEmpty();
        assertThat(model.toFilter().maxScore()).contains(6.0);

        model.scoreLowProperty().set(7.0);
        model.scoreHighProperty().set(10.0);
        assertThat(model.toFilter().minScore()).contains(7.0);
        assertThat(model.toFilter().maxScore()).isEmpty();
    }

    @Test
    void completenessHasMeansTrueMissingMeansFalseAnyIsLeftOut() {
        model.completenessProperty(Completeness.ISRC).set(Presence.HAS);
        model.completenessProperty(Completeness.PUBLISHER).set(Presence.MISSING);
        model.completenessProperty(Completeness.CREDITS).set(Presence.ANY);

        assertThat(model.toFilter().completeness())
                .isEqualTo(Map.of(Completeness.ISRC, true, Completeness.PUBLISHER, false));
    }

    @Test
    void pickersAndSearchMapToTheirFields() {
        Week week = new Week(LocalDate.of(2026, 11, 20));
        model.weekProperty().set(new FilterChoice<>(week, "Week of 2026-11-20"));
        model.playlistProperty().set(new FilterChoice<>(new PlaylistOption(42, "sp42", "Fresh Finds", true),
                "Fresh Finds"));
        model.tagProperty().set(new FilterChoice<>("shortlist", "shortlist"));
        model.searchProperty().set("  neon  ");

        TrackFilter filter = model.toFilter();

        assertThat(filter.week()).contains(week);
        assertThat(filter.playlistId()).contains(42L);
        assertThat(filter.tag()).contains("shortlist");
        assertThat(filter.search()).isEqualTo(Optional.of("neon"));
    }

    @Test
    void theAllChoicesMeanAny() {
        model.weekProperty().set(TrackFilterModel.allWeeks());
        model.playlistProperty().set(null);

        assertThat(model.toFilter().week()).isEmpty();
        assertThat(model.toFilter().playlistId()).isEmpty();
    }
}
