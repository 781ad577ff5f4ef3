-- Review flows designed by each tenant (issue 5): a flow per product with an editable draft (JSON) and
-- immutable published versions; a case keeps the version it opened with. The case also records its product and
-- whether the flow's rules decided it without a person (auto-decided), which the dashboard reports.
CREATE TABLE review_flow (
    tenant_id         VARCHAR(64)   NOT NULL,
    id                CHAR(36)      NOT NULL,
    version           BIGINT        NOT NULL,
    product           VARCHAR(60)   NOT NULL,
    name              VARCHAR(200)  NOT NULL,
    draft             TEXT          NOT NULL,
    published_number  INT,
    default_flow      BOOLEAN       NOT NULL,
    PRIMARY KEY (tenant_id, id),
    CONSTRAINT uk_review_flow_id UNIQUE (id),
    CONSTRAINT uk_review_flow_product UNIQUE (tenant_id, product)
);

CREATE TABLE review_flow_aud (
    tenant_id         VARCHAR(64) NOT NULL,
    id                CHAR(36)    NOT NULL,
    rev               BIGINT      NOT NULL,
    revtype           TINYINT,
    revend            BIGINT,
    revend_tstmp      BIGINT,
    product           VARCHAR(60),
    name              VARCHAR(200),
    draft             TEXT,
    published_number  INT,
    default_flow      BOOLEAN,
    PRIMARY KEY (tenant_id, id, rev)
);
CREATE INDEX ix_review_flow_aud_rev ON review_flow_aud (tenant_id, rev);
CREATE INDEX ix_review_flow_aud_validity ON review_flow_aud (id, revend);

CREATE TABLE review_flow_version (
    tenant_id     VARCHAR(64)   NOT NULL,
    id            CHAR(36)      NOT NULL,
    version       BIGINT        NOT NULL,
    flow_id       CHAR(36)      NOT NULL,
    number        INT           NOT NULL,
    definition    TEXT          NOT NULL,
    published_at  DATETIME(6)   NOT NULL,
    published_by  VARCHAR(100)  NOT NULL,
    note          VARCHAR(2000) NOT NULL,
    PRIMARY KEY (tenant_id, id),
    CONSTRAINT uk_review_flow_version_id UNIQUE (id),
    CONSTRAINT uk_review_flow_version_number UNIQUE (tenant_id, flow_id, number)
);

CREATE TABLE review_flow_version_aud (
    tenant_id     VARCHAR(64) NOT NULL,
    id            CHAR(36)    NOT NULL,
    rev           BIGINT      NOT NULL,
    revtype       TINYINT,
    revend        BIGINT,
    revend_tstmp  BIGINT,
    flow_id       CHAR(36),
    number        INT,
    definition    TEXT,
    published_at  DATETIME(6),
    published_by  VARCHAR(100),
    note          VARCHAR(2000),
    PRIMARY KEY (tenant_id, id, rev)
);
CREATE INDEX ix_review_flow_version_aud_rev ON review_flow_version_aud (tenant_id, rev);
CREATE INDEX ix_review_flow_version_aud_validity ON review_flow_version_aud (id, revend);

ALTER TABLE review_case ADD COLUMN product VARCHAR(60);
ALTER TABLE review_case ADD COLUMN flow_version_id CHAR(36);
ALTER TABLE review_case ADD COLUMN flow_version_number INT;
ALTER TABLE review_case ADD COLUMN auto_decided BOOLEAN NOT NULL DEFAULT FALSE;
ALTER TABLE review_case_aud ADD COLUMN product VARCHAR(60);
ALTER TABLE review_case_aud ADD COLUMN flow_version_id CHAR(36);
ALTER TABLE review_case_aud ADD COLUMN flow_version_number INT;
ALTER TABLE review_case_aud ADD COLUMN auto_decided BOOLEAN;
CREATE INDEX ix_review_case_product_decided ON review_case (tenant_id, product, decided_at);
