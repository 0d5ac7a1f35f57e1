-- Waiver requests (FAR 25.103) with the Made in America Office (MIAO) fields, their review workflow,
-- comments, attachments, in-app notifications, and the MIAO public waiver list imported as public records.
-- Instants are DATETIME(6) in UTC; money DECIMAL(19,4); the portal's own waiver rows carry a version
-- for optimistic locking.
--
-- vendor_id and product_id refer to the vendor registry and the product catalog, which are built in
-- other modules: the columns exist without foreign keys until those tables are merged in.

-- One row per calendar year, locked FOR UPDATE while a number is handed out, so that numbers are
-- never duplicated, whichever application instance asks.
CREATE TABLE waiver_number_counter (
    year        INT NOT NULL PRIMARY KEY,
    last_number INT NOT NULL,
    CONSTRAINT ck_waiver_number_counter CHECK (last_number >= 0)
) ENGINE = InnoDB;

CREATE TABLE waiver_request (
    id                             BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    -- PORTAL: a request made in this portal; MIAO_IMPORT: a public record from the MIAO waiver list
    origin                         VARCHAR(12)   NOT NULL,
    waiver_number                  VARCHAR(20)   NULL,     -- W-2026-0042, portal requests only
    miao_id                        VARCHAR(64)   NULL,     -- the MIAO list's _id, imported records only
    waiver_type                    VARCHAR(40)   NULL,
    status                         VARCHAR(20)   NULL,

    -- what is requested
    procurement_title              VARCHAR(500)  NULL,
    item_description               TEXT          NULL,
    quantity                       DECIMAL(19,4) NULL,
    quantity_unit                  VARCHAR(40)   NULL,
    estimated_value                DECIMAL(19,4) NULL,
    delivery_from                  DATE          NULL,
    delivery_to                    DATE          NULL,
    market_research_notes          TEXT          NULL,
    -- FAR 25.103(b): fully and openly competed, synopsized, no domestic offer: no written determination needed
    competed_no_domestic_offer     BOOLEAN       NOT NULL DEFAULT FALSE,

    -- the foreign offer's vendor (text until the vendor registry is merged) and product
    vendor_name                    VARCHAR(300)  NULL,
    vendor_uei                     CHAR(12)      NULL,
    vendor_country                 CHAR(2)       NULL,
    vendor_id                      BIGINT        NULL,
    product_id                     BIGINT        NULL,

    -- Made in America Office fields (the public list's columns)
    contracting_office_agency_id   VARCHAR(20)   NULL,
    contracting_office_agency_name VARCHAR(300)  NULL,
    funding_agency_id              VARCHAR(20)   NULL,
    funding_agency_name            VARCHAR(300)  NULL,
    naics_code                     VARCHAR(20)   NULL,
    naics_title                    VARCHAR(500)  NULL,
    miao_psc_id                    VARCHAR(20)   NULL,
    psc_code                       VARCHAR(20)   NULL,
    psc_name                       VARCHAR(500)  NULL,
    procurement_stage              VARCHAR(20)   NULL,
    procurement_summary            TEXT          NULL,
    sources_sought_or_rfi          BOOLEAN       NULL,
    solicitation_id                VARCHAR(200)  NULL,
    price_preference_included      BOOLEAN       NULL,
    waiver_coverage                VARCHAR(20)   NULL,
    rationale_summary              TEXT          NULL,
    expected_max_duration          VARCHAR(40)   NULL,
    miao_request_status            VARCHAR(20)   NULL,
    omb_determination              VARCHAR(40)   NULL,
    omb_conditions                 TEXT          NULL,
    miao_entry_state               VARCHAR(12)   NULL,
    miao_created_at                DATETIME(6)   NULL,
    miao_modified_at               DATETIME(6)   NULL,

    -- MIAO review of a nonavailability request (OMB M-21-26)
    miao_sent_on                   DATE          NULL,
    miao_due_on                    DATE          NULL,
    miao_review_business_days      INT           NULL,
    miao_determined_on             DATE          NULL,

    -- unreasonable-cost evaluation (FAR 25.106): the inputs and the result computed when it was saved
    cost_lowest_domestic_offer     DECIMAL(19,4) NULL,
    cost_domestic_small_business   BOOLEAN       NULL,
    cost_lowest_foreign_offer      DECIMAL(19,4) NULL,
    cost_factor_large_business     DECIMAL(12,8) NULL,
    cost_factor_small_business     DECIMAL(12,8) NULL,
    cost_factor_applied            DECIMAL(12,8) NULL,
    cost_evaluated_foreign_offer   DECIMAL(30,12) NULL,
    cost_unreasonable              BOOLEAN       NULL,
    cost_factors_effective_from    DATE          NULL,
    cost_factors_citation          VARCHAR(300)  NULL,
    cost_evaluated_on              DATE          NULL,

    -- workflow
    requester                      VARCHAR(64)   NULL,
    requester_name                 VARCHAR(200)  NULL,
    reviewer                       VARCHAR(64)   NULL,
    reviewer_name                  VARCHAR(200)  NULL,
    review_started_at              DATETIME(6)   NULL,
    submitted_at                   DATETIME(6)   NULL,
    first_submitted_at             DATETIME(6)   NULL,
    decided_by                     VARCHAR(64)   NULL,
    decided_by_name                VARCHAR(200)  NULL,
    decided_at                     DATETIME(6)   NULL,
    decision_rationale             TEXT          NULL,
    expires_on                     DATE          NULL,

    -- imported public records
    imported_at                    DATETIME(6)   NULL,
    imported_by                    VARCHAR(64)   NULL,
    import_notes                   TEXT          NULL,
    suspected_test_record          BOOLEAN       NOT NULL DEFAULT FALSE,

    created_at                     DATETIME(6)   NOT NULL,
    updated_at                     DATETIME(6)   NOT NULL,
    version                        INT           NOT NULL DEFAULT 0,

    CONSTRAINT uq_waiver_request_number UNIQUE (waiver_number),
    CONSTRAINT uq_waiver_request_miao_id UNIQUE (miao_id),
    CONSTRAINT ck_waiver_request_origin CHECK (origin IN ('PORTAL', 'MIAO_IMPORT')),
    CONSTRAINT ck_waiver_request_portal CHECK (origin <> 'PORTAL' OR (waiver_number IS NOT NULL
        AND waiver_type IS NOT NULL AND status IS NOT NULL AND requester IS NOT NULL)),
    CONSTRAINT ck_waiver_request_import CHECK (origin <> 'MIAO_IMPORT' OR miao_id IS NOT NULL),
    CONSTRAINT ck_waiver_request_type CHECK (waiver_type IS NULL OR waiver_type IN ('PUBLIC_INTEREST',
        'NONAVAILABILITY_INDIVIDUAL', 'NONAVAILABILITY_LISTED_CLASS', 'UNREASONABLE_COST', 'RESALE', 'COMMERCIAL_IT')),
    CONSTRAINT ck_waiver_request_status CHECK (status IS NULL OR status IN ('DRAFT', 'SUBMITTED', 'IN_REVIEW',
        'RETURNED', 'APPROVED', 'REJECTED', 'WITHDRAWN', 'EXPIRED')),
    CONSTRAINT ck_waiver_request_value CHECK (estimated_value IS NULL OR estimated_value >= 0),
    CONSTRAINT ck_waiver_request_delivery CHECK (delivery_from IS NULL OR delivery_to IS NULL OR delivery_to >= delivery_from),
    INDEX ix_waiver_request_status (origin, status, submitted_at),
    INDEX ix_waiver_request_requester (requester, updated_at),
    INDEX ix_waiver_request_reviewer (reviewer, status),
    INDEX ix_waiver_request_expiry (status, expires_on),
    INDEX ix_waiver_request_updated (updated_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE waiver_piid (
    waiver_id BIGINT       NOT NULL,
    position  INT          NOT NULL,
    piid      VARCHAR(200) NOT NULL,
    PRIMARY KEY (waiver_id, position),
    CONSTRAINT fk_waiver_piid_waiver FOREIGN KEY (waiver_id) REFERENCES waiver_request (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Countries of origin (ISO 3166-1), as the MIAO list records them
CREATE TABLE waiver_country (
    waiver_id    BIGINT       NOT NULL,
    position     INT          NOT NULL,
    alpha2       CHAR(2)      NULL,
    alpha3       CHAR(3)      NULL,
    numeric_code SMALLINT     NULL,
    name         VARCHAR(200) NULL,
    PRIMARY KEY (waiver_id, position),
    CONSTRAINT fk_waiver_country_waiver FOREIGN KEY (waiver_id) REFERENCES waiver_request (id) ON DELETE CASCADE,
    CONSTRAINT ck_waiver_country_code CHECK (alpha2 IS NOT NULL OR alpha3 IS NOT NULL)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The status timeline: every workflow step with who, when, from which status to which, and a comment
CREATE TABLE waiver_event (
    id          BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    waiver_id   BIGINT       NOT NULL,
    occurred_at DATETIME(6)  NOT NULL,
    actor       VARCHAR(64)  NOT NULL,
    actor_name  VARCHAR(200) NOT NULL,
    action      VARCHAR(40)  NOT NULL,
    from_status VARCHAR(20)  NULL,
    to_status   VARCHAR(20)  NULL,
    comment     TEXT         NULL,
    INDEX ix_waiver_event_waiver (waiver_id, id),
    CONSTRAINT fk_waiver_event_waiver FOREIGN KEY (waiver_id) REFERENCES waiver_request (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE waiver_comment (
    id          BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    waiver_id   BIGINT       NOT NULL,
    author      VARCHAR(64)  NOT NULL,
    author_name VARCHAR(200) NOT NULL,
    created_at  DATETIME(6)  NOT NULL,
    body        TEXT         NOT NULL,
    INDEX ix_waiver_comment_waiver (waiver_id, id),
    CONSTRAINT fk_waiver_comment_waiver FOREIGN KEY (waiver_id) REFERENCES waiver_request (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Market research documents: PDF, PNG or JPEG only (checked by content), with a SHA-256 checksum
CREATE TABLE waiver_attachment (
    id           BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    waiver_id    BIGINT       NOT NULL,
    file_name    VARCHAR(255) NOT NULL,
    content_type VARCHAR(40)  NOT NULL,
    size_bytes   BIGINT       NOT NULL,
    sha256       CHAR(64)     NOT NULL,
    content      LONGBLOB     NOT NULL,
    uploaded_by  VARCHAR(64)  NOT NULL,
    uploaded_at  DATETIME(6)  NOT NULL,
    INDEX ix_waiver_attachment_waiver (waiver_id, id),
    CONSTRAINT fk_waiver_attachment_waiver FOREIGN KEY (waiver_id) REFERENCES waiver_request (id),
    CONSTRAINT ck_waiver_attachment_type CHECK (content_type IN ('application/pdf', 'image/png', 'image/jpeg')),
    CONSTRAINT ck_waiver_attachment_size CHECK (size_bytes > 0)
) ENGINE = InnoDB;

-- In-app notifications (e-mail comes later): to approvers on submission, to the requester on decision
CREATE TABLE waiver_notification (
    id         BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    recipient  VARCHAR(64)  NOT NULL,
    waiver_id  BIGINT       NULL,
    message    VARCHAR(500) NOT NULL,
    link       VARCHAR(200) NULL,
    created_at DATETIME(6)  NOT NULL,
    read_at    DATETIME(6)  NULL,
    INDEX ix_waiver_notification_recipient (recipient, read_at, id),
    CONSTRAINT fk_waiver_notification_waiver FOREIGN KEY (waiver_id) REFERENCES waiver_request (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
