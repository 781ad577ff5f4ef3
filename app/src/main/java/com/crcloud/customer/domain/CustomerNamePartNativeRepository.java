package com.crcloud.customer.domain;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

import java.util.Collection;
import java.util.UUID;

/** Writes the name parts of one customer of one tenant, in the transaction that writes the customer. */
@Repository
public class CustomerNamePartNativeRepository {

    private final NamedParameterJdbcTemplate jdbc;

    public CustomerNamePartNativeRepository(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(String tenant, UUID customerId, Collection<String> parts) {
        MapSqlParameterSource[] rows = parts.stream().map(part -> new MapSqlParameterSource("tenant", tenant)
                .addValue("customer", customerId.toString()).addValue("part", part)).toArray(MapSqlParameterSource[]::new);
        jdbc.batchUpdate("INSERT INTO customer_name_part (tenant_id, customer_id, part) VALUES (:tenant, :customer, :part)", rows);
    }

    public void delete(String tenant, UUID customerId) {
        jdbc.update("DELETE FROM customer_name_part WHERE tenant_id = :tenant AND customer_id = :customer",
                new MapSqlParameterSource("tenant", tenant).addValue("customer", customerId.toString()));
    }
}
