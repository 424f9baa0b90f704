package com.scoutdesk.service.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

class CsvWriterTest {

    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    @Test
    void awkwardTextRoundTrips() throws IOException {
        List<String> header = List.of("name", "note");
        List<List<String>> rows = List.of(
                List.of("Smith, John", "a,b,,c"),
                List.of("The \"Boss\"", "\"\""),
                List.of("two\r\nlines", "unix\nline"),
                List.of("  leading", "trailing  "),
                List.of(" ", "lone\rcr"),
                List.of("Beyoncé", "Sigur Rós"),
                List.of("Ólafur Arnalds", "周杰伦"),
                List.of("Мумий Тролль", "🔥 hot 🔥"),
                List.of("x".repeat(100_000), "end"));

        byte[] csv = write(CsvOptions.defaults(), header, rows);

        List<List<String>> expected = new ArrayList<>();
        expected.add(header);
        expected.addAll(rows);
        assertThat(read(csv)).isEqualTo(expected);
    }

    @Test
    void nullAndEmptyStringBothReadBackAsEmpty() throws IOException {
        byte[] csv = write(CsvOptions.defaults(), List.of("a", "b", "c"), List.of(Arrays.asList(null, "", null)));

        assertThat(read(csv)).containsExactly(List.of("a", "b", "c"), List.of("", "", ""));
    }

    @Test
    void linesEndWithCrlfAndFieldsAreQuotedOnlyWhenNeeded() throws IOException {
        byte[] csv = write(CsvOptions.defaults(), List.of("name", "plays"),
                List.of(List.of("Beyoncé", 12), List.of("a,b", "say \"hi\""), List.of("x\ny", "plain")));

        assertThat(new String(csv, StandardCharsets.UTF_8)).isEqualTo(
                "name,plays\r\nBeyoncé,12\r\n\"a,b\",\"say \"\"hi\"\"\"\r\n\"x\ny\",plain\r\n");
    }

    @Test
    void byteOrderMarkOnlyWhenRequested() throws IOException {
        byte[] withBom = write(CsvOptions.excel(), List.of("name"), List.of(List.of("Beyoncé")));
        byte[] withoutBom = write(CsvOptions.defaults(), List.of("name"), List.of(List.of("Beyoncé")));

        assertThat(Arrays.copyOf(withBom, 3)).isEqualTo(BOM);
        assertThat(Arrays.copyOfRange(withBom, 3, withBom.length)).isEqualTo(withoutBom);
        assertThat(new String(withoutBom, StandardCharsets.UTF_8)).isEqualTo("name\r\nBeyoncé\r\n");
        assertThat(read(withBom)).containsExactly(List.of("name"), List.of("Beyoncé"));
    }

    @Test
    void byteOrderMarkIsWrittenAsCharacterToWriter() throws IOException {
        StringWriter out = new StringWriter();
        try (CsvWriter writer = new CsvWriter(out, CsvOptions.excel())) {
            writer.writeRow(List.of("a"));
        }

        assertThat(out.toString()).isEqualTo("\uFEFFa\r\n");
    }

    @Test
    void dangerousTextIsNeutralisedAndOtherwiseKept() throws IOException {
        List<String> dangerous =
                List.of("=SUM(A1)", "+1", "-1+2", "@cmd", "\tfoo", "\rfoo", "=HYPERLINK(\"http://x\")");

        byte[] csv = write(CsvOptions.defaults(), List.of(), List.of(dangerous));

        assertThat(read(csv)).containsExactly(List.of(
                "'=SUM(A1)", "'+1", "'-1+2", "'@cmd", "'\tfoo", "'\rfoo", "'=HYPERLINK(\"http://x\")"));
    }

    @Test
    void numbersStayNumbersButNumericStringsAreNeutralised() throws IOException {
        List<Object> row = List.of(-12, -12.5, new BigDecimal("-12.50"), -7L, 3, "-5", Double.NEGATIVE_INFINITY);

        byte[] csv = write(CsvOptions.defaults(), List.of(), List.of(row));

        assertThat(new String(csv, StandardCharsets.UTF_8)).isEqualTo("-12,-12.5,-12.50,-7,3,'-5,'-Infinity\r\n");
    }

    @Test
    void safeTextAndOtherObjectsAreUntouched() throws IOException {
        List<Object> row = List.of("Sigur Rós", "a=b", "'already", "1-2", Boolean.TRUE, LocalDate.of(2024, 3, 1));

        byte[] csv = write(CsvOptions.defaults(), List.of(), List.of(row));

        assertThat(read(csv)).containsExactly(List.of("Sigur Rós", "a=b", "'already", "1-2", "true", "2024-03-01"));
    }

    @Test
    void headerIsNeutralisedToo() throws IOException {
        byte[] csv = write(CsvOptions.defaults(), List.of("name", "=cmd"), List.of());

        assertThat(read(csv)).containsExactly(List.of("name", "'=cmd"));
    }

    @Test
    void neutralisationCanBeSwitchedOff() throws IOException {
        List<String> dangerous = List.of("=SUM(A1)", "+1", "-1+2", "@cmd", "\tfoo", "\rfoo", "-5");

        byte[] csv = write(CsvOptions.defaults().withNeutraliseFormulas(false), List.of(), List.of(dangerous));

        assertThat(read(csv)).containsExactly(dangerous);
    }

    @Test
    void countsRowsButNotTheHeader() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (CsvWriter writer = new CsvWriter(out, CsvOptions.defaults())) {
            assertThat(writer.rowsWritten()).isZero();
            writer.writeHeader(List.of("a"));
            writer.writeRow(List.of("1"));
            writer.writeRow(List.of("2"));
            assertThat(writer.rowsWritten()).isEqualTo(2);
        }
    }

    @Test
    void flushPushesTextToTheStream() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (CsvWriter writer = new CsvWriter(out, CsvOptions.defaults())) {
            writer.writeRow(List.of("a", "b"));
            writer.flush();
            assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo("a,b\r\n");
        }
    }

    @Test
    void headerAfterRowsAndWritesAfterCloseAreRejected() throws IOException {
        CsvWriter writer = new CsvWriter(new ByteArrayOutputStream(), CsvOptions.defaults());
        writer.writeRow(List.of("a"));
        assertThatThrownBy(() -> writer.writeHeader(List.of("h"))).isInstanceOf(IllegalStateException.class);

        writer.close();
        writer.close();
        assertThatThrownBy(() -> writer.writeRow(List.of("b"))).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void optionPresets() {
        assertThat(CsvOptions.defaults()).isEqualTo(new CsvOptions(false, true));
        assertThat(CsvOptions.excel()).isEqualTo(new CsvOptions(true, true));
        assertThat(CsvOptions.defaults().lineSeparator()).isEqualTo("\r\n");
    }

    static byte[] write(CsvOptions options, List<String> header, List<? extends List<?>> rows) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (CsvWriter writer = new CsvWriter(out, options)) {
            if (!header.isEmpty()) {
                writer.writeHeader(header);
            }
            for (List<?> row : rows) {
                writer.writeRow(row);
            }
            assertThat(writer.rowsWritten()).isEqualTo(rows.size());
        }
        return out.toByteArray();
    }

    static List<List<String>> read(byte[] csv) throws IOException {
        int start = csv.length >= 3 && Arrays.equals(Arrays.copyOf(csv, 3), BOM) ? 3 : 0;
        String text = new String(csv, start, csv.length - start, StandardCharsets.UTF_8);
        List<List<String>> records = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(text, CSVFormat.RFC4180)) {
            for (CSVRecord record : parser) {
                records.add(record.toList());
            }
        }
        return records;
    }
}
