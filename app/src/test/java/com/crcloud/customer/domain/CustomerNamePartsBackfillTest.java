package com.crcloud.customer.domain;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Customers stored before the name search index existed are found by name after the upgrade. */
class CustomerNamePartsBackfillTest {

    @Test
    void the_upgrade_cuts_the_names_of_existing_customers_into_their_parts() {
        DriverManagerDataSource database = new DriverManagerDataSource("jdbc:h2:mem:backfill-" + UUID.randomUUID()
                + ";MODE=MySQL;DATABASE_TO_LOWER=TRUE;CASE_INSENSITIVE_IDENTIFIERS=TRUE;DB_CLOSE_DELAY=-1", "sa", "");
        Flyway.configure().dataSource(database).locations("classpath:db/migration").target("2026.12.01.1400").load().migrate();
        JdbcTemplate jdbc = new JdbcTemplate(database);
        String lender = UUID.randomUUID().toString();
        String wealth = UUID.randomUUID().toString();
        jdbc.update("INSERT INTO customer (tenant_id, id, version, full_name, created_at) VALUES ('lender', ?, 0, 'Anna-Lena Berg', CURRENT_TIMESTAMP)", lender);
        jdbc.update("INSERT INTO customer (tenant_id, id, version, full_name, created_at) VALUES ('wealth', ?, 0, '王小明', CURRENT_TIMESTAMP)", wealth);

        Flyway.configure().dataSource(database).locations("classpath:db/migration").load().migrate();

        assertThat(jdbc.queryForList("SELECT part FROM customer_name_part WHERE tenant_id = 'lender' AND customer_id = ?", String.class, lender))
                .containsExactlyInAnyOrderElementsOf(NameParts.of("Anna-Lena Berg"));
        assertThat(jdbc.queryForList("SELECT part FROM customer_name_part WHERE tenant_id = 'wealth' AND customer_id = ?", String.class, wealth))
                .containsExactlyInAnyOrder("王小明", "小明", "明");
    }
}
