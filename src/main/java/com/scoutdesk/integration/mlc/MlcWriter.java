package com.scoutdesk.integration.mlc;

import com.scoutdesk.model.id.IpiNameNumber;
import java.util.Objects;

/**
 * A writer of a work as The MLC lists it.
 *
 * @param name "first last" as registered (the MLC often uses capitals)
 * @param ipi  the writer's IPI name number; null when missing or not a valid one
 * @param role The MLC's writer role code (e.g. "CA" composer/author), null when missing
 */
public record MlcWriter(String name, IpiNameNumber ipi, String role) {

    public MlcWriter {
        Objects.requireNonNull(name, "name");
    }
}
