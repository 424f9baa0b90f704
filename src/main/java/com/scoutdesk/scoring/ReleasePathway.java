package com.scoutdesk.scoring;

/**
 * How a release reached Spotify, read from its label line. The order of the constants is not meaningful;
 * {@link LabelClassifier} decides which reading wins when a label line names several parties.
 */
public enum ReleasePathway {
    /** One of the three majors or one of their frontline labels (Columbia, Interscope, Atlantic ...). */
    MAJOR,
    /** Distributed or serviced by a major-owned company (The Orchard, AWAL, Ingrooves ...). */
    MAJOR_DISTRIBUTED,
    /** A known independent label: a deal exists, but not with a major. */
    INDIE_LABEL,
    /** A do-it-yourself distributor that anyone can upload through (DistroKid, TuneCore ...). */
    DIY_DISTRIBUTOR,
    /** The artist's own name, "<artist> Records", or a generic self-release name such as DistroKid's "Records DK". */
    VANITY,
    /** No label, or a label on none of our lists: adds nothing to the score. */
    UNKNOWN
}
