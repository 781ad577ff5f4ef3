-- One SQL dialect for H2 (MODE=MySQL) and MySQL/MariaDB.
-- Every tenant-owned table leads its primary key and its search indexes with tenant_id, so it can be sharded by
-- tenant. One deliberate exception per table: Hibernate 6.6 addresses rows by id alone in UPDATE/DELETE (it adds
-- the tenant predicate to reads, not to writes), and Envers closes validity intervals with "WHERE id=? AND
-- revend IS NULL". Ids are random UUIDs, unique across tenants and shards, so a unique key on id (and an
-- (id, revend) index on audit tables) keeps those writes off full scans; under Vitess it is a lookup vindex.

-- Envers revisions. Numbers are global; each revision records the tenant it belongs to (NULL for platform work).
CREATE TABLE audit_revision (
    id                 BIGINT AUTO_INCREMENT NOT NULL,
    revision_timestamp BIGINT        NOT NULL,
    revision_tenant_id VARCHAR(64),
    username           VARCHAR(100),
    reason             VARCHAR(1000),
    PRIMARY KEY (id)
);
CREATE INDEX ix_audit_revision_tenant_time ON audit_revision (revision_tenant_id, revision_timestamp);

-- Platform tables: not tenant-owned.
CREATE TABLE tenant (
    id           VARCHAR(64)  NOT NULL,
    display_name VARCHAR(200) NOT NULL,
    status       VARCHAR(20)  NOT NULL,
    locale_tag   VARCHAR(20)  NOT NULL,
    time_zone    VARCHAR(64)  NOT NULL,
    created_at   DATETIME(6)  NOT NULL,
    version      BIGINT       NOT NULL,
    PRIMARY KEY (id)
);

CREATE TABLE tenant_aud (
    id           VARCHAR(64) NOT NULL,
    rev          BIGINT      NOT NULL,
    revtype      TINYINT,
    revend       BIGINT,
    revend_tstmp BIGINT,
    display_name VARCHAR(200),
    status       VARCHAR(20),
    locale_tag   VARCHAR(20),
    time_zone    VARCHAR(64),
    created_at   DATETIME(6),
    PRIMARY KEY (id, rev)
);

CREATE TABLE platform_user (
    username      VARCHAR(100) NOT NULL,
    display_name  VARCHAR(200) NOT NULL,
    password_hash VARCHAR(100) NOT NULL,
    enabled       BOOLEAN      NOT NULL,
    PRIMARY KEY (username)
);

-- Tenant-owned.
CREATE TABLE user_account (
    tenant_id     VARCHAR(64)  NOT NULL,
    id            CHAR(36)     NOT NULL,
    version       BIGINT       NOT NULL,
    username      VARCHAR(100) NOT NULL,
    display_name  VARCHAR(200) NOT NULL,
    email         VARCHAR(254),
    password_hash VARCHAR(100) NOT NULL,
    roles         VARCHAR(300) NOT NULL,
    locale_tag    VARCHAR(20),
    enabled       BOOLEAN      NOT NULL,
    PRIMARY KEY (tenant_id, id),
    CONSTRAINT uk_user_account_id UNIQUE (id),
    CONSTRAINT uk_user_account_username UNIQUE (tenant_id, username)
);

CREATE TABLE user_account_aud (
    tenant_id    VARCHAR(64) NOT NULL,
    id           CHAR(36)    NOT NULL,
    rev          BIGINT      NOT NULL,
    revtype      TINYINT,
    revend       BIGINT,
    revend_tstmp BIGINT,
    username     VARCHAR(100),
    display_name VARCHAR(200),
    email        VARCHAR(254),
    roles        VARCHAR(300),
    locale_tag   VARCHAR(20),
    enabled      BOOLEAN,
    PRIMARY KEY (tenant_id, id, rev)
);
CREATE INDEX ix_user_account_aud_rev ON user_account_aud (tenant_id, rev);
CREATE INDEX ix_user_account_aud_validity ON user_account_aud (id, revend);
