package gov.buyamerican.portal.shared.files;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Limits of evidence uploads ({@code portal.uploads.*}).
 *
 * @param maxBytes the largest file accepted, in bytes (default 10 MB). The servlet's multipart limits
 *                 ({@code spring.servlet.multipart.max-file-size} and {@code max-request-size}) must be at least this:
 *                 the application refuses to start otherwise.
 */
@ConfigurationProperties("portal.uploads")
public record UploadSettings(@DefaultValue("10485760") long maxBytes) {

    public UploadSettings {
        if (maxBytes < 1) {
            throw new IllegalArgumentException("portal.uploads.max-bytes must be at least 1, was " + maxBytes);
        }
    }
}
