package com.scoutdesk.model;

/** Where the conversation with a contact stands. */
public enum ContactStage {
    NOT_CONTACTED, REACHED_OUT, REPLIED, MEETING, SIGNED, DECLINED
}
