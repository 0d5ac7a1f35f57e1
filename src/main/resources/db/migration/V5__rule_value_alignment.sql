-- Dated rule values: align the seed of V2 with the values the code documents as its seed
-- (ThresholdSchedule.farDefaults() for the calculator, EvaluationFactors.defaults() for the waiver cost evaluation),
-- and let a value remember which later value closed it.
--
-- Why the seed changes:
-- 1. The calculator resolves the domestic content numbers by calendar year of delivery: the value in force on
--    1 January of the delivery year (FAR 25.101(a)(2)(i): "items delivered in calendar years 2024 through 2028").
--    V2 started the 87 FR 12780 numbers on the rule's effective date, 2022-10-25, so delivery year 2022 resolved to
--    55% and had no fallback, iron-and-steel predominance or foreign iron-and-steel value at all. farDefaults()
--    starts them on 2022-01-01: 2022 is the first delivery year the rule can govern, and 60% applies to deliveries
--    through 2023.
-- 2. The 55% row "from 1900-01-01" is removed. The component test was 50% for decades before FAC 2021-04 raised it,
--    so a single row from 1900 stated history wrongly; as in farDefaults(), delivery years before 2022 are not part of
--    the seed and resolving them fails with a clear message instead of applying a wrong number.
-- 3. The evaluation factors are at FAR 25.106(b)(1) since 87 FR 12780 renumbered the section (it was 25.105); they
--    start on the rule's effective date, as in EvaluationFactors.defaults(), not in 1900.
-- Values, citations and end dates of the other keys are unchanged.

ALTER TABLE rule_value
    ADD COLUMN closed_by_id BIGINT NULL AFTER effective_until,
    ADD CONSTRAINT fk_rule_value_closed_by FOREIGN KEY (closed_by_id) REFERENCES rule_value (id) ON DELETE SET NULL;
-- closed_by_id: the later value whose addition set this value's end date (it was open-ended before). Deleting that
-- later value before it takes effect re-opens this one; an end date set by the regulation itself has no closed_by_id.

DELETE FROM rule_value
WHERE rule_key = 'DOMESTIC_CONTENT_THRESHOLD' AND effective_from = '1900-01-01' AND value = 55.0000;

UPDATE rule_value
SET effective_from = '2022-01-01',
    citation       = 'FAR 25.101(a)(2)(i); FAR 52.225-1(a) (Oct 2022); 87 FR 12780',
    note           = 'Delivery until 2023. Share of US component cost must be strictly greater; the calendar year of delivery decides, not the year of award',
    updated_at     = UTC_TIMESTAMP(6),
    version        = version + 1
WHERE rule_key = 'DOMESTIC_CONTENT_THRESHOLD' AND effective_from = '2022-10-25' AND value = 60.0000;

UPDATE rule_value
SET citation   = 'FAR 25.101(a)(2)(i); FAR 52.225-1(a) (Oct 2022); 87 FR 12780',
    note       = 'Items delivered in calendar years 2024 through 2028',
    updated_at = UTC_TIMESTAMP(6),
    version    = version + 1
WHERE rule_key = 'DOMESTIC_CONTENT_THRESHOLD' AND effective_from = '2024-01-01' AND value = 65.0000;

UPDATE rule_value
SET citation   = 'FAR 25.101(a)(2)(i); FAR 52.225-1(a) (Oct 2022); 87 FR 12780',
    note       = 'Items delivered starting in calendar year 2029',
    updated_at = UTC_TIMESTAMP(6),
    version    = version + 1
WHERE rule_key = 'DOMESTIC_CONTENT_THRESHOLD' AND effective_from = '2029-01-01' AND value = 75.0000;

UPDATE rule_value
SET effective_from = '2022-01-01',
    citation       = 'FAR 25.106(b)(2); 87 FR 12780',
    note           = 'No longer applies as of 2030-01-01; not for COTS items or items predominantly of iron or steel',
    updated_at     = UTC_TIMESTAMP(6),
    version        = version + 1
WHERE rule_key = 'FALLBACK_THRESHOLD' AND effective_from = '2022-10-25' AND value = 55.0000;

UPDATE rule_value
SET effective_from = '2022-01-01',
    updated_at     = UTC_TIMESTAMP(6),
    version        = version + 1
WHERE rule_key IN ('IRON_STEEL_PREDOMINANCE', 'FOREIGN_IRON_STEEL_MAX') AND effective_from = '2022-10-25';

UPDATE rule_value
SET effective_from = '2022-10-25',
    citation       = 'FAR 25.106(b)(1)',
    updated_at     = UTC_TIMESTAMP(6),
    version        = version + 1
WHERE rule_key IN ('EVAL_FACTOR_LARGE_BUSINESS', 'EVAL_FACTOR_SMALL_BUSINESS') AND effective_from = '1900-01-01';
