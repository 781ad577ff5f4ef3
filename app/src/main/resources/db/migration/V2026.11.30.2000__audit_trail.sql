-- Audit trail: who acted in which roles and from which screen, which entities each revision changed (for the
-- tenant-wide audit log), the per-tenant hash chain, and audit events (sensitive reads, exports, verifications,
-- purges). Revision tables keep their own tenant column name (platform revisions have none); every index used by
-- a tenant's queries leads with it.

ALTER TABLE audit_revision ADD COLUMN user_roles VARCHAR(300);
ALTER TABLE audit_revision ADD COLUMN screen VARCHAR(200);
-- Position in the tenant's chain and the chained SHA-256 (hex), both set after commit by the sealing job.
ALTER TABLE audit_revision ADD COLUMN chain_seq BIGINT;
ALTER TABLE audit_revision ADD COLUMN chain_hash VARCHAR(64);
CREATE INDEX ix_audit_revision_tenant_rev ON audit_revision (revision_tenant_id, id);
CREATE INDEX ix_audit_revision_tenant_user ON audit_revision (revision_tenant_id, username, id);
CREATE INDEX ix_audit_revision_tenant_chain ON audit_revision (revision_tenant_id, chain_seq, id);

CREATE TABLE audit_revision_change (
    revision_id        BIGINT      NOT NULL,
    revision_tenant_id VARCHAR(64),
    entity_type        VARCHAR(100) NOT NULL,
    entity_id          VARCHAR(64)  NOT NULL,
    change_type        INT          NOT NULL,
    PRIMARY KEY (revision_id, entity_type, entity_id)
);
CREATE INDEX ix_audit_revision_change_tenant_rev ON audit_revision_change (revision_tenant_id, revision_id);
CREATE INDEX ix_audit_revision_change_tenant_entity ON audit_revision_change (revision_tenant_id, entity_id, revision_id);
CREATE INDEX ix_audit_revision_change_tenant_type ON audit_revision_change (revision_tenant_id, entity_type, change_type, revision_id);

-- Head of each tenant's chain: the row the sealer locks (sealing runs in sequence per tenant, writers never wait
-- for it), and the anchor a purge leaves behind (the last purged revision's position and hash).
CREATE TABLE audit_chain_head (
    revision_tenant_id VARCHAR(64) NOT NULL,
    last_seq           BIGINT      NOT NULL,
    last_hash          VARCHAR(64) NOT NULL,
    anchor_seq         BIGINT      NOT NULL,
    anchor_hash        VARCHAR(64) NOT NULL,
    PRIMARY KEY (revision_tenant_id)
);

CREATE TABLE audit_event (
    tenant_id    VARCHAR(64)   NOT NULL,
    id           CHAR(36)      NOT NULL,
    version      BIGINT        NOT NULL,
    kind         VARCHAR(30)   NOT NULL,
    subject_type VARCHAR(100),
    subject_id   VARCHAR(64),
    detail       VARCHAR(2000) NOT NULL,
    occurred_at  DATETIME(6)   NOT NULL,
    PRIMARY KEY (tenant_id, id),
    CONSTRAINT uk_audit_event_id UNIQUE (id)
);
CREATE INDEX ix_audit_event_subject ON audit_event (tenant_id, subject_id, occurred_at);

CREATE TABLE audit_event_aud (
    tenant_id    VARCHAR(64) NOT NULL,
    id           CHAR(36)    NOT NULL,
    rev          BIGINT      NOT NULL,
    revtype      TINYINT,
    revend       BIGINT,
    revend_tstmp BIGINT,
    kind         VARCHAR(30),
    subject_type VARCHAR(100),
    subject_id   VARCHAR(64),
    detail       VARCHAR(2000),
    occurred_at  DATETIME(6),
    PRIMARY KEY (tenant_id, id, rev)
);
CREATE INDEX ix_audit_event_aud_rev ON audit_event_aud (tenant_id, rev);
CREATE INDEX ix_audit_event_aud_validity ON audit_event_aud (id, revend);

-- Retention: how many months of history a tenant keeps beyond the legal minimum (no row: everything is kept).
CREATE TABLE audit_retention (
    tenant_id    VARCHAR(64) NOT NULL,
    id           CHAR(36)    NOT NULL,
    version      BIGINT      NOT NULL,
    extra_months INT         NOT NULL,
    PRIMARY KEY (tenant_id, id),
    CONSTRAINT uk_audit_retention_id UNIQUE (id)
);

CREATE TABLE audit_retention_aud (
    tenant_id    VARCHAR(64) NOT NULL,
    id           CHAR(36)    NOT NULL,
    rev          BIGINT      NOT NULL,
    revtype      TINYINT,
    revend       BIGINT,
    revend_tstmp BIGINT,
    extra_months INT,
    PRIMARY KEY (tenant_id, id, rev)
);
CREATE INDEX ix_audit_retention_aud_rev ON audit_retention_aud (tenant_id, rev);
CREATE INDEX ix_audit_retention_aud_validity ON audit_retention_aud (id, revend);
