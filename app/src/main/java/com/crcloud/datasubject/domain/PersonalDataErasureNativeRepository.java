package com.crcloud.datasubject.domain;

import com.crcloud.privacy.service.PersonalDataCipher;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

import java.util.List;
import java.util.UUID;

/**
 * Erases one customer's personal data where the entities cannot: in the history rows Envers wrote (every revision
 * of the customer, its documents, messages, complaints and surveys), and in the live rows of messages, complaints
 * and surveys, which keep their place in the review record with their personal content replaced. Live and history
 * rows get the same values, so the trail's comparison of live rows with their latest history still holds. Every
 * statement leads with the tenant.
 */
@Repository
public class PersonalDataErasureNativeRepository {

    /** What replaces free text the customer wrote or was sent. */
    public static final String ERASED = "[erased]";

    private static final List<String> HISTORY_BY_CUSTOMER = List.of("customer_document_aud", "customer_message_aud",
            "complaint_aud", "customer_survey_aud");

    private final NamedParameterJdbcTemplate jdbc;
    private final PersonalDataCipher cipher;

    public PersonalDataErasureNativeRepository(NamedParameterJdbcTemplate jdbc, PersonalDataCipher cipher) {
        this.jdbc = jdbc;
        this.cipher = cipher;
    }

    /** Every revision that wrote a history row about the customer: the revisions an erasure rewrites. */
    public List<Long> revisionsAbout(String tenant, UUID customer) {
        StringBuilder sql = new StringBuilder("SELECT rev FROM customer_aud WHERE tenant_id = :tenant AND id = :customer");
        for (String table : HISTORY_BY_CUSTOMER) {
            sql.append(" UNION SELECT rev FROM ").append(table).append(" WHERE tenant_id = :tenant AND customer_id = :customer");
        }
        return jdbc.queryForList(sql.toString(), params(tenant, customer), Long.class);
    }

    /** Replaces the personal content of the customer's history rows and of the live rows kept for the record. */
    public int erase(String tenant, UUID customer, String pseudonym) {
        MapSqlParameterSource params = params(tenant, customer).addValue("pseudonym", pseudonym).addValue("erased", ERASED)
                .addValue("erasedBody", cipher.encrypt(ERASED));
        int rows = jdbc.update("UPDATE customer_aud SET full_name = :pseudonym, date_of_birth = NULL, national_id_type = NULL,"
                + " national_id_number = NULL, phone = NULL, email = NULL, address_line = NULL, city = NULL, region = NULL,"
                + " postal_code = NULL WHERE tenant_id = :tenant AND id = :customer", params);
        rows += jdbc.update("UPDATE customer_document_aud SET file_name = :erased, verification_note = NULL"
                + " WHERE tenant_id = :tenant AND customer_id = :customer", params);
        rows += jdbc.update("UPDATE customer_message SET recipient = NULL, body = :erasedBody, attachment = NULL"
                + " WHERE tenant_id = :tenant AND customer_id = :customer", params);
        rows += jdbc.update("UPDATE customer_message_aud SET recipient = NULL, body = :erasedBody"
                + " WHERE tenant_id = :tenant AND customer_id = :customer", params);
        for (String table : List.of("complaint", "complaint_aud")) {
            rows += jdbc.update("UPDATE " + table + " SET description = :erased,"
                    + " resolution = CASE WHEN resolution IS NULL THEN NULL ELSE :erased END"
                    + " WHERE tenant_id = :tenant AND customer_id = :customer", params);
        }
        for (String table : List.of("customer_survey", "customer_survey_aud")) {
            rows += jdbc.update("UPDATE " + table + " SET answers = NULL WHERE tenant_id = :tenant AND customer_id = :customer", params);
        }
        return rows;
    }

    private static MapSqlParameterSource params(String tenant, UUID customer) {
        return new MapSqlParameterSource("tenant", tenant).addValue("customer", customer.toString());
    }
}
