CREATE TABLE customer (
    tenant_id          VARCHAR(64)    NOT NULL,
    id                 CHAR(36)       NOT NULL,
    version            BIGINT         NOT NULL,
    full_name          VARCHAR(200)   NOT NULL,
    date_of_birth      DATE,
    national_id_type   VARCHAR(20),
    national_id_number VARCHAR(64),
    phone              VARCHAR(40),
    email              VARCHAR(254),
    address_line       VARCHAR(300),
    city               VARCHAR(100),
    region             VARCHAR(100),
    postal_code        VARCHAR(20),
    country_code       VARCHAR(2),
    monthly_income     DECIMAL(15, 2),
    monthly_expenses   DECIMAL(15, 2),
    currency           VARCHAR(3),
    created_at         DATETIME(6)    NOT NULL,
    PRIMARY KEY (tenant_id, id),
    -- See tenants' V2026.11.28.1000 on why the globally unique id also has its own unique key.
    CONSTRAINT uk_customer_id UNIQUE (id),
    -- The same ID number may exist in another tenant; within one tenant it identifies one customer.
    CONSTRAINT uk_customer_national_id UNIQUE (tenant_id, national_id_type, national_id_number)
);
CREATE INDEX ix_customer_name ON customer (tenant_id, full_name);
CREATE INDEX ix_customer_created ON customer (tenant_id, created_at);

CREATE TABLE customer_aud (
    tenant_id          VARCHAR(64) NOT NULL,
    id                 CHAR(36)    NOT NULL,
    rev                BIGINT      NOT NULL,
    revtype            TINYINT,
    revend             BIGINT,
    revend_tstmp       BIGINT,
    full_name          VARCHAR(200),
    date_of_birth      DATE,
    national_id_type   VARCHAR(20),
    national_id_number VARCHAR(64),
    phone              VARCHAR(40),
    email              VARCHAR(254),
    address_line       VARCHAR(300),
    city               VARCHAR(100),
    region             VARCHAR(100),
    postal_code        VARCHAR(20),
    country_code       VARCHAR(2),
    monthly_income     DECIMAL(15, 2),
    monthly_expenses   DECIMAL(15, 2),
    currency           VARCHAR(3),
    created_at         DATETIME(6),
    PRIMARY KEY (tenant_id, id, rev)
);
CREATE INDEX ix_customer_aud_rev ON customer_aud (tenant_id, rev);
CREATE INDEX ix_customer_aud_validity ON customer_aud (id, revend);
