-- Key versions every encrypted value has been brought under (platform table): a start finds its active key here
-- and skips the pass over all personal data. Deleting a row forces the pass at the next start.
CREATE TABLE personal_data_rotation (
    key_version  INT         NOT NULL,
    completed_at DATETIME(6) NOT NULL,
    PRIMARY KEY (key_version)
);
