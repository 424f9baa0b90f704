package com.scoutdesk.enrichment.stages;

import static org.assertj.core.api.Assertions.assertThat;

import com.scoutdesk.model.CreditRole;
import org.junit.jupiter.api.Test;

/** What the title-and-writer search asks by, and how The MLC's writers become credits. */
class MlcWorkSearchTest {

    @Test
    void theWorkTitleDropsWhatVersionsAndFeaturesAdd() {
        assertThat(MlcWorkSearch.workTitle("Paper Summer (feat. Jo Penn)")).isEqualTo("Paper Summer");
        assertThat(MlcWorkSearch.workTitle("Paper Summer - 2024 Remaster")).isEqualTo("Paper Summer");
        assertThat(MlcWorkSearch.workTitle("Paper Summer [Night Owl Remix]")).isEqualTo("Paper Summer");
        assertThat(MlcWorkSearch.workTitle("Love (Is a Verb)")).as("a bracket that is part of the title stays")
                .isEqualTo("Love (Is a Verb)");
        assertThat(MlcWorkSearch.workTitle("Up - Down")).isEqualTo("Up - Down");
    }

    @Test
    void capitalisedNamesReadAsOtherSourcesWriteThem() {
        assertThat(MlcWorkSearch.displayName("MARA VELL")).isEqualTo("Mara Vell");
        assertThat(MlcWorkSearch.displayName("JEAN-LUC O'BRIEN")).isEqualTo("Jean-Luc O'brien");
        assertThat(MlcWorkSearch.displayName("Mara McVell")).isEqualTo("Mara McVell");
    }

    @Test
    void writerRoleCodesMapToCreditRoles() {
        assertThat(MlcWorkSearch.role("C")).isEqualTo(CreditRole.COMPOSER);
        assertThat(MlcWorkSearch.role("A")).isEqualTo(CreditRole.LYRICIST);
        assertThat(MlcWorkSearch.role("CA")).isEqualTo(CreditRole.WRITER);
        assertThat(MlcWorkSearch.role(null)).isEqualTo(CreditRole.WRITER);
    }
}
