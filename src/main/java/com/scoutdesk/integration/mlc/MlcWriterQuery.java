package com.scoutdesk.integration.mlc;

/**
 * A writer to search works by: a last name, a first name or an IPI, at least one of them. The API refuses a search by
 * title alone, so a title search always carries one of these.
 */
public record MlcWriterQuery(String firstName, String lastName, String ipi) {

    public MlcWriterQuery {
        firstName = blankToNull(firstName);
        lastName = blankToNull(lastName);
        ipi = blankToNull(ipi);
        if (firstName == null && lastName == null && ipi == null) {
            throw new IllegalArgumentException("A writer query needs a first name, a last name or an IPI");
        }
    }

    /** "Mara Vell" as first name "Mara", last name "Vell"; a single word is a last name. */
    public static MlcWriterQuery ofName(String fullName) {
        String name = fullName.strip();
        int space = name.lastIndexOf(' ');
        return space < 0 ? new MlcWriterQuery(null, name, null)
                : new MlcWriterQuery(name.substring(0, space).strip(), name.substring(space + 1), null);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
