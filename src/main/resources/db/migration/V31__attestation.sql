-- Origin attestations (issue 4): a vendor's signed statement about one product, its component list, the result the
-- portal computed when it was submitted (so that it can be checked later even after thresholds change), and the
-- one-time invitation links vendors use to attest without a staff account.

CREATE TABLE attestation (
    id                          BIGINT         NOT NULL AUTO_INCREMENT PRIMARY KEY,
    product_id                  BIGINT         NOT NULL,
    -- 1, 2, 3 ... per product
    version_no                  INT            NOT NULL,
    -- the attestation this one corrects (it becomes SUPERSEDED when this one is submitted or verified)
    corrects_id                 BIGINT         NULL,
    superseded_by_id            BIGINT         NULL,
    status                      VARCHAR(20)    NOT NULL,
    -- STAFF (entered by a staff user) or VENDOR (through an invitation link)
    source                      VARCHAR(10)    NOT NULL,
    invitation_id               BIGINT         NULL,
    place_country               CHAR(2)        NULL,
    place_state                 VARCHAR(100)   NULL,
    place_city                  VARCHAR(100)   NULL,
    place_facility              VARCHAR(200)   NULL,
    delivery_year               INT            NULL,
    fallback_condition          BOOLEAN        NOT NULL DEFAULT FALSE,
    signer_name                 VARCHAR(200)   NULL,
    signer_title                VARCHAR(200)   NULL,
    signer_email                VARCHAR(254)   NULL,
    certification_version       VARCHAR(40)    NULL,
    certification_text          TEXT           NULL,
    signed_at                   DATETIME(6)    NULL,
    entered_by                  VARCHAR(64)    NOT NULL,
    submitted_at                DATETIME(6)    NULL,
    verified_by                 VARCHAR(64)    NULL,
    verified_at                 DATETIME(6)    NULL,
    rejected_by                 VARCHAR(64)    NULL,
    rejected_at                 DATETIME(6)    NULL,
    rejection_reason            VARCHAR(1000)  NULL,
    valid_until                 DATE           NULL,
    closed_at                   DATETIME(6)    NULL,
    -- the result computed at submission, with the numbers it used
    result_classification       VARCHAR(10)    NULL,
    result_rule                 VARCHAR(30)    NULL,
    result_threshold_percent    DECIMAL(9, 4)  NULL,
    result_threshold_comparison VARCHAR(30)    NULL,
    result_total_cost           DECIMAL(19, 4) NULL,
    result_domestic_cost        DECIMAL(19, 4) NULL,
    result_domestic_share       DECIMAL(9, 2)  NULL,
    result_foreign_iron_steel_share DECIMAL(9, 2) NULL,
    result_explanation          VARCHAR(2000)  NULL,
    result_parameters           VARCHAR(500)   NULL,
    created_at                  DATETIME(6)    NOT NULL,
    updated_at                  DATETIME(6)    NOT NULL,
    version                     INT            NOT NULL DEFAULT 0,
    CONSTRAINT fk_attestation_product FOREIGN KEY (product_id) REFERENCES product (id),
    CONSTRAINT fk_attestation_corrects FOREIGN KEY (corrects_id) REFERENCES attestation (id),
    CONSTRAINT fk_attestation_superseded_by FOREIGN KEY (superseded_by_id) REFERENCES attestation (id),
    CONSTRAINT uq_attestation_version UNIQUE (product_id, version_no),
    CONSTRAINT ck_attestation_status CHECK (status IN ('DRAFT', 'SUBMITTED', 'VERIFIED', 'REJECTED', 'SUPERSEDED', 'EXPIRED')),
    CONSTRAINT ck_attestation_source CHECK (source IN ('STAFF', 'VENDOR')),
    INDEX ix_attestation_status_valid (status, valid_until),
    INDEX ix_attestation_product (product_id, status)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE attestation_component (
    id                 BIGINT         NOT NULL AUTO_INCREMENT PRIMARY KEY,
    attestation_id     BIGINT         NOT NULL,
    line_no            INT            NOT NULL,
    name               VARCHAR(200)   NULL,
    supplier           VARCHAR(200)   NULL,
    cost               DECIMAL(19, 4) NULL,
    cost_basis         VARCHAR(10)    NULL,
    origin             VARCHAR(10)    NULL,
    country_of_origin  CHAR(2)        NULL,
    iron_steel_share   DECIMAL(9, 4)  NOT NULL DEFAULT 0,
    cots_fastener      BOOLEAN        NOT NULL DEFAULT FALSE,
    nonavailable_class BOOLEAN        NOT NULL DEFAULT FALSE,
    us_scrap           BOOLEAN        NOT NULL DEFAULT FALSE,
    CONSTRAINT fk_attestation_component FOREIGN KEY (attestation_id) REFERENCES attestation (id) ON DELETE CASCADE,
    CONSTRAINT uq_attestation_component_line UNIQUE (attestation_id, line_no)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A one-time link for a vendor contact to attest one product. Only the SHA-256 of the token is stored.
CREATE TABLE attestation_invitation (
    id              BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    product_id      BIGINT        NOT NULL,
    contact_name    VARCHAR(200)  NOT NULL,
    contact_email   VARCHAR(254)  NOT NULL,
    token_sha256    CHAR(64)      NOT NULL,
    created_by      VARCHAR(64)   NOT NULL,
    created_at      DATETIME(6)   NOT NULL,
    expires_at      DATETIME(6)   NOT NULL,
    used_at         DATETIME(6)   NULL,
    attestation_id  BIGINT        NULL,
    emailed         BOOLEAN       NOT NULL DEFAULT FALSE,
    version         INT           NOT NULL DEFAULT 0,
    CONSTRAINT fk_invitation_product FOREIGN KEY (product_id) REFERENCES product (id),
    CONSTRAINT fk_invitation_attestation FOREIGN KEY (attestation_id) REFERENCES attestation (id),
    CONSTRAINT uq_invitation_token UNIQUE (token_sha256),
    CONSTRAINT ck_invitation_token CHECK (token_sha256 REGEXP '^[0-9a-f]{64}$'),
    INDEX ix_invitation_product (product_id, created_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

ALTER TABLE attestation ADD CONSTRAINT fk_attestation_invitation FOREIGN KEY (invitation_id)
    REFERENCES attestation_invitation (id);
