package com.scoutdesk.ui.tags;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TagChipTest {

    @Test
    void textIsBlackOnLightColoursAndWhiteOnDarkOnes() {
        assertThat(TagChip.textOn("#ffffff")).isEqualTo("#000000");
        assertThat(TagChip.textOn("#ffeb3b")).isEqualTo("#000000");
        assertThat(TagChip.textOn("#1565c0")).isEqualTo("#ffffff");
        assertThat(TagChip.textOn("#000000")).isEqualTo("#ffffff");
    }

    @Test
    void aPickedColourIsWrittenRrggbb() {
        assertThat(TagManagerDialog.hex(javafx.scene.paint.Color.web("#2E7D32"))).isEqualTo("#2e7d32");
    }
}
