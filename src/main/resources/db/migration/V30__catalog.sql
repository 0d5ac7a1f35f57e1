-- Products (issue 4): the end products a vendor offers, with their manufacturer (also a vendor record, may differ
-- from the offeror). Instants are DATETIME(6) in UTC; version for optimistic locking.

CREATE TABLE product (
    id                     BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    name                   VARCHAR(200)  NOT NULL,
    -- the offeror's part number or SKU, unique per offeror
    part_number            VARCHAR(80)   NOT NULL,
    description            VARCHAR(2000) NULL,
    -- Product and Service Code (4 characters) and NAICS code (6 digits)
    psc                    CHAR(4)       NULL,
    naics                  CHAR(6)       NULL,
    offeror_vendor_id      BIGINT        NOT NULL,
    manufacturer_vendor_id BIGINT        NOT NULL,
    -- the calculator's ProductKind
    kind                   VARCHAR(30)   NOT NULL,
    created_by             VARCHAR(64)   NOT NULL,
    created_at             DATETIME(6)   NOT NULL,
    updated_at             DATETIME(6)   NOT NULL,
    version                INT           NOT NULL DEFAULT 0,
    CONSTRAINT fk_product_offeror FOREIGN KEY (offeror_vendor_id) REFERENCES vendor (id),
    CONSTRAINT fk_product_manufacturer FOREIGN KEY (manufacturer_vendor_id) REFERENCES vendor (id),
    CONSTRAINT uq_product_part UNIQUE (offeror_vendor_id, part_number),
    CONSTRAINT ck_product_kind CHECK (kind IN ('UNMANUFACTURED', 'MANUFACTURED', 'PREDOMINANTLY_IRON_OR_STEEL', 'COTS',
                                               'COTS_FASTENER')),
    CONSTRAINT ck_product_psc CHECK (psc IS NULL OR psc REGEXP '^[A-Z0-9]{4}$'),
    CONSTRAINT ck_product_naics CHECK (naics IS NULL OR naics REGEXP '^[0-9]{6}$'),
    INDEX ix_product_name (name),
    INDEX ix_product_part (part_number),
    INDEX ix_product_manufacturer (manufacturer_vendor_id),
    INDEX ix_product_updated (updated_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
