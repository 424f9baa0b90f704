package com.scoutdesk.model;

/** Where a lead stands in the scout's pipeline (the kanban columns). */
public enum LeadStage {
    NEW, WATCHING, CONTACTED, NEGOTIATING, SIGNED, PASSED
}
