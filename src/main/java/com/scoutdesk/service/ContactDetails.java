package com.scoutdesk.service;

import com.scoutdesk.model.Contact;
import com.scoutdesk.model.ContactStage;

/**
 * How to reach a person and where the conversation stands. Whatever the scout has not entered is null.
 *
 * @param personId the credited person the contact belongs to; null for a contact not tied to one
 * @param standing the aggregates of the newest weekly snapshot; null until the weekly job first ran
 */
public record ContactDetails(long contactId, Long personId, String displayName, String email, String phone,
                             String instagramUrl, String xUrl, String tiktokUrl, String notes, ContactStage stage,
                             ContactStanding standing) {

    /** A contact the weekly job has not yet written aggregates for. */
    public ContactDetails(long contactId, Long personId, String displayName, String email, String phone,
                          String instagramUrl, String xUrl, String tiktokUrl, String notes, ContactStage stage) {
        this(contactId, personId, displayName, email, phone, instagramUrl, xUrl, tiktokUrl, notes, stage, null);
    }

    /** A stored contact as the front ends see it (read inside the transaction that loaded it). */
    static ContactDetails of(Contact c) {
        return new ContactDetails(c.getId(), c.getPerson() == null ? null : c.getPerson().getId(), c.getDisplayName(),
                c.getEmail(), c.getPhone(), c.getInstagramUrl(), c.getXUrl(), c.getTiktokUrl(), c.getNotes(),
                c.getStage(), c.getAggregatesAt() == null ? null : new ContactStanding(c.getTotalStreams(),
                        c.getTotalYoutubeViews(), c.getAvgWowGrowthPct(), c.getHotBand(), c.getAggregatesAt()));
    }
}
