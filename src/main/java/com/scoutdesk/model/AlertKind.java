package com.scoutdesk.model;

/** Why ScoutDesk raised an in-app alert on a track. */
public enum AlertKind {
    /** The track's label line now names a major label: the lead is probably signed. */
    LABEL_MAJOR,
    /** The MLC now lists a publisher for the song, where it listed none or was not known. */
    PUBLISHER_APPEARED,
    /** The track stands on an editorial playlist it never stood on before. */
    EDITORIAL_PLAYLIST,
    /** The week's snapshot shows streams or views growing at or above the threshold. */
    VELOCITY_SPIKE
}
