package com.scoutdesk.integration.mlc.dto;

import java.util.List;

/** {@code GET /work/id/{mlcSongCode}}: a musical work with its writers and publishers. */
public record WorkDto(String mlcSongCode, String primaryTitle, String iswc, List<WriterDto> writers,
                      List<PublisherDto> publishers) {
}
