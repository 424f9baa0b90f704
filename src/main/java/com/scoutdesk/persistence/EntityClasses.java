package com.scoutdesk.persistence;

import com.scoutdesk.model.ActivityEvent;
import com.scoutdesk.model.Alert;
import com.scoutdesk.model.AppSetting;
import com.scoutdesk.model.Contact;
import com.scoutdesk.model.Credit;
import com.scoutdesk.model.FieldProvenance;
import com.scoutdesk.model.PerformanceSnapshot;
import com.scoutdesk.model.Person;
import com.scoutdesk.model.Playlist;
import com.scoutdesk.model.PlaylistEntry;
import com.scoutdesk.model.PlaylistFetch;
import com.scoutdesk.model.Tag;
import com.scoutdesk.model.TierRun;
import com.scoutdesk.model.Track;
import java.util.List;

/** Every mapped entity; listed by hand because the app runs without class-path scanning or persistence.xml. */
final class EntityClasses {

    static final List<Class<?>> ALL = List.of(Playlist.class, Track.class, PlaylistEntry.class, Person.class,
            Credit.class, Contact.class, Tag.class, ActivityEvent.class, PerformanceSnapshot.class, TierRun.class,
            FieldProvenance.class, AppSetting.class, PlaylistFetch.class, Alert.class);

    private EntityClasses() {
    }
}
