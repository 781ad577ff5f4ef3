-- Review cases, their automated step results, comments, the tenant's review policy and the customer message log
-- (see tenants' V2026.11.28.1000 for the key conventions: tenant_id leads every key but the documented id-only ones).

ALTER TABLE customer ADD COLUMN risk_class VARCHAR(10);
ALTER TABLE customer ADD COLUMN tier VARCHAR(40);
ALTER TABLE customer ADD COLUMN next_review_date DATE;
CREATE INDEX ix_customer_next_review ON customer (tenant_id, next_review_date);
ALTER TABLE customer_aud ADD COLUMN risk_class VARCHAR(10);
ALTER TABLE customer_aud ADD COLUMN tier VARCHAR(40);
ALTER TABLE customer_aud ADD COLUMN next_review_date DATE;

CREATE TABLE review_policy (
    tenant_id               VARCHAR(64)    NOT NULL,
    id                      CHAR(36)       NOT NULL,
    version                 BIGINT         NOT NULL,
    re_review_months_high   INT            NOT NULL,
    re_review_months_medium INT            NOT NULL,
    re_review_months_low    INT            NOT NULL,
    limit_multiplier_high   DECIMAL(6, 2)  NOT NULL,
    limit_multiplier_medium DECIMAL(6, 2)  NOT NULL,
    limit_multiplier_low    DECIMAL(6, 2)  NOT NULL,
    limit_cap               DECIMAL(15, 2) NOT NULL,
    pricing_band_high       VARCHAR(40)    NOT NULL,
    pricing_band_medium     VARCHAR(40)    NOT NULL,
    pricing_band_low        VARCHAR(40)    NOT NULL,
    service_plan_vip        VARCHAR(80)    NOT NULL,
    service_plan_standard   VARCHAR(80)    NOT NULL,
    four_eyes_risk_class    VARCHAR(10)    NOT NULL,
    four_eyes_limit_above   DECIMAL(15, 2) NOT NULL,
    sla_hours_collecting    INT            NOT NULL,
    sla_hours_verifying     INT            NOT NULL,
    sla_hours_assessing     INT            NOT NULL,
    sla_hours_approval      INT            NOT NULL,
    sla_hours_more_info     INT            NOT NULL,
    PRIMARY KEY (tenant_id, id),
    CONSTRAINT uk_review_policy_id UNIQUE (id),
    CONSTRAINT uk_review_policy_tenant UNIQUE (tenant_id)
);

CREATE TABLE review_policy_aud (
    tenant_id               VARCHAR(64) NOT NULL,
    id                      CHAR(36)    NOT NULL,
    rev                     BIGINT      NOT NULL,
    revtype                 TINYINT,
    revend                  BIGINT,
    revend_tstmp            BIGINT,
    re_review_months_high   INT,
    re_review_months_medium INT,
    re_review_months_low    INT,
    limit_multiplier_high   DECIMAL(6, 2),
    limit_multiplier_medium DECIMAL(6, 2),
    limit_multiplier_low    DECIMAL(6, 2),
    limit_cap               DECIMAL(15, 2),
    pricing_band_high       VARCHAR(40),
    pricing_band_medium     VARCHAR(40),
    pricing_band_low        VARCHAR(40),
    service_plan_vip        VARCHAR(80),
    service_plan_standard   VARCHAR(80),
    four_eyes_risk_class    VARCHAR(10),
    four_eyes_limit_above   DECIMAL(15, 2),
    sla_hours_collecting    INT,
    sla_hours_verifying     INT,
    sla_hours_assessing     INT,
    sla_hours_approval      INT,
    sla_hours_more_info     INT,
    PRIMARY KEY (tenant_id, id, rev)
);
CREATE INDEX ix_review_policy_aud_rev ON review_policy_aud (tenant_id, rev);
CREATE INDEX ix_review_policy_aud_validity ON review_policy_aud (id, revend);

CREATE TABLE review_case (
    tenant_id              VARCHAR(64)    NOT NULL,
    id                     CHAR(36)       NOT NULL,
    version                BIGINT         NOT NULL,
    reference              VARCHAR(20)    NOT NULL,
    customer_id            CHAR(36)       NOT NULL,
    opened_because         VARCHAR(20)    NOT NULL,
    stage                  VARCHAR(30)    NOT NULL,
    -- 1 while the case is open, NULL once decided: the unique key below allows one open case per customer,
    -- so two nodes (or two clicks) can never open a second one.
    open_slot              INT,
    stage_entered_at       DATETIME(6)    NOT NULL,
    due_at                 DATETIME(6)    NOT NULL,
    opened_at              DATETIME(6)    NOT NULL,
    opened_by              VARCHAR(100)   NOT NULL,
    assignee               VARCHAR(100),
    model_risk_class       VARCHAR(10),
    model_score            INT,
    model_pd               DOUBLE,
    model_version          VARCHAR(100),
    tier                   VARCHAR(40),
    override_risk_class    VARCHAR(10),
    override_score         INT,
    override_justification VARCHAR(2000),
    overridden_by          VARCHAR(100),
    proposed_outcome       VARCHAR(30),
    proposed_reasons       VARCHAR(500),
    proposal_note          VARCHAR(2000),
    proposed_by            VARCHAR(100),
    outcome                VARCHAR(30),
    decision_reasons       VARCHAR(500),
    decision_note          VARCHAR(2000),
    decided_by             VARCHAR(100),
    decided_at             DATETIME(6),
    credit_limit           DECIMAL(15, 2),
    currency               VARCHAR(3),
    pricing_band           VARCHAR(40),
    service_plan           VARCHAR(80),
    next_review_date       DATE,
    assessment_millis      BIGINT,
    PRIMARY KEY (tenant_id, id),
    CONSTRAINT uk_review_case_id UNIQUE (id),
    CONSTRAINT uk_review_case_reference UNIQUE (tenant_id, reference),
    CONSTRAINT uk_review_case_open UNIQUE (tenant_id, customer_id, open_slot)
);
CREATE INDEX ix_review_case_stage_due ON review_case (tenant_id, stage, due_at);
CREATE INDEX ix_review_case_assignee_due ON review_case (tenant_id, assignee, due_at);
CREATE INDEX ix_review_case_open_due ON review_case (tenant_id, open_slot, due_at);
CREATE INDEX ix_review_case_customer ON review_case (tenant_id, customer_id, opened_at);

CREATE TABLE review_case_aud (
    tenant_id              VARCHAR(64) NOT NULL,
    id                     CHAR(36)    NOT NULL,
    rev                    BIGINT      NOT NULL,
    revtype                TINYINT,
    revend                 BIGINT,
    revend_tstmp           BIGINT,
    reference              VARCHAR(20),
    customer_id            CHAR(36),
    opened_because         VARCHAR(20),
    stage                  VARCHAR(30),
    open_slot              INT,
    stage_entered_at       DATETIME(6),
    due_at                 DATETIME(6),
    opened_at              DATETIME(6),
    opened_by              VARCHAR(100),
    assignee               VARCHAR(100),
    model_risk_class       VARCHAR(10),
    model_score            INT,
    model_pd               DOUBLE,
    model_version          VARCHAR(100),
    tier                   VARCHAR(40),
    override_risk_class    VARCHAR(10),
    override_score         INT,
    override_justification VARCHAR(2000),
    overridden_by          VARCHAR(100),
    proposed_outcome       VARCHAR(30),
    proposed_reasons       VARCHAR(500),
    proposal_note          VARCHAR(2000),
    proposed_by            VARCHAR(100),
    outcome                VARCHAR(30),
    decision_reasons       VARCHAR(500),
    decision_note          VARCHAR(2000),
    decided_by             VARCHAR(100),
    decided_at             DATETIME(6),
    credit_limit           DECIMAL(15, 2),
    currency               VARCHAR(3),
    pricing_band           VARCHAR(40),
    service_plan           VARCHAR(80),
    next_review_date       DATE,
    assessment_millis      BIGINT,
    PRIMARY KEY (tenant_id, id, rev)
);
CREATE INDEX ix_review_case_aud_rev ON review_case_aud (tenant_id, rev);
CREATE INDEX ix_review_case_aud_validity ON review_case_aud (id, revend);

CREATE TABLE review_case_step (
    tenant_id              VARCHAR(64)   NOT NULL,
    id                     CHAR(36)      NOT NULL,
    version                BIGINT        NOT NULL,
    case_id                CHAR(36)      NOT NULL,
    run_number             INT           NOT NULL,
    stage                  VARCHAR(30)   NOT NULL,
    extension_key          VARCHAR(200)  NOT NULL,
    extension_name         VARCHAR(200)  NOT NULL,
    kind                   VARCHAR(30)   NOT NULL,
    status                 VARCHAR(10)   NOT NULL,
    summary                VARCHAR(500)  NOT NULL,
    reason_codes           VARCHAR(1000) NOT NULL,
    explanation            TEXT,
    factors                TEXT,
    score                  INT,
    probability_of_default DOUBLE,
    risk_class             VARCHAR(10),
    tier                   VARCHAR(40),
    millis                 BIGINT        NOT NULL,
    ran_at                 DATETIME(6)   NOT NULL,
    PRIMARY KEY (tenant_id, id),
    CONSTRAINT uk_review_case_step_id UNIQUE (id)
);
CREATE INDEX ix_review_case_step_case ON review_case_step (tenant_id, case_id, run_number);

CREATE TABLE review_case_step_aud (
    tenant_id              VARCHAR(64) NOT NULL,
    id                     CHAR(36)    NOT NULL,
    rev                    BIGINT      NOT NULL,
    revtype                TINYINT,
    revend                 BIGINT,
    revend_tstmp           BIGINT,
    case_id                CHAR(36),
    run_number             INT,
    stage                  VARCHAR(30),
    extension_key          VARCHAR(200),
    extension_name         VARCHAR(200),
    kind                   VARCHAR(30),
    status                 VARCHAR(10),
    summary                VARCHAR(500),
    reason_codes           VARCHAR(1000),
    explanation            TEXT,
    factors                TEXT,
    score                  INT,
    probability_of_default DOUBLE,
    risk_class             VARCHAR(10),
    tier                   VARCHAR(40),
    millis                 BIGINT,
    ran_at                 DATETIME(6),
    PRIMARY KEY (tenant_id, id, rev)
);
CREATE INDEX ix_review_case_step_aud_rev ON review_case_step_aud (tenant_id, rev);
CREATE INDEX ix_review_case_step_aud_validity ON review_case_step_aud (id, revend);

CREATE TABLE review_case_comment (
    tenant_id  VARCHAR(64)   NOT NULL,
    id         CHAR(36)      NOT NULL,
    version    BIGINT        NOT NULL,
    case_id    CHAR(36)      NOT NULL,
    author     VARCHAR(100)  NOT NULL,
    body       VARCHAR(4000) NOT NULL,
    mentions   VARCHAR(1000) NOT NULL,
    created_at DATETIME(6)   NOT NULL,
    PRIMARY KEY (tenant_id, id),
    CONSTRAINT uk_review_case_comment_id UNIQUE (id)
);
CREATE INDEX ix_review_case_comment_case ON review_case_comment (tenant_id, case_id, created_at);

CREATE TABLE review_case_comment_aud (
    tenant_id  VARCHAR(64) NOT NULL,
    id         CHAR(36)    NOT NULL,
    rev        BIGINT      NOT NULL,
    revtype    TINYINT,
    revend     BIGINT,
    revend_tstmp BIGINT,
    case_id    CHAR(36),
    author     VARCHAR(100),
    body       VARCHAR(4000),
    mentions   VARCHAR(1000),
    created_at DATETIME(6),
    PRIMARY KEY (tenant_id, id, rev)
);
CREATE INDEX ix_review_case_comment_aud_rev ON review_case_comment_aud (tenant_id, rev);
CREATE INDEX ix_review_case_comment_aud_validity ON review_case_comment_aud (id, revend);

-- What was sent to a customer, on which channel, with what result; the decision letter is kept byte for byte.
CREATE TABLE customer_message (
    tenant_id         VARCHAR(64)   NOT NULL,
    id                CHAR(36)      NOT NULL,
    version           BIGINT        NOT NULL,
    customer_id       CHAR(36)      NOT NULL,
    case_id           CHAR(36),
    channel           VARCHAR(10)   NOT NULL,
    recipient         VARCHAR(254),
    subject           VARCHAR(300)  NOT NULL,
    body              TEXT          NOT NULL,
    status            VARCHAR(20)   NOT NULL,
    detail            VARCHAR(1000),
    attachment        LONGBLOB,
    attachment_sha256 VARCHAR(64),
    created_at        DATETIME(6)   NOT NULL,
    PRIMARY KEY (tenant_id, id),
    CONSTRAINT uk_customer_message_id UNIQUE (id)
);
CREATE INDEX ix_customer_message_customer ON customer_message (tenant_id, customer_id, created_at);
CREATE INDEX ix_customer_message_case ON customer_message (tenant_id, case_id, created_at);

CREATE TABLE customer_message_aud (
    tenant_id         VARCHAR(64) NOT NULL,
    id                CHAR(36)    NOT NULL,
    rev               BIGINT      NOT NULL,
    revtype           TINYINT,
    revend            BIGINT,
    revend_tstmp      BIGINT,
    customer_id       CHAR(36),
    case_id           CHAR(36),
    channel           VARCHAR(10),
    recipient         VARCHAR(254),
    subject           VARCHAR(300),
    body              TEXT,
    status            VARCHAR(20),
    detail            VARCHAR(1000),
    attachment_sha256 VARCHAR(64),
    created_at        DATETIME(6),
    PRIMARY KEY (tenant_id, id, rev)
);
CREATE INDEX ix_customer_message_aud_rev ON customer_message_aud (tenant_id, rev);
CREATE INDEX ix_customer_message_aud_validity ON customer_message_aud (id, revend);

-- db-scheduler's table (platform infrastructure, not tenant data): tasks run on one node at a time.
CREATE TABLE scheduled_tasks (
    task_name            VARCHAR(100) NOT NULL,
    task_instance        VARCHAR(100) NOT NULL,
    task_data            BLOB,
    execution_time       DATETIME(6)  NOT NULL,
    picked               BOOLEAN      NOT NULL,
    picked_by            VARCHAR(50),
    last_success         DATETIME(6),
    last_failure         DATETIME(6),
    consecutive_failures INT,
    last_heartbeat       DATETIME(6),
    version              BIGINT       NOT NULL,
    priority             SMALLINT,
    PRIMARY KEY (task_name, task_instance)
);
CREATE INDEX ix_scheduled_tasks_execution ON scheduled_tasks (execution_time);
CREATE INDEX ix_scheduled_tasks_heartbeat ON scheduled_tasks (last_heartbeat);
CREATE INDEX ix_scheduled_tasks_priority ON scheduled_tasks (priority, execution_time);
