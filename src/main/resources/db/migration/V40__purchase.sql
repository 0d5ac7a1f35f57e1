-- Purchases and their Buy American classification (issue 6). Money DECIMAL(19,4) in US dollars; instants
-- DATETIME(6) in UTC; editable records carry a version for optimistic locking.

-- Organizational units that buy (a contracting office or a card-holding office). code: the FPDS awarding office code
-- for offices met in USAspending data, or the office's own short code.
CREATE TABLE office (
    id         BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    code       VARCHAR(20)  NOT NULL,
    name       VARCHAR(200) NOT NULL,
    active     BOOLEAN      NOT NULL DEFAULT TRUE,
    created_at DATETIME(6)  NOT NULL,
    updated_at DATETIME(6)  NOT NULL,
    version    INT          NOT NULL DEFAULT 0,
    CONSTRAINT uq_office_code UNIQUE (code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- One row per purchase file import, for provenance and the rejected-rows report.
CREATE TABLE purchase_import (
    id               BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    file_name        VARCHAR(255) NOT NULL,
    file_sha256      CHAR(64)     NOT NULL,
    format           VARCHAR(20)  NOT NULL,
    unknown_vendors  VARCHAR(10)  NOT NULL, -- CREATE or REJECT: what the user chose for vendors the portal lacks
    imported_at      DATETIME(6)  NOT NULL,
    imported_by      VARCHAR(64)  NOT NULL,
    rows_read        INT          NOT NULL,
    imported_count   INT          NOT NULL,
    duplicate_count  INT          NOT NULL,
    rejected_count   INT          NOT NULL,
    vendors_created  INT          NOT NULL,
    CONSTRAINT ck_purchase_import_format CHECK (format IN ('USASPENDING', 'MARKETPLACE')),
    CONSTRAINT ck_purchase_import_unknown CHECK (unknown_vendors IN ('CREATE', 'REJECT'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE purchase (
    id                     BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    -- MANUAL (entered in the portal), USASPENDING or MARKETPLACE (imported)
    source                 VARCHAR(12)   NOT NULL,
    -- identity in the source, so that a re-import does not duplicate: USAspending contract_transaction_unique_key;
    -- marketplace: "<marketplace vendor id>:<order id>:<line>"; NULL for manual entries
    source_key             VARCHAR(200)  NULL,
    import_id              BIGINT        NULL,
    purchase_date          DATE          NOT NULL,
    office_id              BIGINT        NOT NULL,
    vendor_id              BIGINT        NOT NULL,   -- the contractor, or the marketplace for a marketplace order
    seller_vendor_id       BIGINT        NULL,       -- the marketplace's third-party seller
    product_id             BIGINT        NULL,
    description            VARCHAR(500)  NULL,
    quantity               DECIMAL(19,4) NULL,
    unit_price             DECIMAL(19,4) NULL,
    total_amount           DECIMAL(19,4) NOT NULL,  -- negative for a deobligation
    channel                VARCHAR(20)   NOT NULL,
    piid                   VARCHAR(100)  NULL,
    order_number           VARCHAR(100)  NULL,
    origin_country         CHAR(2)       NULL,
    place_of_manufacture   CHAR(1)       NULL,       -- FPDS code A-L
    naics                  CHAR(6)       NULL,
    psc                    CHAR(4)       NULL,
    exemption              VARCHAR(30)   NULL,       -- rules.purchase.Exemption declared by staff
    waiver_id              BIGINT        NULL,       -- waiver linked by staff or matched on the PIID
    -- computed by rules.purchase.PurchaseClassifier, never typed
    classification         VARCHAR(24)   NOT NULL,
    classification_reason  VARCHAR(40)   NOT NULL,
    classification_note    VARCHAR(600)  NOT NULL,
    classified_attestation_id BIGINT     NULL,
    micro_purchase_threshold DECIMAL(19,4) NOT NULL,  -- the threshold used
    classified_at          DATETIME(6)   NOT NULL,
    created_by             VARCHAR(64)   NOT NULL,
    created_at             DATETIME(6)   NOT NULL,
    updated_at             DATETIME(6)   NOT NULL,
    version                INT           NOT NULL DEFAULT 0,
    CONSTRAINT uq_purchase_source UNIQUE (source, source_key),
    CONSTRAINT fk_purchase_import FOREIGN KEY (import_id) REFERENCES purchase_import (id),
    CONSTRAINT fk_purchase_office FOREIGN KEY (office_id) REFERENCES office (id),
    CONSTRAINT fk_purchase_vendor FOREIGN KEY (vendor_id) REFERENCES vendor (id),
    CONSTRAINT fk_purchase_seller FOREIGN KEY (seller_vendor_id) REFERENCES vendor (id),
    CONSTRAINT fk_purchase_product FOREIGN KEY (product_id) REFERENCES product (id),
    CONSTRAINT fk_purchase_country FOREIGN KEY (origin_country) REFERENCES country (alpha2),
    CONSTRAINT fk_purchase_waiver FOREIGN KEY (waiver_id) REFERENCES waiver_request (id),
    CONSTRAINT ck_purchase_source CHECK (source IN ('MANUAL', 'USASPENDING', 'MARKETPLACE')),
    CONSTRAINT ck_purchase_source_key CHECK (source = 'MANUAL' OR source_key IS NOT NULL),
    CONSTRAINT ck_purchase_channel CHECK (channel IN ('DIRECT_CONTRACT', 'GSA_SCHEDULE', 'COMMERCIAL_PLATFORM',
        'PURCHASE_CARD')),
    CONSTRAINT ck_purchase_pom CHECK (place_of_manufacture IS NULL OR place_of_manufacture REGEXP '^[A-L]$'),
    CONSTRAINT ck_purchase_class CHECK (classification IN ('DOMESTIC', 'FOREIGN_WAIVED', 'EXEMPT_MICRO_PURCHASE',
        'EXEMPT_OTHER', 'FOREIGN_UNWAIVED', 'UNKNOWN')),
    CONSTRAINT ck_purchase_quantity CHECK (quantity IS NULL OR quantity > 0)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_purchase_date ON purchase (purchase_date);
CREATE INDEX ix_purchase_office_date ON purchase (office_id, purchase_date);
CREATE INDEX ix_purchase_vendor_date ON purchase (vendor_id, purchase_date);
CREATE INDEX ix_purchase_class_date ON purchase (classification, purchase_date);
CREATE INDEX ix_purchase_channel_date ON purchase (channel, purchase_date);
CREATE INDEX ix_purchase_product ON purchase (product_id, purchase_date);
CREATE INDEX ix_purchase_piid ON purchase (piid);

-- Rollups maintained on write by the purchase module (same transaction as the purchase rows), read by the reports.
-- month = first day of the purchase's calendar month. Counts and sums are exact: a rebuild of a month from the
-- detail rows must give the same numbers (checked by tests).
CREATE TABLE purchase_month_rollup (
    month          DATE          NOT NULL,
    office_id      BIGINT        NOT NULL,
    channel        VARCHAR(20)   NOT NULL,
    classification VARCHAR(24)   NOT NULL,
    purchase_count BIGINT        NOT NULL,
    total_amount   DECIMAL(23,4) NOT NULL,
    PRIMARY KEY (month, office_id, channel, classification)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- origin_country '' = not known
CREATE TABLE purchase_country_rollup (
    month          DATE          NOT NULL,
    office_id      BIGINT        NOT NULL,
    channel        VARCHAR(20)   NOT NULL,
    classification VARCHAR(24)   NOT NULL,
    origin_country CHAR(2)       NOT NULL,
    purchase_count BIGINT        NOT NULL,
    total_amount   DECIMAL(23,4) NOT NULL,
    PRIMARY KEY (month, office_id, channel, classification, origin_country)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE purchase_vendor_rollup (
    month          DATE          NOT NULL,
    office_id      BIGINT        NOT NULL,
    channel        VARCHAR(20)   NOT NULL,
    classification VARCHAR(24)   NOT NULL,
    vendor_id      BIGINT        NOT NULL,
    purchase_count BIGINT        NOT NULL,
    total_amount   DECIMAL(23,4) NOT NULL,
    PRIMARY KEY (month, office_id, channel, classification, vendor_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
