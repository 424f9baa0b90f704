package com.scoutdesk.integration.mlc.dto;

import java.util.List;

/**
 * A publisher of a work, with the companies that administer it and its parents (same shape, nested).
 * {@code collectionShare} is the percentage it collects (0..100), a JSON number.
 */
public record PublisherDto(String publisherId, String publisherName, String publisherIpiNumber,
                           String publisherRoleCode, Double collectionShare, String mlcPublisherNumber,
                           List<PublisherDto> administrators, List<PublisherDto> parentPublishers) {
}
