-- Evidence documents (attestations, waivers, reference values): the bytes in the database with their SHA-256, so
-- that a backup of the database is a backup of the evidence and a changed byte is detected on reading.
-- A stored file is never edited: a correction is a new file. The owning module decides when one may be deleted.

CREATE TABLE stored_file (
    id           BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    -- the kind of record the file belongs to (e.g. ATTESTATION, WAIVER) and that record's id
    owner_type   VARCHAR(40)  NOT NULL,
    owner_id     BIGINT       NOT NULL,
    -- the name the uploader's browser gave, without any folder part
    file_name    VARCHAR(255) NOT NULL,
    -- the type detected from the bytes (application/pdf, image/png, image/jpeg), never the declared one
    content_type VARCHAR(100) NOT NULL,
    size_bytes   BIGINT       NOT NULL,
    sha256       CHAR(64)     NOT NULL,
    content      LONGBLOB     NOT NULL,
    uploaded_by  VARCHAR(64)  NOT NULL,
    uploaded_at  DATETIME(6)  NOT NULL,
    INDEX ix_stored_file_owner (owner_type, owner_id, id),
    CONSTRAINT ck_stored_file_size CHECK (size_bytes > 0),
    CONSTRAINT ck_stored_file_sha256 CHECK (sha256 REGEXP '^[0-9a-f]{64}$')
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
