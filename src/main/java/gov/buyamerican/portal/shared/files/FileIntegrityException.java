package gov.buyamerican.portal.shared.files;

/**
 * A stored file's bytes no longer match the SHA-256 recorded when it was uploaded: it was changed in the database
 * after upload (or the storage is damaged). The file is not handed out.
 */
public class FileIntegrityException extends RuntimeException {

    private final long fileId;

    public FileIntegrityException(long fileId, String fileName) {
        super("The stored file \u201c" + fileName + "\u201d (id " + fileId + ") does not match the checksum recorded at "
                + "upload: it was changed afterwards. It is not shown; ask an administrator to restore it from a backup.");
        this.fileId = fileId;
    }

    public long fileId() {
        return fileId;
    }
}
