-- Records plugins keep through the SDK's RecordStore (see V2026.11.28.1000 for the key conventions).
CREATE TABLE plugin_record (
    tenant_id       VARCHAR(64)   NOT NULL,
    id              CHAR(36)      NOT NULL,
    version         BIGINT        NOT NULL,
    plugin_id       VARCHAR(100)  NOT NULL,
    collection_name VARCHAR(200)  NOT NULL,
    record_key      VARCHAR(200)  NOT NULL,
    record_value    VARCHAR(8000) NOT NULL,
    PRIMARY KEY (tenant_id, id),
    CONSTRAINT uk_plugin_record_id UNIQUE (id),
    CONSTRAINT uk_plugin_record_key UNIQUE (tenant_id, plugin_id, collection_name, record_key)
);

CREATE TABLE plugin_record_aud (
    tenant_id       VARCHAR(64) NOT NULL,
    id              CHAR(36)    NOT NULL,
    rev             BIGINT      NOT NULL,
    revtype         TINYINT,
    revend          BIGINT,
    revend_tstmp    BIGINT,
    plugin_id       VARCHAR(100),
    collection_name VARCHAR(200),
    record_key      VARCHAR(200),
    record_value    VARCHAR(8000),
    PRIMARY KEY (tenant_id, id, rev)
);
CREATE INDEX ix_plugin_record_aud_rev ON plugin_record_aud (tenant_id, rev);
CREATE INDEX ix_plugin_record_aud_validity ON plugin_record_aud (id, revend);
