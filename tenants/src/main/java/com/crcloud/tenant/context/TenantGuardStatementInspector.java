package com.crcloud.tenant.context;

import org.hibernate.resource.jdbc.spi.StatementInspector;

import java.util.regex.Pattern;

/**
 * The last gate before the database: every tenant-owned table has a {@code tenant_id} column, so any SQL that
 * mentions it while no tenant is in context is refused with {@link NoTenantException}. This covers entity
 * loads, queries, Envers audit reads and writes alike.
 */
public class TenantGuardStatementInspector implements StatementInspector {

    private static final Pattern TENANT_COLUMN = Pattern.compile("\\btenant_id\\b", Pattern.CASE_INSENSITIVE);

    @Override
    public String inspect(String sql) {
        if (TenantContext.currentTenantId().isEmpty() && TENANT_COLUMN.matcher(sql).find()) {
            throw new NoTenantException("No tenant in context: refusing to run a statement on tenant-owned data");
        }
        return sql;
    }
}
