-- Personal data encrypted at rest (AES-256-GCM, see privacy/service/PersonalDataCipher): the columns hold
-- "k<key version>:<Base64>" now, sized for the longest allowed value in 4-byte UTF-8 plus nonce and tag.
-- Equality lookups go through blind indexes (HMAC-SHA256, hex); the ID-number uniqueness moves onto its index.
-- Rows written before this migration are encrypted and indexed by the rotation at the next start.
ALTER TABLE customer DROP CONSTRAINT uk_customer_national_id;
ALTER TABLE customer MODIFY national_id_number VARCHAR(400);
ALTER TABLE customer MODIFY phone VARCHAR(260);
ALTER TABLE customer MODIFY email VARCHAR(1400);
ALTER TABLE customer MODIFY address_line VARCHAR(1700);
ALTER TABLE customer ADD COLUMN national_id_index VARCHAR(64);
ALTER TABLE customer ADD COLUMN email_index VARCHAR(64);
ALTER TABLE customer ADD COLUMN phone_index VARCHAR(64);
ALTER TABLE customer ADD CONSTRAINT uk_customer_national_id UNIQUE (tenant_id, national_id_type, national_id_index);
-- Searches look an ID number up without knowing its type: the unique key (type first) cannot serve that.
CREATE INDEX ix_customer_national_id_index ON customer (tenant_id, national_id_index);
CREATE INDEX ix_customer_email_index ON customer (tenant_id, email_index);
CREATE INDEX ix_customer_phone_index ON customer (tenant_id, phone_index);

ALTER TABLE customer_aud MODIFY national_id_number VARCHAR(400);
ALTER TABLE customer_aud MODIFY phone VARCHAR(260);
ALTER TABLE customer_aud MODIFY email VARCHAR(1400);
ALTER TABLE customer_aud MODIFY address_line VARCHAR(1700);

ALTER TABLE mail_settings MODIFY password VARCHAR(1400);

-- Messages to customers: recipient address, text and the letter (which carries name and address).
ALTER TABLE customer_message MODIFY recipient VARCHAR(1400);
ALTER TABLE customer_message_aud MODIFY recipient VARCHAR(1400);
