-- Reference data: countries (seeded by V3) and dated rule values. Every number a regulation sets
-- lives here with its effective dates and citation, never as a literal in code.

CREATE TABLE country (
    alpha2       CHAR(2)      NOT NULL PRIMARY KEY,
    alpha3       CHAR(3)      NOT NULL,
    numeric_code CHAR(3)      NULL,
    name         VARCHAR(100) NOT NULL,
    active       BOOLEAN      NOT NULL DEFAULT TRUE,
    CONSTRAINT uq_country_alpha3 UNIQUE (alpha3)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE rule_value (
    id              BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    rule_key        VARCHAR(60)   NOT NULL,
    value           DECIMAL(19,4) NOT NULL,
    effective_from  DATE          NOT NULL,
    effective_until DATE          NULL,  -- inclusive; NULL = open-ended
    citation        VARCHAR(300)  NOT NULL,
    note            VARCHAR(1000) NULL,
    created_at      DATETIME(6)   NOT NULL,
    updated_at      DATETIME(6)   NOT NULL,
    version         INT           NOT NULL DEFAULT 0,
    CONSTRAINT uq_rule_value_key_from UNIQUE (rule_key, effective_from),
    CONSTRAINT ck_rule_value_range CHECK (effective_until IS NULL OR effective_until >= effective_from)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Critical items (FAR 25.105): reserved at the time of writing; an empty, editable table.
CREATE TABLE critical_item (
    id              BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    psc_code        VARCHAR(4)    NULL,
    description     VARCHAR(500)  NOT NULL,
    price_preference_percent DECIMAL(9,4) NOT NULL,
    effective_from  DATE          NOT NULL,
    effective_until DATE          NULL,
    citation        VARCHAR(300)  NOT NULL,
    created_at      DATETIME(6)   NOT NULL,
    updated_at      DATETIME(6)   NOT NULL,
    version         INT           NOT NULL DEFAULT 0
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

INSERT INTO rule_value (rule_key, value, effective_from, effective_until, citation, note, created_at, updated_at) VALUES
('DOMESTIC_CONTENT_THRESHOLD', 55.0000, '1900-01-01', '2022-10-24', 'FAR 25.101(a)(2) before 87 FR 12780', 'Component test before the EO 14005 rule took effect', UTC_TIMESTAMP(6), UTC_TIMESTAMP(6)),
('DOMESTIC_CONTENT_THRESHOLD', 60.0000, '2022-10-25', '2023-12-31', 'FAR 25.101(a)(2)(i); 87 FR 12780', 'Share of US component cost must be strictly greater; year of delivery decides', UTC_TIMESTAMP(6), UTC_TIMESTAMP(6)),
('DOMESTIC_CONTENT_THRESHOLD', 65.0000, '2024-01-01', '2028-12-31', 'FAR 25.101(a)(2)(i); 87 FR 12780', 'Items delivered in calendar years 2024 through 2028', UTC_TIMESTAMP(6), UTC_TIMESTAMP(6)),
('DOMESTIC_CONTENT_THRESHOLD', 75.0000, '2029-01-01', NULL, 'FAR 25.101(a)(2)(i); 87 FR 12780', 'Items delivered starting in calendar year 2029', UTC_TIMESTAMP(6), UTC_TIMESTAMP(6)),
('FALLBACK_THRESHOLD', 55.0000, '2022-10-25', '2029-12-31', 'FAR 25.106(b)(2)', 'Ends 2030-01-01; not for COTS or predominantly iron or steel items', UTC_TIMESTAMP(6), UTC_TIMESTAMP(6)),
('IRON_STEEL_PREDOMINANCE', 50.0000, '2022-10-25', NULL, 'FAR 25.003 (predominantly of iron or steel or a combination of both)', 'Iron and steel cost strictly more than this share of component cost', UTC_TIMESTAMP(6), UTC_TIMESTAMP(6)),
('FOREIGN_IRON_STEEL_MAX', 5.0000, '2022-10-25', NULL, 'FAR 25.101(a)(2)(ii); 52.225-1', 'Foreign iron and steel strictly less than this share; COTS fasteners left out', UTC_TIMESTAMP(6), UTC_TIMESTAMP(6)),
('MICRO_PURCHASE_THRESHOLD', 10000.0000, '2018-08-31', '2025-09-30', 'FAR 2.101 (micro-purchase threshold)', NULL, UTC_TIMESTAMP(6), UTC_TIMESTAMP(6)),
('MICRO_PURCHASE_THRESHOLD', 15000.0000, '2025-10-01', NULL, 'FAR 2.101; 90 FR 41872', 'Subpart 25.1 applies only above this value', UTC_TIMESTAMP(6), UTC_TIMESTAMP(6)),
('EVAL_FACTOR_LARGE_BUSINESS', 20.0000, '1900-01-01', NULL, 'FAR 25.105(b)(1)', 'Added to the lowest foreign offer (duty included) when the lowest domestic offer is from a large business', UTC_TIMESTAMP(6), UTC_TIMESTAMP(6)),
('EVAL_FACTOR_SMALL_BUSINESS', 30.0000, '1900-01-01', NULL, 'FAR 25.105(b)(2)', 'Added when the lowest domestic offer is from a small business', UTC_TIMESTAMP(6), UTC_TIMESTAMP(6)),
('WTO_GPA_SUPPLY_THRESHOLD', 174000.0000, '2024-01-01', '2025-12-31', 'FAR 25.402(b); 88 FR 83024', 'Trade agreements threshold for supplies, WTO GPA, 2024-2025', UTC_TIMESTAMP(6), UTC_TIMESTAMP(6)),
('ATTESTATION_VALIDITY_DAYS', 365.0000, '1900-01-01', NULL, 'Agency policy', 'Default validity of an origin attestation', UTC_TIMESTAMP(6), UTC_TIMESTAMP(6)),
('MIAO_REVIEW_BUSINESS_DAYS', 15.0000, '2021-06-11', NULL, 'OMB M-21-26', 'Made in America Office answers a proposed nonavailability waiver within this many business days', UTC_TIMESTAMP(6), UTC_TIMESTAMP(6));
