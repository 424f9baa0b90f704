package com.scoutdesk.service;

import java.time.Instant;

/** One line of the activity log as the Activity view shows it. */
public record ActivityRow(Instant occurredAt, String actor, String kind, String outcome, String message) {
}
