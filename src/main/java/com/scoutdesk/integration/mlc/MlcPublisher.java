package com.scoutdesk.integration.mlc;

import com.scoutdesk.model.id.IpiNameNumber;
import java.util.List;
import java.util.Objects;

/**
 * An original publisher of a work as The MLC lists it.
 *
 * @param ipi            its IPI name number; null when missing or invalid
 * @param share          the collection share it registered, 0..100; null when The MLC gives none
 * @param administrators the companies that administer it or own it (The MLC's administrators and parent publishers,
 *                       in that order, each without administrators of its own): a small publisher administered by
 *                       a major is in a major's hands, and the administrator may be the one collecting the share
 */
public record MlcPublisher(String name, IpiNameNumber ipi, Double share, List<MlcPublisher> administrators) {

    public MlcPublisher {
        Objects.requireNonNull(name, "name");
        administrators = List.copyOf(administrators);
    }
}
