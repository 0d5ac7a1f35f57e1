-- A purchase's waiver is either chosen by staff or matched on its PIID by the classification (an approved waiver that
-- names the PIID and is in force on the purchase date). A matched waiver is matched again at every reclassification
-- (the waiver's PIIDs or status may change); a chosen one is kept.
ALTER TABLE purchase ADD COLUMN waiver_matched BOOLEAN NOT NULL DEFAULT FALSE AFTER waiver_id;
