-- Vendor registry (issue 3): vendors, their contacts, the sellers of marketplaces, and vendor file imports.
-- Instants are DATETIME(6) in UTC; every editable record carries a version for optimistic locking.

-- One row per vendor file import (CSV template or USAspending transactions), for provenance: a vendor
-- created or changed by an import points at it, and the audit trail has one IMPORT entry per row here.
CREATE TABLE vendor_import (
    id              BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    file_name       VARCHAR(255) NOT NULL,
    file_sha256     CHAR(64)     NOT NULL,
    format          VARCHAR(20)  NOT NULL,
    imported_at     DATETIME(6)  NOT NULL,
    imported_by     VARCHAR(64)  NOT NULL,
    rows_read       INT          NOT NULL,
    created_count   INT          NOT NULL,
    updated_count   INT          NOT NULL,
    unchanged_count INT          NOT NULL,
    rejected_count  INT          NOT NULL,
    CONSTRAINT ck_vendor_import_format CHECK (format IN ('TEMPLATE', 'USASPENDING'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE vendor (
    id                BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    legal_name        VARCHAR(200) NOT NULL,
    dba_name          VARCHAR(200) NULL,
    -- SAM.gov Unique Entity ID, upper case; NULL only for a marketplace seller not registered in SAM.gov
    uei               CHAR(12)     NULL,
    cage_code         CHAR(5)      NULL,
    country_code      CHAR(2)      NOT NULL,
    address_line1     VARCHAR(200) NULL,
    address_line2     VARCHAR(200) NULL,
    city              VARCHAR(100) NULL,
    state_region      VARCHAR(100) NULL,
    postal_code       VARCHAR(20)  NULL,
    phone             VARCHAR(40)  NULL,
    website           VARCHAR(300) NULL,
    -- MANUFACTURER, RESELLER, MARKETPLACE; NULL = not classified yet (vendors created by an import)
    kind              VARCHAR(20)  NULL,
    -- SMALL or OTHER (than small); NULL = not stated
    business_size     VARCHAR(10)  NULL,
    -- socioeconomic categories
    sdb               BOOLEAN      NOT NULL DEFAULT FALSE,
    wosb              BOOLEAN      NOT NULL DEFAULT FALSE,
    sdvosb            BOOLEAN      NOT NULL DEFAULT FALSE,
    hubzone           BOOLEAN      NOT NULL DEFAULT FALSE,
    sba_8a            BOOLEAN      NOT NULL DEFAULT FALSE,
    sam_expiry_date   DATE         NULL,
    status            VARCHAR(20)  NOT NULL DEFAULT 'ACTIVE',
    status_reason     VARCHAR(500) NULL,
    status_changed_at DATETIME(6)  NULL,
    last_import_id    BIGINT       NULL,
    created_at        DATETIME(6)  NOT NULL,
    updated_at        DATETIME(6)  NOT NULL,
    version           INT          NOT NULL DEFAULT 0,
    CONSTRAINT uq_vendor_uei UNIQUE (uei),
    CONSTRAINT uq_vendor_cage UNIQUE (cage_code),
    CONSTRAINT fk_vendor_country FOREIGN KEY (country_code) REFERENCES country (alpha2),
    CONSTRAINT fk_vendor_last_import FOREIGN KEY (last_import_id) REFERENCES vendor_import (id),
    CONSTRAINT ck_vendor_kind CHECK (kind IS NULL OR kind IN ('MANUFACTURER', 'RESELLER', 'MARKETPLACE')),
    CONSTRAINT ck_vendor_size CHECK (business_size IS NULL OR business_size IN ('SMALL', 'OTHER')),
    CONSTRAINT ck_vendor_status CHECK (status IN ('ACTIVE', 'INACTIVE', 'SUSPENDED')),
    CONSTRAINT ck_vendor_suspension_reason CHECK (status <> 'SUSPENDED' OR status_reason IS NOT NULL),
    -- grid: default sort, and each equality filter followed by the default sort
    INDEX ix_vendor_name (legal_name, id),
    INDEX ix_vendor_status_name (status, legal_name, id),
    INDEX ix_vendor_kind_name (kind, legal_name, id),
    INDEX ix_vendor_country_name (country_code, legal_name, id),
    INDEX ix_vendor_size_name (business_size, legal_name, id),
    INDEX ix_vendor_uei_sort (uei, id),
    INDEX ix_vendor_cage_sort (cage_code, id),
    INDEX ix_vendor_sam_expiry (sam_expiry_date, id),
    INDEX ix_vendor_updated (updated_at, id),
    -- full-text search on names
    FULLTEXT INDEX ft_vendor_names (legal_name, dba_name)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE vendor_contact (
    id         BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    vendor_id  BIGINT       NOT NULL,
    name       VARCHAR(200) NOT NULL,
    title      VARCHAR(200) NULL,
    email      VARCHAR(254) NULL,
    phone      VARCHAR(40)  NULL,
    created_at DATETIME(6)  NOT NULL,
    updated_at DATETIME(6)  NOT NULL,
    version    INT          NOT NULL DEFAULT 0,
    CONSTRAINT fk_vendor_contact_vendor FOREIGN KEY (vendor_id) REFERENCES vendor (id),
    CONSTRAINT ck_vendor_contact_reachable CHECK (email IS NOT NULL OR phone IS NOT NULL),
    INDEX ix_vendor_contact_vendor (vendor_id, name)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A third-party seller on a marketplace: both are vendors. A seller may sell on several marketplaces.
CREATE TABLE marketplace_seller (
    id             BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    marketplace_id BIGINT       NOT NULL,
    seller_id      BIGINT       NOT NULL,
    -- the seller's storefront name on the marketplace, and the marketplace's own id for the seller
    store_name     VARCHAR(200) NULL,
    seller_ref     VARCHAR(100) NULL,
    created_at     DATETIME(6)  NOT NULL,
    updated_at     DATETIME(6)  NOT NULL,
    version        INT          NOT NULL DEFAULT 0,
    CONSTRAINT uq_marketplace_seller UNIQUE (marketplace_id, seller_id),
    CONSTRAINT fk_marketplace_seller_marketplace FOREIGN KEY (marketplace_id) REFERENCES vendor (id),
    CONSTRAINT fk_marketplace_seller_seller FOREIGN KEY (seller_id) REFERENCES vendor (id),
    CONSTRAINT ck_marketplace_seller_not_self CHECK (marketplace_id <> seller_id),
    INDEX ix_marketplace_seller_seller (seller_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
