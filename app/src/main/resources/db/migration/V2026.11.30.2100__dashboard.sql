-- The review effectiveness dashboard (see tenants' V2026.11.28.1000 for the key conventions).
-- Indexes for its range queries: cases opened and decided in a period, stage visits from the case history
-- (time per stage, SLA breaches, the stage funnel), complaints received and resolved in a period.
CREATE INDEX ix_review_case_opened ON review_case (tenant_id, opened_at);
CREATE INDEX ix_review_case_decided ON review_case (tenant_id, decided_at);
CREATE INDEX ix_review_case_aud_stage_entered ON review_case_aud (tenant_id, stage_entered_at);
CREATE INDEX ix_complaint_received ON complaint (tenant_id, received_at);
CREATE INDEX ix_complaint_resolved ON complaint (tenant_id, resolved_at);

-- Who receives the monthly review report by email (one row per tenant).
CREATE TABLE dashboard_report_settings (
    tenant_id       VARCHAR(64)   NOT NULL,
    id              CHAR(36)      NOT NULL,
    version         BIGINT        NOT NULL,
    enabled         BOOLEAN       NOT NULL,
    recipients      VARCHAR(2000) NOT NULL,
    last_sent_month VARCHAR(7),
    PRIMARY KEY (tenant_id, id),
    CONSTRAINT uk_dashboard_report_settings_id UNIQUE (id),
    CONSTRAINT uk_dashboard_report_settings_tenant UNIQUE (tenant_id)
);

CREATE TABLE dashboard_report_settings_aud (
    tenant_id       VARCHAR(64) NOT NULL,
    id              CHAR(36)    NOT NULL,
    rev             BIGINT      NOT NULL,
    revtype         TINYINT,
    revend          BIGINT,
    revend_tstmp    BIGINT,
    enabled         BOOLEAN,
    recipients      VARCHAR(2000),
    last_sent_month VARCHAR(7),
    PRIMARY KEY (tenant_id, id, rev)
);
CREATE INDEX ix_dashboard_report_settings_aud_rev ON dashboard_report_settings_aud (tenant_id, rev);
CREATE INDEX ix_dashboard_report_settings_aud_validity ON dashboard_report_settings_aud (id, revend);
