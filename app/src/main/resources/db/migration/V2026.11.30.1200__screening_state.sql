-- The last screening outcome per customer and screening extension, so a watchlist update can tell what changed
-- (see tenants' V2026.11.28.1000 for the key conventions).
CREATE TABLE screening_state (
    tenant_id     VARCHAR(64)  NOT NULL,
    id            CHAR(36)     NOT NULL,
    version       BIGINT       NOT NULL,
    customer_id   CHAR(36)     NOT NULL,
    extension_key VARCHAR(200) NOT NULL,
    hit_count     INT          NOT NULL,
    best_score    DOUBLE,
    summary       VARCHAR(500) NOT NULL,
    screened_at   DATETIME(6)  NOT NULL,
    PRIMARY KEY (tenant_id, id),
    CONSTRAINT uk_screening_state_id UNIQUE (id),
    CONSTRAINT uk_screening_state_customer UNIQUE (tenant_id, customer_id, extension_key)
);

CREATE TABLE screening_state_aud (
    tenant_id     VARCHAR(64) NOT NULL,
    id            CHAR(36)    NOT NULL,
    rev           BIGINT      NOT NULL,
    revtype       TINYINT,
    revend        BIGINT,
    revend_tstmp  BIGINT,
    customer_id   CHAR(36),
    extension_key VARCHAR(200),
    hit_count     INT,
    best_score    DOUBLE,
    summary       VARCHAR(500),
    screened_at   DATETIME(6),
    PRIMARY KEY (tenant_id, id, rev)
);
CREATE INDEX ix_screening_state_aud_rev ON screening_state_aud (tenant_id, rev);
CREATE INDEX ix_screening_state_aud_validity ON screening_state_aud (id, revend);
