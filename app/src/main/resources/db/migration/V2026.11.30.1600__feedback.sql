-- Customer surveys offered by feedback plugins (with one row per scored metric, for reporting) and complaints
-- (see tenants' V2026.11.28.1000 for the key conventions: tenant_id leads every key but the documented id-only ones).

CREATE TABLE customer_survey (
    tenant_id     VARCHAR(64)  NOT NULL,
    id            CHAR(36)     NOT NULL,
    version       BIGINT       NOT NULL,
    customer_id   CHAR(36)     NOT NULL,
    case_id       CHAR(36),
    extension_key VARCHAR(200) NOT NULL,
    survey_id     VARCHAR(100) NOT NULL,
    questions     TEXT         NOT NULL,
    status        VARCHAR(10)  NOT NULL,
    sent_at       DATETIME(6)  NOT NULL,
    answers       TEXT,
    metrics       TEXT,
    flags         VARCHAR(500),
    answered_at   DATETIME(6),
    answered_by   VARCHAR(100),
    PRIMARY KEY (tenant_id, id),
    CONSTRAINT uk_customer_survey_id UNIQUE (id)
);
CREATE INDEX ix_customer_survey_customer ON customer_survey (tenant_id, customer_id, sent_at);
CREATE INDEX ix_customer_survey_status ON customer_survey (tenant_id, status, sent_at);
CREATE INDEX ix_customer_survey_case ON customer_survey (tenant_id, case_id);

CREATE TABLE customer_survey_aud (
    tenant_id     VARCHAR(64) NOT NULL,
    id            CHAR(36)    NOT NULL,
    rev           BIGINT      NOT NULL,
    revtype       TINYINT,
    revend        BIGINT,
    revend_tstmp  BIGINT,
    customer_id   CHAR(36),
    case_id       CHAR(36),
    extension_key VARCHAR(200),
    survey_id     VARCHAR(100),
    questions     TEXT,
    status        VARCHAR(10),
    sent_at       DATETIME(6),
    answers       TEXT,
    metrics       TEXT,
    flags         VARCHAR(500),
    answered_at   DATETIME(6),
    answered_by   VARCHAR(100),
    PRIMARY KEY (tenant_id, id, rev)
);
CREATE INDEX ix_customer_survey_aud_rev ON customer_survey_aud (tenant_id, rev);
CREATE INDEX ix_customer_survey_aud_validity ON customer_survey_aud (id, revend);

CREATE TABLE customer_survey_metric (
    tenant_id          VARCHAR(64)  NOT NULL,
    id                 CHAR(36)     NOT NULL,
    version            BIGINT       NOT NULL,
    customer_survey_id CHAR(36)     NOT NULL,
    customer_id        CHAR(36)     NOT NULL,
    extension_key      VARCHAR(200) NOT NULL,
    name               VARCHAR(100) NOT NULL,
    metric_value       DOUBLE       NOT NULL,
    answered_at        DATETIME(6)  NOT NULL,
    PRIMARY KEY (tenant_id, id),
    CONSTRAINT uk_customer_survey_metric_id UNIQUE (id)
);
-- The dashboard's queries: one metric over a period (CSAT, NPS), optionally per channel; a survey's own metrics.
CREATE INDEX ix_customer_survey_metric_name ON customer_survey_metric (tenant_id, name, answered_at);
CREATE INDEX ix_customer_survey_metric_survey ON customer_survey_metric (tenant_id, customer_survey_id);

CREATE TABLE customer_survey_metric_aud (
    tenant_id          VARCHAR(64) NOT NULL,
    id                 CHAR(36)    NOT NULL,
    rev                BIGINT      NOT NULL,
    revtype            TINYINT,
    revend             BIGINT,
    revend_tstmp       BIGINT,
    customer_survey_id CHAR(36),
    customer_id        CHAR(36),
    extension_key      VARCHAR(200),
    name               VARCHAR(100),
    metric_value       DOUBLE,
    answered_at        DATETIME(6),
    PRIMARY KEY (tenant_id, id, rev)
);
CREATE INDEX ix_customer_survey_metric_aud_rev ON customer_survey_metric_aud (tenant_id, rev);
CREATE INDEX ix_customer_survey_metric_aud_validity ON customer_survey_metric_aud (id, revend);

CREATE TABLE complaint (
    tenant_id   VARCHAR(64)   NOT NULL,
    id          CHAR(36)      NOT NULL,
    version     BIGINT        NOT NULL,
    customer_id CHAR(36)      NOT NULL,
    case_id     CHAR(36),
    channel     VARCHAR(10)   NOT NULL,
    category    VARCHAR(20)   NOT NULL,
    description VARCHAR(4000) NOT NULL,
    received_at DATETIME(6)   NOT NULL,
    logged_by   VARCHAR(100)  NOT NULL,
    status      VARCHAR(12)   NOT NULL,
    resolution  VARCHAR(4000),
    resolved_at DATETIME(6),
    resolved_by VARCHAR(100),
    PRIMARY KEY (tenant_id, id),
    CONSTRAINT uk_complaint_id UNIQUE (id)
);
CREATE INDEX ix_complaint_customer ON complaint (tenant_id, customer_id, received_at);
-- Complaint volume and open complaints per status and per category over time, resolution time.
CREATE INDEX ix_complaint_status ON complaint (tenant_id, status, received_at);
CREATE INDEX ix_complaint_category ON complaint (tenant_id, category, received_at);

CREATE TABLE complaint_aud (
    tenant_id   VARCHAR(64) NOT NULL,
    id          CHAR(36)    NOT NULL,
    rev         BIGINT      NOT NULL,
    revtype     TINYINT,
    revend      BIGINT,
    revend_tstmp BIGINT,
    customer_id CHAR(36),
    case_id     CHAR(36),
    channel     VARCHAR(10),
    category    VARCHAR(20),
    description VARCHAR(4000),
    received_at DATETIME(6),
    logged_by   VARCHAR(100),
    status      VARCHAR(12),
    resolution  VARCHAR(4000),
    resolved_at DATETIME(6),
    resolved_by VARCHAR(100),
    PRIMARY KEY (tenant_id, id, rev)
);
CREATE INDEX ix_complaint_aud_rev ON complaint_aud (tenant_id, rev);
CREATE INDEX ix_complaint_aud_validity ON complaint_aud (id, revend);
