-- Summary tables that let the dashboard answer from a few thousand rows instead of scanning review_case and its
-- history (issue 9: 1M cases in under a second). Kept up to date in the same transaction as every change of a
-- case (DashboardSummaryListener); rebuilt per tenant from the cases when a tenant's row below has no time zone
-- (every existing tenant after this migration: the backfill runs at start) or its zone changed.

-- One row per tenant: the time zone whose months the summaries are bucketed in; NULL = to be (re)built.
CREATE TABLE dashboard_summary_state (
    tenant_id  VARCHAR(64) NOT NULL,
    time_zone  VARCHAR(64),
    built_at   DATETIME(6),
    PRIMARY KEY (tenant_id)
);
INSERT INTO dashboard_summary_state (tenant_id, time_zone) SELECT id, NULL FROM tenant;

-- Every visit of a case to a stage, numbered in order (a case may re-enter a stage at the same instant): when it
-- began and ended (the next visit's start), its due time (the latest one seen during the visit) and whether it
-- ended after it (an SLA breach).
CREATE TABLE dashboard_stage_visit (
    tenant_id    VARCHAR(64) NOT NULL,
    case_id      CHAR(36)    NOT NULL,
    visit_number INT         NOT NULL,
    stage        VARCHAR(30) NOT NULL,
    entered_at DATETIME(6) NOT NULL,
    left_at    DATETIME(6),
    due_at     DATETIME(6) NOT NULL,
    breached   BOOLEAN     NOT NULL,
    PRIMARY KEY (tenant_id, case_id, visit_number)
);

-- What each case contributes to the counters below, as last counted: the next change counts the difference.
-- product and assignee are '' when the case has none. Months are yyyymm in the tenant's zone.
CREATE TABLE dashboard_case_fact (
    tenant_id           VARCHAR(64)  NOT NULL,
    case_id             CHAR(36)     NOT NULL,
    customer_id         CHAR(36)     NOT NULL,
    product             VARCHAR(60)  NOT NULL,
    assignee            VARCHAR(100) NOT NULL,
    opened_because      VARCHAR(20)  NOT NULL,
    opened_month        INT          NOT NULL,
    outcome             VARCHAR(30),
    decided_at          DATETIME(6),
    decided_month       INT,
    risk_class          VARCHAR(10),
    previous_risk_class VARCHAR(10),
    risk_changed        BOOLEAN      NOT NULL,
    tier                VARCHAR(40),
    model_risk_class    VARCHAR(10),
    override_risk_class VARCHAR(10),
    overridden          BOOLEAN      NOT NULL,
    auto_decided        BOOLEAN      NOT NULL,
    screened            BOOLEAN      NOT NULL,
    screening_hit       BOOLEAN      NOT NULL,
    decision_seconds    BIGINT,
    decision_bucket     INT,
    PRIMARY KEY (tenant_id, case_id)
);
-- The exact percentile inside one duration bucket of the period; customers whose class an approval changed.
CREATE INDEX ix_dashboard_case_fact_bucket ON dashboard_case_fact (tenant_id, decision_bucket, decided_month, decision_seconds);
CREATE INDEX ix_dashboard_case_fact_risk_change ON dashboard_case_fact (tenant_id, risk_changed, decided_month, customer_id);

-- Counters per month, figure, group (an outcome, class, stage, duration bucket, ...), product and assignee; each
-- contribution also goes to the rows for all products ('*'), all assignees ('*') and both, which the dashboard
-- reads when it is not filtered by them.
CREATE TABLE dashboard_month_count (
    tenant_id    VARCHAR(64)  NOT NULL,
    period_month INT          NOT NULL,
    metric       VARCHAR(20)  NOT NULL,
    grp          VARCHAR(60)  NOT NULL,
    product      VARCHAR(60)  NOT NULL,
    assignee     VARCHAR(100) NOT NULL,
    n            BIGINT       NOT NULL,
    total        BIGINT       NOT NULL,
    PRIMARY KEY (tenant_id, period_month, metric, grp, product, assignee)
);

-- The products and assignees that occur in the tenant's cases, for the filters.
CREATE TABLE dashboard_filter_value (
    tenant_id  VARCHAR(64)  NOT NULL,
    kind       VARCHAR(20)  NOT NULL,
    name       VARCHAR(100) NOT NULL,
    PRIMARY KEY (tenant_id, kind, name)
);

-- A tenant user's team, for the dashboard's team filter.
ALTER TABLE user_account ADD COLUMN team VARCHAR(60);
ALTER TABLE user_account_aud ADD COLUMN team VARCHAR(60);
CREATE INDEX ix_user_account_team ON user_account (tenant_id, team);
