package com.scoutdesk.service;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Checks a contact draft without writing anything, so a front end can say what is wrong while the scout types. It
 * applies the same rules as {@link ContactService#add} and {@link ContactService#edit} (both check again on save).
 */
public final class ContactCheck {

    /** Keys of {@link #problems}: which value is wrong, as {@link InvalidInputException#input()} names it. */
    public static final String NAME = "contact name";
    public static final String EMAIL = "email";
    public static final String PHONE = "phone";
    public static final String INSTAGRAM = "instagram link";
    public static final String X = "x link";
    public static final String TIKTOK = "tiktok link";
    public static final String NOTES = "contact notes";

    private ContactCheck() {
    }

    /** Each value of the draft that would be refused, with the sentence saying why; empty when it can be saved. */
    public static Map<String, String> problems(ContactDraft draft) {
        Map<String, String> problems = new LinkedHashMap<>();
        check(problems, () -> ContactInput.displayName(draft.displayName()));
        check(problems, () -> ContactInput.email(draft.email()));
        check(problems, () -> ContactInput.phone(draft.phone()));
        check(problems, () -> ContactInput.instagramUrl(draft.instagramUrl()));
        check(problems, () -> ContactInput.xUrl(draft.xUrl()));
        check(problems, () -> ContactInput.tiktokUrl(draft.tiktokUrl()));
        check(problems, () -> ContactInput.notes(draft.notes()));
        return problems;
    }

    private static void check(Map<String, String> problems, Runnable rule) {
        try {
            rule.run();
        } catch (InvalidInputException refused) {
            problems.put(refused.input(), refused.getMessage());
        }
    }
}
