package com.scoutdesk.cli;

import com.scoutdesk.service.LeadListApplied;
import com.scoutdesk.service.LeadListChange;
import com.scoutdesk.service.LeadListPreview;
import com.scoutdesk.service.LeadListProblem;
import java.io.PrintWriter;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code scoutdesk leads import FILE}: shows what an edited lead list would change, the conflicts and the bad rows by
 * line; with {@code --yes} applies the good rows in one transaction.
 */
@Command(name = "import", description = "Preview an edited lead list's changes (stage, tags, notes, contact); "
        + "--yes applies them.")
final class LeadsImportCommand extends WorkspaceCommand {

    @Parameters(paramLabel = "FILE", description = "The lead list written by 'scoutdesk leads export', edited.")
    Path file;

    @Option(names = "--yes", description = "Apply the changes the preview shows (all or nothing).")
    boolean yes;

    @Override
    int run(OpenedWorkspace workspace) {
        var leadLists = workspace.services().leadLists();
        LeadListPreview preview = leadLists.preview(file);
        print(preview, out());
        if (!preview.hasChanges()) {
            out().println("Nothing to apply.");
            return 0;
        }
        if (!yes) {
            out().printf("Nothing was applied. Run again with --yes to apply the %d changed leads.%n",
                    preview.changes().size());
            return 0;
        }
        LeadListApplied done = leadLists.apply(preview);
        out().printf("Applied: %d leads (%d stages, %d notes, %d tags, %d contacts).%n", done.tracks(), done.stages(),
                done.notes(), done.tags(), done.contacts());
        return 0;
    }

    static void print(LeadListPreview preview, PrintWriter out) {
        out.printf("%s: %d rows: %d to change, %d unchanged, %d newer in ScoutDesk (kept), %d conflicts, %d bad.%n",
                TerminalText.escape(preview.fileName()), preview.rows(), preview.changes().size(),
                preview.unchanged(), preview.keptNewer(), preview.conflicts().size(), preview.badRows().size());
        for (LeadListChange c : preview.changes()) {
            out.printf("  line %d  %s%n", c.line(), TerminalText.escape(c.trackName()));
            for (LeadListChange.Field f : c.fields()) {
                out.printf("      %s: \"%s\" -> \"%s\"%n", f.name(), TerminalText.escape(f.before()),
                        TerminalText.escape(f.after()));
            }
        }
        problems("Conflicts (not applied)", preview.conflicts(), out);
        problems("Bad rows (not applied)", preview.badRows(), out);
        if (!preview.ignoredColumns().isEmpty()) {
            out.println("Not read (edits there are ignored): " + TerminalText.escape(String.join(", ",
                    preview.ignoredColumns())));
        }
    }

    private static void problems(String title, java.util.List<LeadListProblem> problems, PrintWriter out) {
        if (!problems.isEmpty()) {
            out.println(title + ":");
            problems.forEach(p -> out.printf("  line %d  %s%n", p.line(), TerminalText.escape(p.message())));
        }
    }
}
