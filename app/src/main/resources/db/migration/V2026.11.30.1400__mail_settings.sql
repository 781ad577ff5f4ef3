-- Each tenant's own outgoing mail server (see tenants' V2026.11.28.1000 for the key conventions).
-- The password is not kept in the audit table: the history shows that it changed, never its value.
CREATE TABLE mail_settings (
    tenant_id      VARCHAR(64)  NOT NULL,
    id             CHAR(36)     NOT NULL,
    version        BIGINT       NOT NULL,
    enabled        BOOLEAN      NOT NULL,
    host           VARCHAR(255) NOT NULL,
    port           INT          NOT NULL,
    security       VARCHAR(10)  NOT NULL,
    username       VARCHAR(255),
    password       VARCHAR(255),
    password_set_at DATETIME(6),
    from_address   VARCHAR(254) NOT NULL,
    PRIMARY KEY (tenant_id, id),
    CONSTRAINT uk_mail_settings_id UNIQUE (id),
    CONSTRAINT uk_mail_settings_tenant UNIQUE (tenant_id)
);

CREATE TABLE mail_settings_aud (
    tenant_id      VARCHAR(64) NOT NULL,
    id             CHAR(36)    NOT NULL,
    rev            BIGINT      NOT NULL,
    revtype        TINYINT,
    revend         BIGINT,
    revend_tstmp   BIGINT,
    enabled        BOOLEAN,
    host           VARCHAR(255),
    port           INT,
    security       VARCHAR(10),
    username       VARCHAR(255),
    password_set_at DATETIME(6),
    from_address   VARCHAR(254),
    PRIMARY KEY (tenant_id, id, rev)
);
CREATE INDEX ix_mail_settings_aud_rev ON mail_settings_aud (tenant_id, rev);
CREATE INDEX ix_mail_settings_aud_validity ON mail_settings_aud (id, revend);
