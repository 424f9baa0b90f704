package com.scoutdesk.ui.dashboard;

import com.scoutdesk.model.EnrichmentTier;
import com.scoutdesk.model.LeadStage;
import java.util.List;
import java.util.Set;

/**
 * What the lead table's context menu, double-click and Enter ask the rest of the window to do with one track or with
 * the ticked ones. The table does not know how: the window that owns the details drawer, the dialogs and the
 * enrichment service implements this and hands it to {@link DashboardView}. Called on the FX thread; an
 * implementation does its service work in the background.
 */
public interface LeadActions {

    /** Queues the chosen tiers again for the tracks (all tiers when the scout chose "All tiers"). */
    void reEnrich(List<Long> trackIds, Set<EnrichmentTier> tiers);

    /** Opens the details drawer of one track. */
    void openDetails(long trackId);

    /** Asks which tags to add to the tracks (a dialog) and adds them. */
    void tag(List<Long> trackIds);

    /** Moves the tracks to a lead stage. */
    void setStage(List<Long> trackIds, LeadStage stage);

    /** Shows the outreach brief of one track (a dialog that writes it). */
    void outreachBrief(long trackId, String trackName);
}
