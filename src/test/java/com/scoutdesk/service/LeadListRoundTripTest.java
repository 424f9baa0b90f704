package com.scoutdesk.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.scoutdesk.model.Credit;
import com.scoutdesk.model.CreditRole;
import com.scoutdesk.model.FieldProvenance;
import com.scoutdesk.model.LeadStage;
import com.scoutdesk.model.Person;
import com.scoutdesk.model.Track;
import com.scoutdesk.service.export.CsvOptions;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A lead list goes out as CSV, is edited the way a spreadsheet edits it, and comes back: the edits are applied, bad
 * rows are reported by line, changes made in ScoutDesk since the export are never overwritten, and nothing else
 * changes. Over a real H2 workspace.
 */
class LeadListRoundTripTest extends WorkspaceFixture {

    static final String NEON = "S000000000000000000001";
    static final String GLASS = "S000000000000000000002";
    static final String PAPER = "S000000000000000000003";
    static final String QUIET = "S000000000000000000004";

    ContactService contacts;
    ExportService export;
    LeadListImportService leads;
    Map<String, Long> ids = new TreeMap<>();
    long ana;

    @BeforeEach
    void open() {
        ids.put(NEON, openWithOneTrack());
        contacts = new ContactService(db, clock);
        export = new DatabaseExportService(db, clock);
        leads = new LeadListImportService(db, clock);
        ids.put(GLASS, addTrack(GLASS, "Glass Harbour"));
        ids.put(PAPER, addTrack(PAPER, "Paper Moons"));
        ids.put(QUIET, addTrack(QUIET, "Quiet Engine"));
        ana = db.write(em -> {
            Track neon = em.find(Track.class, ids.get(NEON));
            neon.setLabel("Night Owl Records");
            em.persist(new FieldProvenance(new FieldProvenance.Key(neon.getId(), "label"), "spotify-web-api", 2,
                    NOW.minus(Duration.ofDays(3)), false));
            Person a = person(em, "Ana Ruiz");
            credit(em, neon, a);
            credit(em, em.find(Track.class, ids.get(GLASS)), person(em, "Ben Osei"));
            return a.getId();
        });
        contacts.add(new ContactDraft(ana, "Ana Ruiz", "ana@old.example", null, null, null, null));
        tracks.setTags(ids.get(NEON), List.of("demo", "unsigned"));
        tracks.setTags(ids.get(PAPER), List.of("hot"));
        tracks.setNotes(ids.get(PAPER), "keep an eye");
        tracks.setNotes(ids.get(QUIET), "=2*3 streams a day");
        tracks.setStage(ids.get(QUIET), LeadStage.WATCHING);
    }

    @Test
    void theExportCarriesTheKeyTheSourceAndAgeAndNeutralisesFormulas() throws IOException {
        List<CSVRecord> rows = exported();

        CSVRecord neon = row(rows, NEON);
        assertThat(neon.get("Label")).isEqualTo("Night Owl Records");
        assertThat(neon.get("Label source")).isEqualTo("spotify-web-api");
        assertThat(neon.get("Label age (days)")).isEqualTo("3");
        assertThat(neon.get("Tags")).isEqualTo("demo; unsigned");
        assertThat(neon.get("Contact e-mail")).isEqualTo("ana@old.example");
        assertThat(neon.get("Lead check"))
                .matches("v1 s=\\p{XDigit}{8} n=\\p{XDigit}{8} t=\\p{XDigit}{8} c=\\p{XDigit}{8}");
        assertThat(row(rows, QUIET).get("Notes")).isEqualTo("'=2*3 streams a day");
        assertThat(row(rows, QUIET).get("Stage")).isEqualTo("watching");
    }

    @Test
    void spreadsheetEditsComeBackAndNothingElseChanges() throws IOException {
        List<CSVRecord> rows = exported();
        Map<String, String> before = snapshot();
        String edited = edit(rows, Map.of(
                NEON, Map.of("Notes", "He said \"maybe\", call back Tuesday, after 6", "Tags", "demo; Priority",
                        "Contact e-mail", "ana@new.example"),
                GLASS, Map.of("Notes", "Beyoncé – naïve", "Stage", "contacted"),
                PAPER, Map.of("Notes", "=1+1")));

        LeadListPreview preview = leads.preview("leads.csv", edited);

        assertThat(preview.badRows()).isEmpty();
        assertThat(preview.conflicts()).isEmpty();
        assertThat(preview.changes()).extracting(LeadListChange::spotifyId).containsExactlyInAnyOrder(NEON, GLASS,
                PAPER);
        assertThat(preview.unchanged()).isEqualTo(1); // QUIET: its '=2*3 note came back as it went out
        assertThat(preview.ignoredColumns()).contains("Track", "Label", "Label source");
        assertThat(change(preview, NEON).fields()).containsExactlyInAnyOrder(
                new LeadListChange.Field("Notes", "", "He said \"maybe\", call back Tuesday, after 6"),
                new LeadListChange.Field("Tags", "demo; unsigned", "demo; Priority"),
                new LeadListChange.Field("Contact", "Ana Ruiz \u00b7 ana@old.example",
                        "Ana Ruiz \u00b7 ana@new.example"));
        assertThat(snapshot()).as("a preview writes nothing").isEqualTo(before);

        LeadListApplied applied = leads.apply(preview);

        assertThat(applied).isEqualTo(new LeadListApplied(3, 1, 3, 1, 1));
        Map<String, String> expected = new TreeMap<>(before);
        expected.put(NEON + " notes", "He said \"maybe\", call back Tuesday, after 6");
        expected.put(NEON + " tags", "[demo, Priority]");
        expected.put(GLASS + " notes", "Beyoncé – naïve");
        expected.put(GLASS + " stage", "CONTACTED");
        expected.put(PAPER + " notes", "=1+1");
        expected.put("contact Ana Ruiz", "ana@old.example".replace("old", "new"));
        Map<String, String> after = snapshot();
        assertThat(after.get("tags")).as("one tag created").isIn("[demo, hot, Priority, unsigned]",
                "[Priority, demo, hot, unsigned]");
        expected.put("tags", after.get("tags"));
        after.keySet().removeIf(k -> k.endsWith(" version"));
        expected.keySet().removeIf(k -> k.endsWith(" version"));
        assertThat(after).isEqualTo(expected);
        assertThat(snapshot().get(QUIET + " version")).as("an untouched lead is not written")
                .isEqualTo(before.get(QUIET + " version"));
        List<String> logged = db.read(em -> em.createQuery("select e.message from ActivityEvent e "
                + "where e.kind = 'lead.import'", String.class).getResultList());
        assertThat(logged).singleElement().asString().contains("3 leads changed");

        assertThat(leads.preview("leads.csv", edited).changes()).as("importing the same file again changes nothing")
                .isEmpty();
    }

    @Test
    void badRowsAreReportedByTheirLineAndTheGoodRowsStillApply() throws IOException {
        List<CSVRecord> rows = exported();
        String edited = edit(rows, Map.of(NEON, Map.of("Notes", "line one\nline two\nline three"),
                GLASS, Map.of("Stage", "maybe later"),
                PAPER, Map.of("Contact name", "Pat Per", "Contact e-mail", "paper at example"),
                QUIET, Map.of("Spotify track id", "S0000000000000000000ZZ")));
        edited = edited + "S000000000000000000001,only,three\r\n";
        List<Integer> lines = lineOf(edited, GLASS, PAPER, "S0000000000000000000ZZ", "only,three");

        LeadListPreview preview = leads.preview("leads.csv", edited);

        assertThat(preview.badRows()).extracting(LeadListProblem::line).containsExactlyElementsOf(lines);
        assertThat(preview.badRows().get(0).message()).contains("'maybe later' is not a stage", "contacted");
        assertThat(preview.badRows().get(1).message()).contains("does not look like an email address");
        assertThat(preview.badRows().get(2).message()).contains("No track in this workspace");
        assertThat(preview.badRows().get(3).message()).contains("3 cells where the header has");
        assertThat(preview.changes()).extracting(LeadListChange::spotifyId).containsExactly(NEON);

        leads.apply(preview);
        assertThat(tracks.lead(ids.get(NEON)).notes()).isEqualTo("line one\nline two\nline three");
        assertThat(tracks.lead(ids.get(GLASS)).stage()).isEqualTo(LeadStage.NEW);
    }

    @Test
    void aChangeMadeInTheAppSinceTheExportIsReportedNotOverwritten() throws IOException {
        List<CSVRecord> rows = exported();
        tracks.setNotes(ids.get(NEON), "Changed in the app after the export");
        tracks.setNotes(ids.get(PAPER), "Also changed in the app");
        String edited = edit(rows, Map.of(NEON, Map.of("Notes", "Edited in the spreadsheet"),
                GLASS, Map.of("Stage", "passed")));

        LeadListPreview preview = leads.preview("leads.csv", edited);

        assertThat(preview.conflicts()).singleElement().satisfies(c -> {
            assertThat(c.spotifyId()).isEqualTo(NEON);
            assertThat(c.message()).contains("notes changed in ScoutDesk after the export");
        });
        assertThat(preview.keptNewer()).as("PAPER: not edited in the file, newer in the app").isEqualTo(1);
        leads.apply(preview);
        assertThat(tracks.lead(ids.get(NEON)).notes()).isEqualTo("Changed in the app after the export");
        assertThat(tracks.lead(ids.get(PAPER)).notes()).isEqualTo("Also changed in the app");
        assertThat(tracks.lead(ids.get(GLASS)).stage()).isEqualTo(LeadStage.PASSED);
    }

    @Test
    void nothingIsAppliedWithoutConfirmationNorWhenTheWorkspaceChangedSinceThePreview() throws IOException {
        List<CSVRecord> rows = exported();
        Map<String, String> before = snapshot();
        LeadListPreview preview = leads.preview("leads.csv", edit(rows, Map.of(
                NEON, Map.of("Notes", "first"), GLASS, Map.of("Notes", "second"))));
        assertThat(snapshot()).isEqualTo(before);

        tracks.setNotes(ids.get(GLASS), "typed in the drawer meanwhile");
        Map<String, String> meanwhile = snapshot();

        assertThatThrownBy(() -> leads.apply(preview)).isInstanceOf(UseCaseException.class)
                .hasMessageContaining("preview the file again");
        assertThat(snapshot()).as("all or nothing: not even the first row").isEqualTo(meanwhile);
    }

    @Test
    void aLeadWithoutAContactGetsOneOnItsCreditedPersonAndATrackWithoutCreditsCannot() throws IOException {
        List<CSVRecord> rows = exported();
        String edited = edit(rows, Map.of(
                GLASS, Map.of("Contact name", "Ben Osei", "Contact e-mail", "ben@example.com"),
                QUIET, Map.of("Contact name", "Nobody", "Contact e-mail", "nobody@example.com")));

        LeadListPreview preview = leads.preview("leads.csv", edited);

        assertThat(preview.badRows()).singleElement().satisfies(b -> {
            assertThat(b.spotifyId()).isEqualTo(QUIET);
            assertThat(b.message()).contains("no credited person");
        });
        leads.apply(preview);
        assertThat(contacts.list()).extracting(ContactDetails::displayName, ContactDetails::email)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("Ana Ruiz", "ana@old.example"),
                        org.assertj.core.groups.Tuple.tuple("Ben Osei", "ben@example.com"));
        assertThat(contacts.list()).filteredOn(c -> c.displayName().equals("Ben Osei")).singleElement()
                .satisfies(c -> assertThat(c.personId()).isNotNull());
    }

    @Test
    void aFileThatIsNotALeadListIsRefusedWithWhatToDo() {
        assertThatThrownBy(() -> leads.preview("x.csv", "Track,Notes\r\nA,b\r\n"))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("Spotify track id");
    }

    private List<CSVRecord> exported() throws IOException {
        Path file = dir.resolve("leads.csv");
        export.export(ExportScope.of(TrackFilter.all()), ExportGranularity.TRACK, ExportColumn.LEAD_LIST, file,
                CsvOptions.excel(), ExportListener.NONE);
        String text = Files.readString(file, StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFF");
        return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(text.substring(1))).getRecords();
    }

    /** The rows written back as a spreadsheet saves them: its own quoting, the edited cells, no byte order mark. */
    private static String edit(List<CSVRecord> rows, Map<String, Map<String, String>> edits) throws IOException {
        StringWriter out = new StringWriter();
        List<String> header = rows.get(0).getParser().getHeaderNames();
        try (CSVPrinter p = new CSVPrinter(out, CSVFormat.EXCEL)) {
            p.printRecord(header);
            for (CSVRecord r : rows) {
                Map<String, String> cells = edits.getOrDefault(r.get("Spotify track id"), Map.of());
                List<String> values = new ArrayList<>();
                for (String h : header) {
                    values.add(cells.getOrDefault(h, r.get(h)));
                }
                p.printRecord(values);
            }
        }
        return out.toString();
    }

    private static List<Integer> lineOf(String text, String... needles) {
        List<Integer> lines = new ArrayList<>();
        String[] all = text.split("\r\n|\n", -1);
        for (String needle : needles) {
            for (int i = 0; i < all.length; i++) {
                if (all[i].contains(needle)) {
                    lines.add(i + 1);
                    break;
                }
            }
        }
        return lines;
    }

    private static CSVRecord row(List<CSVRecord> rows, String spotifyId) {
        return rows.stream().filter(r -> r.get("Spotify track id").equals(spotifyId)).findFirst().orElseThrow();
    }

    private static LeadListChange change(LeadListPreview preview, String spotifyId) {
        return preview.changes().stream().filter(c -> c.spotifyId().equals(spotifyId)).findFirst().orElseThrow();
    }

    /** Every track's stored lead and catalogue values, and every contact, as text. */
    private Map<String, String> snapshot() {
        return db.read(em -> {
            Map<String, String> out = new TreeMap<>();
            for (Track t : em.createQuery("select t from Track t", Track.class).getResultList()) {
                String k = t.getSpotifyId();
                out.put(k + " name", t.getName());
                out.put(k + " label", String.valueOf(t.getLabel()));
                out.put(k + " stage", String.valueOf(t.getLeadStage()));
                out.put(k + " notes", String.valueOf(t.getNotes()));
                out.put(k + " tags", t.getTags().stream().map(g -> g.getName()).sorted(String.CASE_INSENSITIVE_ORDER)
                        .toList().toString());
                out.put(k + " version", String.valueOf(t.getUpdatedAt()) + "/" + version(em, t.getId()));
            }
            em.createQuery("select c.displayName, c.email from Contact c", Object[].class).getResultList()
                    .forEach(c -> out.put("contact " + c[0], String.valueOf(c[1])));
            out.put("tags", em.createQuery("select g.name from Tag g order by g.name", String.class).getResultList()
                    .toString());
            return out;
        });
    }

    private static long version(jakarta.persistence.EntityManager em, long id) {
        return ((Number) em.createNativeQuery("select version from track where id = ?1").setParameter(1, id)
                .getSingleResult()).longValue();
    }

    private static Person person(jakarta.persistence.EntityManager em, String name) {
        Person p = new Person();
        p.setName(name);
        em.persist(p);
        return p;
    }

    private static void credit(jakarta.persistence.EntityManager em, Track track, Person person) {
        Credit c = new Credit();
        c.setTrack(track);
        c.setPerson(person);
        c.setRole(CreditRole.WRITER);
        c.setSource("test");
        c.setFetchedAt(NOW);
        em.persist(c);
    }
}
