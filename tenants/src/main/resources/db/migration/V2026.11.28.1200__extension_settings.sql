-- Per-tenant switch and settings of each plugin extension (see V2026.11.28.1000 for the key conventions).
CREATE TABLE extension_setting (
    tenant_id      VARCHAR(64)    NOT NULL,
    id             CHAR(36)       NOT NULL,
    version        BIGINT         NOT NULL,
    plugin_id      VARCHAR(100)   NOT NULL,
    extension_id   VARCHAR(100)   NOT NULL,
    enabled        BOOLEAN        NOT NULL,
    setting_values VARCHAR(8000) NOT NULL,
    PRIMARY KEY (tenant_id, id),
    CONSTRAINT uk_extension_setting_id UNIQUE (id),
    CONSTRAINT uk_extension_setting_extension UNIQUE (tenant_id, plugin_id, extension_id)
);

CREATE TABLE extension_setting_aud (
    tenant_id      VARCHAR(64) NOT NULL,
    id             CHAR(36)    NOT NULL,
    rev            BIGINT      NOT NULL,
    revtype        TINYINT,
    revend         BIGINT,
    revend_tstmp   BIGINT,
    plugin_id      VARCHAR(100),
    extension_id   VARCHAR(100),
    enabled        BOOLEAN,
    setting_values VARCHAR(8000),
    PRIMARY KEY (tenant_id, id, rev)
);
CREATE INDEX ix_extension_setting_aud_rev ON extension_setting_aud (tenant_id, rev);
CREATE INDEX ix_extension_setting_aud_validity ON extension_setting_aud (id, revend);
