package com.scoutdesk.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class ResidentMemoryTest {

    private static final List<String> STATUS = List.of("Name:\tjava", "VmPeak:\t 9000000 kB", "VmHWM:\t  812345 kB",
            "VmRSS:\t  654321 kB", "Threads:\t42");

    @Test
    void readsTheFieldInKilobytesAsBytes() {
        assertThat(ResidentMemory.parse(STATUS, "VmRSS")).hasValue(654_321L * 1024);
        assertThat(ResidentMemory.parse(STATUS, "VmHWM")).hasValue(812_345L * 1024);
    }

    @Test
    void aMissingOrGarbledFieldIsEmptyNotZero() {
        assertThat(ResidentMemory.parse(STATUS, "VmSwap")).isEmpty();
        assertThat(ResidentMemory.parse(List.of("VmRSS:\tmany kB"), "VmRSS")).isEmpty();
    }

    @Test
    void theLargerSampleWinsAndAMissingOneIsIgnored() {
        assertThat(ResidentMemory.max(OptionalLong.of(5), OptionalLong.of(7))).hasValue(7);
        assertThat(ResidentMemory.max(OptionalLong.empty(), OptionalLong.of(7))).hasValue(7);
        assertThat(ResidentMemory.max(OptionalLong.of(5), OptionalLong.empty())).hasValue(5);
    }

    @Test
    void thisProcessHasAResidentSizeOnLinux() {
        if (System.getProperty("os.name").toLowerCase().contains("linux")) {
            assertThat(ResidentMemory.now()).isPresent();
            assertThat(ResidentMemory.now().getAsLong()).isGreaterThan(1L << 20);
        }
    }
}
