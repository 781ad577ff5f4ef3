-- The audit log filtered by user and date range (issue 8, benchmark 3): with only (tenant, time) the database walks
-- every revision of the tenant in the range to find one user's; with the user second it reads just that user's.
CREATE INDEX ix_audit_revision_tenant_user_time ON audit_revision (revision_tenant_id, username, revision_timestamp);
