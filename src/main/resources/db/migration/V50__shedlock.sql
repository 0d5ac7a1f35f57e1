-- Scheduled jobs (waiver expiry, attestation expiry) run once per period even when several application instances
-- share this database: ShedLock keeps one row per job name, and an instance runs the job only when it can move
-- lock_until forward (see docs/operations.md). Times are the database server's UTC time (ShedLock's usingDbTime).
CREATE TABLE shedlock (
    name       VARCHAR(64)  NOT NULL PRIMARY KEY,
    lock_until TIMESTAMP(3) NOT NULL,
    locked_at  TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    locked_by  VARCHAR(255) NOT NULL
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
