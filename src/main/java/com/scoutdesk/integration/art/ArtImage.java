package com.scoutdesk.integration.art;

import java.util.Objects;

/**
 * An image as the host sent it, checked to be a JPEG or PNG of acceptable size.
 *
 * @param bytes       the file's bytes; not copied, so do not change them
 * @param contentType {@code image/jpeg} or {@code image/png}
 */
public record ArtImage(byte[] bytes, String contentType) {

    public ArtImage {
        Objects.requireNonNull(bytes, "bytes");
        Objects.requireNonNull(contentType, "contentType");
    }
}
