package com.scoutdesk.ui.drawer;

import com.scoutdesk.service.TrackDetails;
import com.scoutdesk.service.TrackHistory;

/** What the drawer shows of one track, read together in one background task so the sections agree. */
public record DrawerContent(TrackDetails details, TrackHistory history) {
}
