package db.migration;

import com.crcloud.customer.domain.NameParts;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;

/**
 * Cuts the names of the customers stored before the search index existed into their parts, with the same rules
 * the product applies on every later write ({@link NameParts}).
 */
public class V2026_12_02_0910__Backfill_customer_name_parts extends BaseJavaMigration {

    private static final int BATCH = 1_000;

    @Override
    public void migrate(Context context) throws Exception {
        try (Statement customers = context.getConnection().createStatement();
             ResultSet names = customers.executeQuery("SELECT tenant_id, id, full_name FROM customer");
             PreparedStatement insert = context.getConnection()
                     .prepareStatement("INSERT INTO customer_name_part (tenant_id, customer_id, part) VALUES (?, ?, ?)")) {
            int pending = 0;
            while (names.next()) {
                for (String part : NameParts.of(names.getString("full_name"))) {
                    insert.setString(1, names.getString("tenant_id"));
                    insert.setString(2, names.getString("id"));
                    insert.setString(3, part);
                    insert.addBatch();
                    if (++pending == BATCH) {
                        insert.executeBatch();
                        pending = 0;
                    }
                }
            }
            if (pending > 0) {
                insert.executeBatch();
            }
        }
    }
}
