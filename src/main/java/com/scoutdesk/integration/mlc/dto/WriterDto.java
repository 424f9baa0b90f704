package com.scoutdesk.integration.mlc.dto;

import com.fasterxml.jackson.annotation.JsonProperty;

/** A writer of a work, as {@code GET /work/id/{code}} and {@code POST /search/songcode} list them. */
public record WriterDto(String writerId, String writerFirstName, String writerLastName,
                        @JsonProperty("writerIPI") String writerIpi, String writerRoleCode) {
}
