package com.scoutdesk.performance;

/** One run of the weekly performance job: the refresh it began with, then the week it wrote. */
public record PerformanceRun(RefreshReport refresh, WeekSummary week) {
}
