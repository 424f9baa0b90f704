package com.scoutdesk.service;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the album art folder holds, in memory and in order of use, so a look-up costs no disk access and the least
 * recently used files can be named for removal when the folder grows past its size. Thread-safe; the lock is never
 * held during I/O.
 */
final class ArtIndex {

    /** A file found in the folder at opening. */
    record Stored(String name, long bytes, long modifiedMillis) {
    }

    private final long maxBytes;
    private final Map<String, Long> sizes = new LinkedHashMap<>(256, 0.75f, true); // access order: eldest first
    private long totalBytes;

    ArtIndex(long maxBytes) {
        if (maxBytes < 1) {
            throw new IllegalArgumentException("maxBytes must be at least 1: " + maxBytes);
        }
        this.maxBytes = maxBytes;
    }

    /** Takes in the files found at opening, the oldest as least recently used; returns those to remove. */
    synchronized List<String> load(List<Stored> found) {
        found.stream().sorted(Comparator.comparingLong(Stored::modifiedMillis))
                .forEach(file -> put(file.name(), file.bytes()));
        return evict(null);
    }

    synchronized boolean touch(String name) {
        return sizes.get(name) != null;
    }

    /** Records a file just written; returns the files to remove to keep the folder within its size. */
    synchronized List<String> add(String name, long bytes) {
        put(name, bytes);
        return evict(name);
    }

    synchronized void remove(String name) {
        Long old = sizes.remove(name);
        if (old != null) {
            totalBytes -= old;
        }
    }

    synchronized long totalBytes() {
        return totalBytes;
    }

    private void put(String name, long bytes) {
        Long old = sizes.put(name, bytes);
        totalBytes += bytes - (old == null ? 0 : old);
    }

    /** Removes the eldest entries until the total fits, never {@code keep} (the file just written). */
    private List<String> evict(String keep) {
        List<String> evicted = new ArrayList<>();
        Iterator<Map.Entry<String, Long>> eldest = sizes.entrySet().iterator();
        while (totalBytes > maxBytes && eldest.hasNext()) {
            Map.Entry<String, Long> entry = eldest.next();
            if (entry.getKey().equals(keep)) {
                continue;
            }
            totalBytes -= entry.getValue();
            evicted.add(entry.getKey());
            eldest.remove();
        }
        return evicted;
    }

    static String sha256(String text) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
