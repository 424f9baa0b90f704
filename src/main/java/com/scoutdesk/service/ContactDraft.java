package com.scoutdesk.service;

import com.scoutdesk.model.ContactStage;

/**
 * A contact as the scout typed it, to add or to replace a stored one. Blank text means "none".
 *
 * @param personId the credited person it belongs to; null for a contact not tied to a credited person (ignored
 *                 by an edit, which keeps the person the contact has)
 * @param stage    null: {@link ContactStage#NOT_CONTACTED} for a new contact, unchanged for an edit
 */
public record ContactDraft(Long personId, String displayName, String email, String phone, String instagramUrl,
                           String xUrl, String tiktokUrl, String notes, ContactStage stage) {

    /** A contact without X or TikTok profiles. */
    public ContactDraft(Long personId, String displayName, String email, String phone, String instagramUrl,
                        String notes, ContactStage stage) {
        this(personId, displayName, email, phone, instagramUrl, null, null, notes, stage);
    }
}
