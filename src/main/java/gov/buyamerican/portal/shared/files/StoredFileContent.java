package gov.buyamerican.portal.shared.files;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.util.Objects;

/**
 * A stored file with its bytes, read back and checked against its SHA-256.
 *
 * @param file    the metadata
 * @param content the bytes (the array is the caller's: not copied)
 */
public record StoredFileContent(StoredFile file, byte[] content) {

    public StoredFileContent {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(content, "content");
    }

    public InputStream inputStream() {
        return new ByteArrayInputStream(content);
    }
}
