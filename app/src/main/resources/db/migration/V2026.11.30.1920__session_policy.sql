-- A tenant's session policy: the idle timeout given to each session at sign-in.
CREATE TABLE session_policy (
    tenant_id            VARCHAR(64) NOT NULL,
    id                   CHAR(36)    NOT NULL,
    version              BIGINT      NOT NULL,
    idle_timeout_minutes INT         NOT NULL,
    PRIMARY KEY (tenant_id, id),
    CONSTRAINT uk_session_policy_id UNIQUE (id),
    CONSTRAINT uk_session_policy_tenant UNIQUE (tenant_id)
);

CREATE TABLE session_policy_aud (
    tenant_id            VARCHAR(64) NOT NULL,
    id                   CHAR(36)    NOT NULL,
    rev                  BIGINT      NOT NULL,
    revtype              TINYINT,
    revend               BIGINT,
    revend_tstmp         BIGINT,
    idle_timeout_minutes INT,
    PRIMARY KEY (tenant_id, id, rev)
);
CREATE INDEX ix_session_policy_aud_rev ON session_policy_aud (tenant_id, rev);
CREATE INDEX ix_session_policy_aud_validity ON session_policy_aud (id, revend);
