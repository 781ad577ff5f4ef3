-- The customer record beyond the identity form: finances (income source and employment, assets and liabilities
-- by kind), the credit record (loans with their repayments, cards, overdue events, bureau scores) and documents.
-- Every entry refers to its customer by customer_id (no foreign key, as everywhere: keys lead with tenant_id).
-- Amounts of the credit record are in the customer's currency; holdings carry their own.
-- See tenants' V2026.11.28.1000 for the key conventions: tenant_id leads every key but the documented id-only ones.

CREATE TABLE customer_financial_profile (
    tenant_id         VARCHAR(64)  NOT NULL,
    id                CHAR(36)     NOT NULL,
    version           BIGINT       NOT NULL,
    customer_id       CHAR(36)     NOT NULL,
    income_source     VARCHAR(20),
    employment_status VARCHAR(20),
    employer_name     VARCHAR(200),
    employed_since    DATE,
    PRIMARY KEY (tenant_id, id),
    CONSTRAINT uk_customer_financial_profile_id UNIQUE (id),
    -- At most one profile per customer, so two first saves cannot both succeed.
    CONSTRAINT uk_customer_financial_profile_customer UNIQUE (tenant_id, customer_id)
);

CREATE TABLE customer_financial_profile_aud (
    tenant_id         VARCHAR(64) NOT NULL,
    id                CHAR(36)    NOT NULL,
    rev               BIGINT      NOT NULL,
    revtype           TINYINT,
    revend            BIGINT,
    revend_tstmp      BIGINT,
    customer_id       CHAR(36),
    income_source     VARCHAR(20),
    employment_status VARCHAR(20),
    employer_name     VARCHAR(200),
    employed_since    DATE,
    PRIMARY KEY (tenant_id, id, rev)
);
CREATE INDEX ix_customer_financial_profile_aud_rev ON customer_financial_profile_aud (tenant_id, rev);
CREATE INDEX ix_customer_financial_profile_aud_validity ON customer_financial_profile_aud (id, revend);

CREATE TABLE customer_holding (
    tenant_id   VARCHAR(64)    NOT NULL,
    id          CHAR(36)       NOT NULL,
    version     BIGINT         NOT NULL,
    customer_id CHAR(36)       NOT NULL,
    kind        VARCHAR(20)    NOT NULL,
    amount      DECIMAL(15, 2) NOT NULL,
    currency    VARCHAR(3)     NOT NULL,
    description VARCHAR(200),
    PRIMARY KEY (tenant_id, id),
    CONSTRAINT uk_customer_holding_id UNIQUE (id)
);
CREATE INDEX ix_customer_holding_customer ON customer_holding (tenant_id, customer_id);

CREATE TABLE customer_holding_aud (
    tenant_id    VARCHAR(64) NOT NULL,
    id           CHAR(36)    NOT NULL,
    rev          BIGINT      NOT NULL,
    revtype      TINYINT,
    revend       BIGINT,
    revend_tstmp BIGINT,
    customer_id  CHAR(36),
    kind         VARCHAR(20),
    amount       DECIMAL(15, 2),
    currency     VARCHAR(3),
    description  VARCHAR(200),
    PRIMARY KEY (tenant_id, id, rev)
);
CREATE INDEX ix_customer_holding_aud_rev ON customer_holding_aud (tenant_id, rev);
CREATE INDEX ix_customer_holding_aud_validity ON customer_holding_aud (id, revend);

CREATE TABLE customer_loan (
    tenant_id           VARCHAR(64)    NOT NULL,
    id                  CHAR(36)       NOT NULL,
    version             BIGINT         NOT NULL,
    customer_id         CHAR(36)       NOT NULL,
    lender              VARCHAR(200)   NOT NULL,
    original_amount     DECIMAL(15, 2) NOT NULL,
    outstanding_balance DECIMAL(15, 2) NOT NULL,
    status              VARCHAR(20)    NOT NULL,
    opened_on           DATE,
    PRIMARY KEY (tenant_id, id),
    CONSTRAINT uk_customer_loan_id UNIQUE (id)
);
CREATE INDEX ix_customer_loan_customer ON customer_loan (tenant_id, customer_id);

CREATE TABLE customer_loan_aud (
    tenant_id           VARCHAR(64) NOT NULL,
    id                  CHAR(36)    NOT NULL,
    rev                 BIGINT      NOT NULL,
    revtype             TINYINT,
    revend              BIGINT,
    revend_tstmp        BIGINT,
    customer_id         CHAR(36),
    lender              VARCHAR(200),
    original_amount     DECIMAL(15, 2),
    outstanding_balance DECIMAL(15, 2),
    status              VARCHAR(20),
    opened_on           DATE,
    PRIMARY KEY (tenant_id, id, rev)
);
CREATE INDEX ix_customer_loan_aud_rev ON customer_loan_aud (tenant_id, rev);
CREATE INDEX ix_customer_loan_aud_validity ON customer_loan_aud (id, revend);

CREATE TABLE customer_loan_repayment (
    tenant_id   VARCHAR(64)    NOT NULL,
    id          CHAR(36)       NOT NULL,
    version     BIGINT         NOT NULL,
    customer_id CHAR(36)       NOT NULL,
    loan_id     CHAR(36)       NOT NULL,
    due_date    DATE           NOT NULL,
    amount_due  DECIMAL(15, 2) NOT NULL,
    amount_paid DECIMAL(15, 2),
    paid_on     DATE,
    PRIMARY KEY (tenant_id, id),
    CONSTRAINT uk_customer_loan_repayment_id UNIQUE (id)
);
CREATE INDEX ix_customer_loan_repayment_loan ON customer_loan_repayment (tenant_id, loan_id, due_date);
CREATE INDEX ix_customer_loan_repayment_customer ON customer_loan_repayment (tenant_id, customer_id);

CREATE TABLE customer_loan_repayment_aud (
    tenant_id    VARCHAR(64) NOT NULL,
    id           CHAR(36)    NOT NULL,
    rev          BIGINT      NOT NULL,
    revtype      TINYINT,
    revend       BIGINT,
    revend_tstmp BIGINT,
    customer_id  CHAR(36),
    loan_id      CHAR(36),
    due_date     DATE,
    amount_due   DECIMAL(15, 2),
    amount_paid  DECIMAL(15, 2),
    paid_on      DATE,
    PRIMARY KEY (tenant_id, id, rev)
);
CREATE INDEX ix_customer_loan_repayment_aud_rev ON customer_loan_repayment_aud (tenant_id, rev);
CREATE INDEX ix_customer_loan_repayment_aud_validity ON customer_loan_repayment_aud (id, revend);

CREATE TABLE customer_card (
    tenant_id       VARCHAR(64)    NOT NULL,
    id              CHAR(36)       NOT NULL,
    version         BIGINT         NOT NULL,
    customer_id     CHAR(36)       NOT NULL,
    issuer          VARCHAR(200)   NOT NULL,
    credit_limit    DECIMAL(15, 2) NOT NULL,
    current_balance DECIMAL(15, 2) NOT NULL,
    PRIMARY KEY (tenant_id, id),
    CONSTRAINT uk_customer_card_id UNIQUE (id)
);
CREATE INDEX ix_customer_card_customer ON customer_card (tenant_id, customer_id);

CREATE TABLE customer_card_aud (
    tenant_id       VARCHAR(64) NOT NULL,
    id              CHAR(36)    NOT NULL,
    rev             BIGINT      NOT NULL,
    revtype         TINYINT,
    revend          BIGINT,
    revend_tstmp    BIGINT,
    customer_id     CHAR(36),
    issuer          VARCHAR(200),
    credit_limit    DECIMAL(15, 2),
    current_balance DECIMAL(15, 2),
    PRIMARY KEY (tenant_id, id, rev)
);
CREATE INDEX ix_customer_card_aud_rev ON customer_card_aud (tenant_id, rev);
CREATE INDEX ix_customer_card_aud_validity ON customer_card_aud (id, revend);

CREATE TABLE customer_overdue_event (
    tenant_id     VARCHAR(64)    NOT NULL,
    id            CHAR(36)       NOT NULL,
    version       BIGINT         NOT NULL,
    customer_id   CHAR(36)       NOT NULL,
    occurred_on   DATE           NOT NULL,
    days_past_due INT            NOT NULL,
    amount        DECIMAL(15, 2) NOT NULL,
    creditor      VARCHAR(200),
    PRIMARY KEY (tenant_id, id),
    CONSTRAINT uk_customer_overdue_event_id UNIQUE (id)
);
CREATE INDEX ix_customer_overdue_event_customer ON customer_overdue_event (tenant_id, customer_id, occurred_on);

CREATE TABLE customer_overdue_event_aud (
    tenant_id     VARCHAR(64) NOT NULL,
    id            CHAR(36)    NOT NULL,
    rev           BIGINT      NOT NULL,
    revtype       TINYINT,
    revend        BIGINT,
    revend_tstmp  BIGINT,
    customer_id   CHAR(36),
    occurred_on   DATE,
    days_past_due INT,
    amount        DECIMAL(15, 2),
    creditor      VARCHAR(200),
    PRIMARY KEY (tenant_id, id, rev)
);
CREATE INDEX ix_customer_overdue_event_aud_rev ON customer_overdue_event_aud (tenant_id, rev);
CREATE INDEX ix_customer_overdue_event_aud_validity ON customer_overdue_event_aud (id, revend);

CREATE TABLE customer_credit_score (
    tenant_id   VARCHAR(64)  NOT NULL,
    id          CHAR(36)     NOT NULL,
    version     BIGINT       NOT NULL,
    customer_id CHAR(36)     NOT NULL,
    bureau      VARCHAR(100) NOT NULL,
    score       INT          NOT NULL,
    scored_on   DATE         NOT NULL,
    PRIMARY KEY (tenant_id, id),
    CONSTRAINT uk_customer_credit_score_id UNIQUE (id)
);
CREATE INDEX ix_customer_credit_score_customer ON customer_credit_score (tenant_id, customer_id, scored_on);

CREATE TABLE customer_credit_score_aud (
    tenant_id    VARCHAR(64) NOT NULL,
    id           CHAR(36)    NOT NULL,
    rev          BIGINT      NOT NULL,
    revtype      TINYINT,
    revend       BIGINT,
    revend_tstmp BIGINT,
    customer_id  CHAR(36),
    bureau       VARCHAR(100),
    score        INT,
    scored_on    DATE,
    PRIMARY KEY (tenant_id, id, rev)
);
CREATE INDEX ix_customer_credit_score_aud_rev ON customer_credit_score_aud (tenant_id, rev);
CREATE INDEX ix_customer_credit_score_aud_validity ON customer_credit_score_aud (id, revend);

-- The bytes are written once and never audited: the history keeps the metadata and the SHA-256 of the bytes.
CREATE TABLE customer_document (
    tenant_id           VARCHAR(64)   NOT NULL,
    id                  CHAR(36)      NOT NULL,
    version             BIGINT        NOT NULL,
    customer_id         CHAR(36)      NOT NULL,
    document_type       VARCHAR(20)   NOT NULL,
    file_name           VARCHAR(255)  NOT NULL,
    content_type        VARCHAR(100)  NOT NULL,
    size_bytes          BIGINT        NOT NULL,
    sha256              VARCHAR(64)   NOT NULL,
    content             LONGBLOB      NOT NULL,
    uploaded_at         DATETIME(6)   NOT NULL,
    uploaded_by         VARCHAR(100)  NOT NULL,
    verification_status VARCHAR(10)   NOT NULL,
    verified_by         VARCHAR(100),
    verified_at         DATETIME(6),
    verification_note   VARCHAR(2000),
    PRIMARY KEY (tenant_id, id),
    CONSTRAINT uk_customer_document_id UNIQUE (id)
);
CREATE INDEX ix_customer_document_customer ON customer_document (tenant_id, customer_id, uploaded_at);

CREATE TABLE customer_document_aud (
    tenant_id           VARCHAR(64) NOT NULL,
    id                  CHAR(36)    NOT NULL,
    rev                 BIGINT      NOT NULL,
    revtype             TINYINT,
    revend              BIGINT,
    revend_tstmp        BIGINT,
    customer_id         CHAR(36),
    document_type       VARCHAR(20),
    file_name           VARCHAR(255),
    content_type        VARCHAR(100),
    size_bytes          BIGINT,
    sha256              VARCHAR(64),
    uploaded_at         DATETIME(6),
    uploaded_by         VARCHAR(100),
    verification_status VARCHAR(10),
    verified_by         VARCHAR(100),
    verified_at         DATETIME(6),
    verification_note   VARCHAR(2000),
    PRIMARY KEY (tenant_id, id, rev)
);
CREATE INDEX ix_customer_document_aud_rev ON customer_document_aud (tenant_id, rev);
CREATE INDEX ix_customer_document_aud_validity ON customer_document_aud (id, revend);
