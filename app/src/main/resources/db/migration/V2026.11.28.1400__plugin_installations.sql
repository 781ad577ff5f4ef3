-- Platform log of plugin uploads and administration (not tenant data).
CREATE TABLE plugin_installation (
    id             BIGINT AUTO_INCREMENT NOT NULL,
    plugin_id      VARCHAR(100),
    plugin_version VARCHAR(50),
    sha256         VARCHAR(64),
    file_name      VARCHAR(255),
    action         VARCHAR(20)   NOT NULL,
    detail         VARCHAR(1000),
    actor          VARCHAR(100)  NOT NULL,
    acted_at       DATETIME(6)   NOT NULL,
    PRIMARY KEY (id)
);
CREATE INDEX ix_plugin_installation_plugin ON plugin_installation (plugin_id, id);
