-- Reports (issue 6, "Scale"): the "top countries" and "top vendors by foreign spend" cards read only the two foreign
-- classes of the country and vendor rollups over a range of months. The rollups' primary keys start with the month,
-- so without these indexes a 3-year dashboard reads every class's rows of the period (the vendor rollup has up to one
-- row per purchase when purchases spread over many vendors). Covering indexes led by classification let the cards
-- read the FOREIGN_WAIVED and FOREIGN_UNWAIVED ranges only, office and channel filtered inside the index.
-- Measured in bench/README.md ("Dashboard").
CREATE INDEX ix_purchase_vendor_rollup_class ON purchase_vendor_rollup
    (classification, month, office_id, channel, vendor_id, purchase_count, total_amount);
CREATE INDEX ix_purchase_country_rollup_class ON purchase_country_rollup
    (classification, month, office_id, channel, origin_country, purchase_count, total_amount);
