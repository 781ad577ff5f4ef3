-- Privacy: consent purposes and the consents customers gave or withdrew, data-subject erasure requests, the
-- tenant's retention period and the reports of retention runs (see tenants' V2026.11.28.1000 for the key
-- conventions: tenant_id leads every key but the documented id-only ones).

CREATE TABLE consent_purpose (
    tenant_id           VARCHAR(64)   NOT NULL,
    id                  CHAR(36)      NOT NULL,
    version             BIGINT        NOT NULL,
    code                VARCHAR(40)   NOT NULL,
    name                VARCHAR(200)  NOT NULL,
    description         VARCHAR(1000),
    -- The tenant's policy: no review case is opened for a customer without this consent in force.
    required_for_review BOOLEAN       NOT NULL,
    PRIMARY KEY (tenant_id, id),
    CONSTRAINT uk_consent_purpose_id UNIQUE (id),
    CONSTRAINT uk_consent_purpose_code UNIQUE (tenant_id, code)
);

CREATE TABLE consent_purpose_aud (
    tenant_id           VARCHAR(64) NOT NULL,
    id                  CHAR(36)    NOT NULL,
    rev                 BIGINT      NOT NULL,
    revtype             TINYINT,
    revend              BIGINT,
    revend_tstmp        BIGINT,
    code                VARCHAR(40),
    name                VARCHAR(200),
    description         VARCHAR(1000),
    required_for_review BOOLEAN,
    PRIMARY KEY (tenant_id, id, rev)
);
CREATE INDEX ix_consent_purpose_aud_rev ON consent_purpose_aud (tenant_id, rev);
CREATE INDEX ix_consent_purpose_aud_validity ON consent_purpose_aud (id, revend);

-- One row per consent given or withdrawn (append-only): the latest by effective time is the one in force.
CREATE TABLE consent_record (
    tenant_id    VARCHAR(64)   NOT NULL,
    id           CHAR(36)      NOT NULL,
    version      BIGINT        NOT NULL,
    customer_id  CHAR(36)      NOT NULL,
    purpose_id   CHAR(36)      NOT NULL,
    status       VARCHAR(10)   NOT NULL,
    effective_at DATETIME(6)   NOT NULL,
    channel      VARCHAR(12)   NOT NULL,
    recorded_by  VARCHAR(100)  NOT NULL,
    recorded_at  DATETIME(6)   NOT NULL,
    note         VARCHAR(1000),
    PRIMARY KEY (tenant_id, id),
    CONSTRAINT uk_consent_record_id UNIQUE (id)
);
CREATE INDEX ix_consent_record_customer ON consent_record (tenant_id, customer_id, purpose_id, effective_at);

CREATE TABLE consent_record_aud (
    tenant_id    VARCHAR(64) NOT NULL,
    id           CHAR(36)    NOT NULL,
    rev          BIGINT      NOT NULL,
    revtype      TINYINT,
    revend       BIGINT,
    revend_tstmp BIGINT,
    customer_id  CHAR(36),
    purpose_id   CHAR(36),
    status       VARCHAR(10),
    effective_at DATETIME(6),
    channel      VARCHAR(12),
    recorded_by  VARCHAR(100),
    recorded_at  DATETIME(6),
    note         VARCHAR(1000),
    PRIMARY KEY (tenant_id, id, rev)
);
CREATE INDEX ix_consent_record_aud_rev ON consent_record_aud (tenant_id, rev);
CREATE INDEX ix_consent_record_aud_validity ON consent_record_aud (id, revend);

-- Erasure by pseudonymisation: requested, decided by a second person (or by the retention policy), executed.
CREATE TABLE erasure_request (
    tenant_id         VARCHAR(64)   NOT NULL,
    id                CHAR(36)      NOT NULL,
    version           BIGINT        NOT NULL,
    customer_id       CHAR(36)      NOT NULL,
    basis             VARCHAR(12)   NOT NULL,
    status            VARCHAR(12)   NOT NULL,
    reason            VARCHAR(1000) NOT NULL,
    requested_by      VARCHAR(100)  NOT NULL,
    requested_at      DATETIME(6)   NOT NULL,
    decided_by        VARCHAR(100),
    decided_at        DATETIME(6),
    decision_note     VARCHAR(1000),
    pseudonym         VARCHAR(40),
    executed_at       DATETIME(6),
    execution_summary VARCHAR(2000),
    PRIMARY KEY (tenant_id, id),
    CONSTRAINT uk_erasure_request_id UNIQUE (id)
);
CREATE INDEX ix_erasure_request_customer ON erasure_request (tenant_id, customer_id, requested_at);
CREATE INDEX ix_erasure_request_status ON erasure_request (tenant_id, status, requested_at);

CREATE TABLE erasure_request_aud (
    tenant_id         VARCHAR(64) NOT NULL,
    id                CHAR(36)    NOT NULL,
    rev               BIGINT      NOT NULL,
    revtype           TINYINT,
    revend            BIGINT,
    revend_tstmp      BIGINT,
    customer_id       CHAR(36),
    basis             VARCHAR(12),
    status            VARCHAR(12),
    reason            VARCHAR(1000),
    requested_by      VARCHAR(100),
    requested_at      DATETIME(6),
    decided_by        VARCHAR(100),
    decided_at        DATETIME(6),
    decision_note     VARCHAR(1000),
    pseudonym         VARCHAR(40),
    executed_at       DATETIME(6),
    execution_summary VARCHAR(2000),
    PRIMARY KEY (tenant_id, id, rev)
);
CREATE INDEX ix_erasure_request_aud_rev ON erasure_request_aud (tenant_id, rev);
CREATE INDEX ix_erasure_request_aud_validity ON erasure_request_aud (id, revend);

-- The tenant's retention period (no row: customers are kept until erased on request).
CREATE TABLE retention_policy (
    tenant_id             VARCHAR(64) NOT NULL,
    id                    CHAR(36)    NOT NULL,
    version               BIGINT      NOT NULL,
    years_after_last_case INT         NOT NULL,
    PRIMARY KEY (tenant_id, id),
    CONSTRAINT uk_retention_policy_id UNIQUE (id),
    CONSTRAINT uk_retention_policy_tenant UNIQUE (tenant_id)
);

CREATE TABLE retention_policy_aud (
    tenant_id             VARCHAR(64) NOT NULL,
    id                    CHAR(36)    NOT NULL,
    rev                   BIGINT      NOT NULL,
    revtype               TINYINT,
    revend                BIGINT,
    revend_tstmp          BIGINT,
    years_after_last_case INT,
    PRIMARY KEY (tenant_id, id, rev)
);
CREATE INDEX ix_retention_policy_aud_rev ON retention_policy_aud (tenant_id, rev);
CREATE INDEX ix_retention_policy_aud_validity ON retention_policy_aud (id, revend);

-- What each retention run pseudonymised: how many, which references, when, and what it left for open cases.
CREATE TABLE retention_run (
    tenant_id    VARCHAR(64) NOT NULL,
    id           CHAR(36)    NOT NULL,
    version      BIGINT      NOT NULL,
    ran_at       DATETIME(6) NOT NULL,
    cutoff       DATETIME(6) NOT NULL,
    erased_count INT         NOT NULL,
    skipped_open INT         NOT NULL,
    erased_refs  TEXT,
    PRIMARY KEY (tenant_id, id),
    CONSTRAINT uk_retention_run_id UNIQUE (id)
);
CREATE INDEX ix_retention_run_ran ON retention_run (tenant_id, ran_at);

CREATE TABLE retention_run_aud (
    tenant_id    VARCHAR(64) NOT NULL,
    id           CHAR(36)    NOT NULL,
    rev          BIGINT      NOT NULL,
    revtype      TINYINT,
    revend       BIGINT,
    revend_tstmp BIGINT,
    ran_at       DATETIME(6),
    cutoff       DATETIME(6),
    erased_count INT,
    skipped_open INT,
    erased_refs  TEXT,
    PRIMARY KEY (tenant_id, id, rev)
);
CREATE INDEX ix_retention_run_aud_rev ON retention_run_aud (tenant_id, rev);
CREATE INDEX ix_retention_run_aud_validity ON retention_run_aud (id, revend);
