package com.scoutdesk.service.audit;

/**
 * What applying an audit file did. Each row counts once: changed if any value was written, kept-manual if a value
 * differed but a scout had set it by hand and nothing else changed, unchanged otherwise.
 *
 * @param isrcsWritten       ISRCs written
 * @param popularityWritten  popularity values written
 * @param manualValuesKept   differing values not written because a scout set them by hand
 */
public record ApplyReport(MetadataCounts before, MetadataCounts after, int rows, int changed, int unchanged,
                          int keptManual, int isrcsWritten, int popularityWritten, int manualValuesKept) {
}
