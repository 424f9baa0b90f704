package com.scoutdesk.ui;

/** Where opening the workspace stands: the window shows at once, before the database is open. */
public enum WorkspaceState {
    OPENING, READY, FAILED
}
