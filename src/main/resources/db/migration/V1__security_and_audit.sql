-- Users, roles, login tracking and the append-only audit trail.
-- Instants are DATETIME(6) in UTC; every editable record carries a version for optimistic locking.

CREATE TABLE app_user (
    id                   BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    username             VARCHAR(64)  NOT NULL,
    display_name         VARCHAR(200) NOT NULL,
    email                VARCHAR(254) NULL,
    password_hash        VARCHAR(200) NOT NULL,
    enabled              BOOLEAN      NOT NULL DEFAULT TRUE,
    -- approver authority (FAR 25.103 / 25.104 / 25.106): CONTRACTING_OFFICER, HEAD_OF_CONTRACTING_ACTIVITY, AGENCY_HEAD
    authority_level      VARCHAR(40)  NULL,
    must_change_password BOOLEAN      NOT NULL DEFAULT FALSE,
    locked_until         DATETIME(6)  NULL,
    last_login_at        DATETIME(6)  NULL,
    created_at           DATETIME(6)  NOT NULL,
    updated_at           DATETIME(6)  NOT NULL,
    version              INT          NOT NULL DEFAULT 0,
    CONSTRAINT uq_app_user_username UNIQUE (username)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE user_role (
    user_id BIGINT      NOT NULL,
    role    VARCHAR(20) NOT NULL,
    PRIMARY KEY (user_id, role),
    CONSTRAINT fk_user_role_user FOREIGN KEY (user_id) REFERENCES app_user (id) ON DELETE CASCADE,
    CONSTRAINT ck_user_role_role CHECK (role IN ('ADMIN', 'STAFF', 'APPROVER', 'REPORTS', 'AUDITOR'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Failed logins inside the lockout window, by user name as typed (also for unknown names).
CREATE TABLE login_failure (
    id           BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    username     VARCHAR(64) NOT NULL,
    attempted_at DATETIME(6) NOT NULL,
    remote_addr  VARCHAR(64) NULL,
    INDEX ix_login_failure_user_time (username, attempted_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Append-only audit trail. Each entry is chained to the previous one by SHA-256 (entry_hash covers
-- prev_hash and the entry's own fields), so an edit made directly in the database is detectable.
CREATE TABLE audit_event (
    id          BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    occurred_at DATETIME(6)  NOT NULL,
    actor       VARCHAR(64)  NOT NULL,
    action      VARCHAR(60)  NOT NULL,
    entity_type VARCHAR(60)  NOT NULL,
    entity_id   VARCHAR(64)  NULL,
    summary     VARCHAR(1000) NOT NULL,
    before_json LONGTEXT     NULL,
    after_json  LONGTEXT     NULL,
    remote_addr VARCHAR(64)  NULL,
    prev_hash   CHAR(64)     NOT NULL,
    entry_hash  CHAR(64)     NOT NULL,
    INDEX ix_audit_time (occurred_at),
    INDEX ix_audit_entity (entity_type, entity_id, id),
    INDEX ix_audit_actor (actor, id),
    INDEX ix_audit_action (action, id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Single row that serialises appends to the chain (SELECT ... FOR UPDATE).
CREATE TABLE audit_chain_head (
    id        TINYINT  NOT NULL PRIMARY KEY,
    last_id   BIGINT   NOT NULL,
    last_hash CHAR(64) NOT NULL,
    CONSTRAINT ck_audit_chain_head_single CHECK (id = 1)
) ENGINE = InnoDB;

INSERT INTO audit_chain_head (id, last_id, last_hash)
VALUES (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');
