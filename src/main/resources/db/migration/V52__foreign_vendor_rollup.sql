-- Reports (issue 6, "Scale"): the "top vendors by foreign spend" card without an office or channel filter (the
-- dashboard's default). purchase_vendor_rollup is keyed (month, office, channel, class, vendor): with thousands of
-- vendors it holds about one row per purchase (928,374 rows for 1,000,000 generated purchases, bench/README.md
-- "Dashboard"), so the card read a fifth of a table as large as the detail. This rollup holds only the two foreign
-- classes, keyed without office and channel: at most 2 x months x vendors rows, and the card reads one contiguous
-- primary-key range per class. Maintained on write by the purchase module (PurchaseRollups: applyDelta and
-- rebuildMonths/rebuildAll, in the transaction that writes the purchase rows); read by the reports when the filter has
-- neither office nor channel (purchase_vendor_rollup and its V45 index otherwise).
CREATE TABLE purchase_foreign_vendor_rollup (
    classification VARCHAR(24)   NOT NULL,  -- FOREIGN_WAIVED or FOREIGN_UNWAIVED only
    month          DATE          NOT NULL,  -- first day of the purchase's calendar month
    vendor_id      BIGINT        NOT NULL,  -- purchase.vendor_id
    purchase_count BIGINT        NOT NULL,
    total_amount   DECIMAL(23,4) NOT NULL,
    PRIMARY KEY (classification, month, vendor_id),
    CONSTRAINT ck_purchase_foreign_vendor_rollup_class CHECK (classification IN ('FOREIGN_WAIVED', 'FOREIGN_UNWAIVED'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

INSERT INTO purchase_foreign_vendor_rollup (classification, month, vendor_id, purchase_count, total_amount)
SELECT classification, purchase_date - INTERVAL (DAYOFMONTH(purchase_date) - 1) DAY, vendor_id, COUNT(*), SUM(total_amount)
FROM purchase
WHERE classification IN ('FOREIGN_WAIVED', 'FOREIGN_UNWAIVED')
GROUP BY classification, 2, vendor_id;
