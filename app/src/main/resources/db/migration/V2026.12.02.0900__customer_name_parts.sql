-- The customer search's index: each customer's name cut into parts (com.crcloud.customer.domain.NameParts), so a
-- search by the beginning of any part reads an index range instead of every customer. Derived from the audited
-- customer.full_name, so no history table; filled for existing customers by the Java migration that follows.
CREATE TABLE customer_name_part (
    tenant_id   VARCHAR(64)  NOT NULL,
    customer_id CHAR(36)     NOT NULL,
    part        VARCHAR(100) NOT NULL,
    PRIMARY KEY (tenant_id, customer_id, part)
);
CREATE INDEX ix_customer_name_part_search ON customer_name_part (tenant_id, part, customer_id);
