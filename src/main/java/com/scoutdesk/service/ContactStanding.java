package com.scoutdesk.service;

import com.scoutdesk.model.HotBand;
import java.time.Instant;

/**
 * A contact's numbers from the newest weekly snapshot, over the tracks its person is credited on.
 *
 * @param totalStreams null when no track has a play count
 * @param totalViews   null when no track has YouTube views
 * @param avgGrowthPct week-over-week stream growth averaged by streams; null when no track had a fresh change
 * @param band         the hot-lead band; null when nothing is known
 * @param at           when the weekly job wrote them
 */
public record ContactStanding(Long totalStreams, Long totalViews, Double avgGrowthPct, HotBand band, Instant at) {
}
