package com.scoutdesk.cli;

import picocli.CommandLine.IVersionProvider;

/** The version from the jar's manifest ("dev" when run from classes). */
final class VersionProvider implements IVersionProvider {
    @Override
    public String[] getVersion() {
        String v = ScoutDeskCommand.class.getPackage().getImplementationVersion();
        return new String[] {"ScoutDesk " + (v == null ? "dev" : v), "Java " + System.getProperty("java.version")};
    }
}
