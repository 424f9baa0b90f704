package com.scoutdesk.cli;

import picocli.CommandLine.Command;

/** {@code scoutdesk leads ...}: lead lists that go to a spreadsheet and come back edited. */
@Command(name = "leads", description = "Export a lead list to edit in a spreadsheet, and import the edited file.",
        subcommands = {LeadsExportCommand.class, LeadsImportCommand.class})
final class LeadsCommand {
}
