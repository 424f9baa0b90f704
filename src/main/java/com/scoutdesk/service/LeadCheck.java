package com.scoutdesk.service;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The "Lead check" cell of a lead list: a short fingerprint of each editable value as it was exported, e.g.
 * {@code v1 s=1a2b3c4d n=… t=… c=…}. A re-import compares three things per value: the file's cell, the value
 * stored now and the fingerprint, and so tells the scout's edit in the file (stored value unchanged since the export)
 * from a change made in ScoutDesk since (stored value differs from the fingerprint). A row version alone could not:
 * enrichment bumps it, and the edited cell no longer holds the exported value (ADR 0027).
 */
final class LeadCheck {

    /** The lead values a lead list can edit. */
    enum Part { STAGE, NOTES, TAGS, CONTACT }

    private static final Pattern CELL = Pattern.compile(
            "v1 s=([0-9a-f]{8}) n=([0-9a-f]{8}) t=([0-9a-f]{8}) c=([0-9a-f]{8})");

    private final Map<Part, String> hashes;

    private LeadCheck(Map<Part, String> hashes) {
        this.hashes = hashes;
    }

    static LeadCheck of(LeadValues values) {
        Map<Part, String> h = new EnumMap<>(Part.class);
        for (Part p : Part.values()) {
            h.put(p, hash(canonical(p, values)));
        }
        return new LeadCheck(h);
    }

    /** The check a cell holds; empty when the cell is not one (edited, cut, or from another program). */
    static Optional<LeadCheck> parse(String cell) {
        Matcher m = CELL.matcher(cell == null ? "" : cell.strip());
        if (!m.matches()) {
            return Optional.empty();
        }
        Map<Part, String> h = new EnumMap<>(Part.class);
        Part[] parts = Part.values();
        for (int i = 0; i < parts.length; i++) {
            h.put(parts[i], m.group(i + 1));
        }
        return Optional.of(new LeadCheck(h));
    }

    String cell() {
        return "v1 s=" + hashes.get(Part.STAGE) + " n=" + hashes.get(Part.NOTES) + " t=" + hashes.get(Part.TAGS)
                + " c=" + hashes.get(Part.CONTACT);
    }

    /** Whether the part of these values is what was exported. */
    boolean matches(Part part, LeadValues values) {
        return hashes.get(part).equals(hash(canonical(part, values)));
    }

    static String canonical(Part part, LeadValues v) {
        return switch (part) {
            case STAGE -> v.stage().name();
            case NOTES -> v.notes();
            case TAGS -> v.tagsCanonical();
            case CONTACT -> v.contact().canonical();
        };
    }

    private static String hash(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 4);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }
}
