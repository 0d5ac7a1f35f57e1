package gov.buyamerican.portal.shared.files;

import java.time.Instant;

/**
 * A stored evidence document, without its bytes.
 *
 * @param id          database id
 * @param ownerType   the kind of record it belongs to, e.g. {@code ATTESTATION}
 * @param ownerId     that record's id
 * @param fileName    the cleaned name it was uploaded with
 * @param contentType the media type detected from its bytes
 * @param sizeBytes   its size
 * @param sha256      SHA-256 of its bytes, 64 lower-case hex digits
 * @param uploadedBy  user name of the uploader
 * @param uploadedAt  when it was stored
 */
public record StoredFile(long id, String ownerType, long ownerId, String fileName, String contentType, long sizeBytes,
                         String sha256, String uploadedBy, Instant uploadedAt) {

    /** {@return the detected type as an enum} */
    public FileType type() {
        for (FileType t : FileType.values()) {
            if (t.mediaType().equals(contentType)) {
                return t;
            }
        }
        throw new IllegalStateException("Stored file " + id + " has an unknown content type " + contentType);
    }

    /** {@return e.g. "PDF document, 1.2 MB"} */
    public String description() {
        return type().label() + ", " + UploadCheck.size(sizeBytes);
    }
}
