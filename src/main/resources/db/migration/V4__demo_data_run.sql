-- Marks that the demo data (PORTAL_DEMO_DATA=true) was loaded, so that it is loaded once.
CREATE TABLE demo_data_run (
    id        BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    loaded_at DATETIME(6) NOT NULL,
    size      INT         NOT NULL
) ENGINE = InnoDB;
