-- Failed form sign-ins in a row per organisation + username as typed (platform table: sign-in precedes any tenant).
CREATE TABLE failed_sign_in (
    organisation    VARCHAR(64)  NOT NULL,
    username        VARCHAR(100) NOT NULL,
    failures        INT          NOT NULL,
    last_failure_at DATETIME(6)  NOT NULL,
    paused_until    DATETIME(6),
    PRIMARY KEY (organisation, username)
);
