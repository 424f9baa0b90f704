package com.scoutdesk.scoring;

/**
 * The result of reading a label line.
 *
 * @param pathway the release pathway; {@link ReleasePathway#UNKNOWN} when the label was blank or unrecognised
 * @param matched what matched: a list entry ("Columbia"), an artist name, or a generic self-release name;
 *                null when nothing matched
 * @param label   the label as given, null when there was none
 */
public record LabelClassification(ReleasePathway pathway, String matched, String label) {

    /** Whether a label was given at all (an unrecognised label is given but still UNKNOWN). */
    public boolean hasLabel() {
        return label != null && !label.isBlank();
    }
}
