package com.scoutdesk.service;

/** What one CSV row stands for. */
public enum ExportGranularity {
    /** One row per track: the lead list. */
    TRACK,
    /** One row per weekly playlist appearance: the history, with week, playlist and position. */
    ENTRY
}
