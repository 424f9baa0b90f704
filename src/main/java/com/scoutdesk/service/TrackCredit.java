package com.scoutdesk.service;

import com.scoutdesk.model.CreditRole;
import java.time.Instant;

/** A person credited on a track in one role, as one source lists them. */
public record TrackCredit(long personId, String personName, CreditRole role, String source, Instant fetchedAt) {
}
