package com.scoutdesk.ui.drawer;

import static org.assertj.core.api.Assertions.assertThat;

import com.scoutdesk.model.HotBand;
import com.scoutdesk.service.ContactStanding;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The drawer's line of a contact's standing from the weekly snapshot: unknowns are said, never shown as zero. */
class ContactStandingTextTest {

    private static final Instant AT = Instant.parse("2026-12-04T11:00:00Z");

    @Test
    void saysTheBandTotalsAndGrowth() {
        assertThat(ContactEditorModel.standingText(new ContactStanding(2_600L, 250L, 23.46, HotBand.WATCH, AT)))
                .isEqualTo("Hot lead: Watch \u00b7 2,600 streams \u00b7 250 YouTube views \u00b7 +23.5 % a week");
    }

    @Test
    void saysStreamsAreNotKnownAndLeavesOutWhatIsMissing() {
        assertThat(ContactEditorModel.standingText(new ContactStanding(null, null, 60.0, HotBand.ACTIVE, AT)))
                .isEqualTo("Hot lead: Active \u00b7 streams not known \u00b7 +60.0 % a week");
    }

    @Test
    void showsNothingBeforeTheWeeklyJobRanOrWhenNothingIsKnown() {
        assertThat(ContactEditorModel.standingText(null)).isEmpty();
        assertThat(ContactEditorModel.standingText(new ContactStanding(null, null, null, null, AT))).isEmpty();
    }
}
