package com.scoutdesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code leads export} and {@code leads import FILE [--yes]} through the real composition root on the sample
 * workspace: the preview applies nothing, --yes applies, a second import finds nothing to do.
 */
class LeadsCommandLineTest {

    @TempDir
    Path dir;

    private String[] run(String... args) {
        return InProcessCommands.run(dir, Map.of(), args);
    }

    @Test
    void aLeadListGoesOutComesBackEditedAndIsAppliedOnlyWithYes() throws Exception {
        assertThat(run("sample")[0]).isEqualTo("0");
        Path file = dir.resolve("leads.csv");
        String[] exported = run("leads", "export", "--out", file.toString());
        assertThat(exported[0]).as(exported[2]).isEqualTo("0");
        assertThat(exported[1]).contains("Wrote 1032 leads");

        List<CSVRecord> rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(Files.readString(file, StandardCharsets.UTF_8))).getRecords();
        List<String> header = rows.get(0).getParser().getHeaderNames();
        StringWriter out = new StringWriter();
        try (CSVPrinter p = new CSVPrinter(out, CSVFormat.EXCEL)) {
            p.printRecord(header);
            for (int i = 0; i < rows.size(); i++) {
                List<String> cells = new ArrayList<>(rows.get(i).toList());
                if (i == 0) {
                    cells.set(header.indexOf("Notes"), "Beyoncé – naïve, \"maybe\"");
                } else if (i == 1) {
                    cells.set(header.indexOf("Stage"), "sometime");
                }
                p.printRecord(cells);
            }
        }
        Files.writeString(file, out.toString(), StandardCharsets.UTF_8);

        String[] preview = run("leads", "import", file.toString());
        assertThat(preview[0]).as(preview[2]).isEqualTo("0");
        assertThat(preview[1]).contains("1 to change", "1 bad", "line 2", "Beyoncé – naïve, \"maybe\"",
                "line 3  'sometime' is not a stage", "Nothing was applied. Run again with --yes");

        String[] applied = run("leads", "import", file.toString(), "--yes");
        assertThat(applied[1]).contains("Applied: 1 leads (0 stages, 1 notes");
        assertThat(run("leads", "import", file.toString())[1]).contains("0 to change", "Nothing to apply.");
    }

    @Test
    void anUnclosedQuoteSaysWhereAndWhatToDo() throws Exception {
        assertThat(run("sample")[0]).isEqualTo("0");
        Path file = dir.resolve("broken.csv");
        Files.writeString(file, "Spotify track id,Notes,Lead check\r\nabc,\"never closed\r\n");
        String[] r = run("leads", "import", file.toString());
        assertThat(r[0]).isEqualTo("1");
        assertThat(r[2]).contains("starts on line 2 is never closed").doesNotContain("Exception");
    }
}
