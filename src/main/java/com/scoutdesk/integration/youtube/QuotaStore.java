package com.scoutdesk.integration.youtube;

import java.time.LocalDate;

/**
 * Where the YouTube quota ledger keeps what each bucket spent on a Pacific day, so that a restart does not forget it
 * and spend the day's quota twice. The workspace keeps it in its settings; {@link MemoryQuotaStore} forgets.
 */
public interface QuotaStore {

    /** Units {@code bucket} spent on {@code pacificDay}; 0 when nothing is recorded for that day. */
    int spent(String bucket, LocalDate pacificDay);

    /** Records that {@code bucket} has spent {@code units} in all on {@code pacificDay}. */
    void record(String bucket, LocalDate pacificDay, int units);
}
