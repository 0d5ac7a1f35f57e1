-- Reports (issue 6, "Scale"): the "top countries of origin for foreign spend" card without an office or channel filter
-- (the dashboard's default), as V52 did for the top vendors. purchase_country_rollup is keyed (month, office, channel,
-- class, country): over 3 years with 20 offices the card summed about 46,000 rows (74 ms at 1,000,000 purchases,
-- bench/README.md "Dashboard"). This rollup holds only the two foreign classes, keyed without office and channel: at
-- most 2 x months x countries rows. Maintained on write by the purchase module with the other rollups
-- (PurchaseRollups and the import's RollupDeltas, in the transaction that writes the purchase rows); read by the
-- reports when the filter has neither office nor channel (purchase_country_rollup and its V45 index otherwise).
CREATE TABLE purchase_foreign_country_rollup (
    classification VARCHAR(24)   NOT NULL,  -- FOREIGN_WAIVED or FOREIGN_UNWAIVED only
    month          DATE          NOT NULL,  -- first day of the purchase's calendar month
    origin_country CHAR(2)       NOT NULL,  -- purchase.origin_country, '' when not known
    purchase_count BIGINT        NOT NULL,
    total_amount   DECIMAL(23,4) NOT NULL,
    PRIMARY KEY (classification, month, origin_country),
    CONSTRAINT ck_purchase_foreign_country_rollup_class CHECK (classification IN ('FOREIGN_WAIVED', 'FOREIGN_UNWAIVED'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

INSERT INTO purchase_foreign_country_rollup (classification, month, origin_country, purchase_count, total_amount)
SELECT classification, purchase_date - INTERVAL (DAYOFMONTH(purchase_date) - 1) DAY, COALESCE(origin_country, ''),
       COUNT(*), SUM(total_amount)
FROM purchase
WHERE classification IN ('FOREIGN_WAIVED', 'FOREIGN_UNWAIVED')
GROUP BY classification, 2, 3;
