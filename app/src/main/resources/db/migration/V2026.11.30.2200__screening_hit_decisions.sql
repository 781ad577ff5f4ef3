-- Screening steps keep every hit they raised (JSON), so a reviewer can decide on each one; reviewers' decisions
-- on hits are kept per customer, screening extension and list entry (the latest one counts, Envers keeps the
-- earlier ones) and handed back to the provider on the next screening (see tenants' V2026.11.28.1000 for the
-- key conventions).
ALTER TABLE review_case_step ADD COLUMN hits TEXT;
ALTER TABLE review_case_step_aud ADD COLUMN hits TEXT;

CREATE TABLE screening_hit_decision (
    tenant_id     VARCHAR(64)   NOT NULL,
    id            CHAR(36)      NOT NULL,
    version       BIGINT        NOT NULL,
    customer_id   CHAR(36)      NOT NULL,
    case_id       CHAR(36)      NOT NULL,
    extension_key VARCHAR(200)  NOT NULL,
    list_name     VARCHAR(200)  NOT NULL,
    entry_id      VARCHAR(200)  NOT NULL,
    entry_version VARCHAR(200)  NOT NULL,
    entry_name    VARCHAR(500)  NOT NULL,
    verdict       VARCHAR(20)   NOT NULL,
    reason        VARCHAR(2000) NOT NULL,
    decided_by    VARCHAR(100)  NOT NULL,
    decided_at    DATETIME(6)   NOT NULL,
    PRIMARY KEY (tenant_id, id),
    CONSTRAINT uk_screening_hit_decision_id UNIQUE (id),
    CONSTRAINT uk_screening_hit_decision_entry UNIQUE (tenant_id, customer_id, extension_key, list_name, entry_id)
);

CREATE TABLE screening_hit_decision_aud (
    tenant_id     VARCHAR(64) NOT NULL,
    id            CHAR(36)    NOT NULL,
    rev           BIGINT      NOT NULL,
    revtype       TINYINT,
    revend        BIGINT,
    revend_tstmp  BIGINT,
    customer_id   CHAR(36),
    case_id       CHAR(36),
    extension_key VARCHAR(200),
    list_name     VARCHAR(200),
    entry_id      VARCHAR(200),
    entry_version VARCHAR(200),
    entry_name    VARCHAR(500),
    verdict       VARCHAR(20),
    reason        VARCHAR(2000),
    decided_by    VARCHAR(100),
    decided_at    DATETIME(6),
    PRIMARY KEY (tenant_id, id, rev)
);
CREATE INDEX ix_screening_hit_decision_aud_rev ON screening_hit_decision_aud (tenant_id, rev);
CREATE INDEX ix_screening_hit_decision_aud_validity ON screening_hit_decision_aud (id, revend);
