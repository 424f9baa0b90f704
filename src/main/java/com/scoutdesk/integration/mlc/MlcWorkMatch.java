package com.scoutdesk.integration.mlc;

import com.scoutdesk.model.id.Iswc;

/** A work found by title and writers; its publishers come with {@link MlcClient#work(String)}. */
public record MlcWorkMatch(String songCode, String title, Iswc iswc) {
}
