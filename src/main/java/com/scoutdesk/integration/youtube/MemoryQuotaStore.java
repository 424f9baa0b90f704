package com.scoutdesk.integration.youtube;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

/** A {@link QuotaStore} in memory, for tests and for a client used without a workspace. Thread-safe. */
public final class MemoryQuotaStore implements QuotaStore {

    private record Spent(LocalDate day, int units) {
    }

    private final Map<String, Spent> byBucket = new HashMap<>();

    @Override
    public synchronized int spent(String bucket, LocalDate pacificDay) {
        Spent spent = byBucket.get(bucket);
        return spent != null && spent.day().equals(pacificDay) ? spent.units() : 0;
    }

    @Override
    public synchronized void record(String bucket, LocalDate pacificDay, int units) {
        byBucket.put(bucket, new Spent(pacificDay, units));
    }
}
