package com.scoutdesk.integration.mlc.dto;

import java.util.List;

/** One hit of {@code POST /search/songcode} (capital S in {@code mlcSongCode} here). */
public record WorkMatchDto(String iswc, String mlcSongCode, String workTitle, List<WriterDto> writers) {
}
