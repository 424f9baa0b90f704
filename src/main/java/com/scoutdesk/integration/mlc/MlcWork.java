package com.scoutdesk.integration.mlc;

import com.scoutdesk.model.id.Iswc;
import java.util.List;
import java.util.Objects;

/**
 * A musical work registered at The MLC: the song as written, with its writers and its publishers' shares.
 *
 * @param iswc null when The MLC has none (or an invalid one)
 */
public record MlcWork(String songCode, String title, Iswc iswc, List<MlcWriter> writers,
                      List<MlcPublisher> publishers) {

    public MlcWork {
        Objects.requireNonNull(songCode, "songCode");
        writers = List.copyOf(writers);
        publishers = List.copyOf(publishers);
    }
}
