package com.crcloud.bench;

import com.crcloud.customer.domain.NameParts;
import com.crcloud.privacy.service.BlindIndexes;
import com.crcloud.privacy.service.PersonalDataCipher;
import org.springframework.jdbc.core.JdbcTemplate;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.UUID;

/**
 * Fast, deterministic bulk data straight into the product's tables with batched JDBC (no validation, no history):
 * the same index always yields the same row, so runs are comparable and a data set can be grown in steps.
 */
public final class BenchData {

    public static final int BATCH = 1_000;
    /** Reviewers the generated cases are assigned to; "reviewer" is the demo user whose queue is measured. */
    public static final int ASSIGNEES = 50;
    public static final String MEASURED_REVIEWER = "reviewer";
    /** Reference point of generated timestamps, fixed so that runs are comparable. */
    public static final Instant EPOCH = Instant.parse("2026-11-01T00:00:00Z");

    static final List<String> SURNAMES = List.of("Wang", "Li", "Zhang", "Liu", "Chen", "Yang", "Huang", "Zhao", "Wu", "Zhou",
            "Smith", "Johnson", "Brown", "Garcia", "Miller", "Davis", "Martinez", "Lopez", "Wilson", "Anderson", "Taylor",
            "Thomas", "Moore", "Jackson", "Martin", "Lee", "Thompson", "White", "Harris", "Clark", "Lewis", "Walker", "Hall",
            "Young", "King", "Wright", "Scott", "Green", "Baker", "Adams", "Nelson", "Hill", "Campbell", "Mitchell",
            "Roberts", "Carter", "Phillips", "Evans", "Turner", "Torres");
    static final List<String> GIVEN_NAMES = List.of("Wei", "Fang", "Min", "Jing", "Lei", "Yan", "Jun", "Hui", "Xin", "Ming",
            "James", "Mary", "John", "Patricia", "Robert", "Jennifer", "Michael", "Linda", "William", "Elizabeth", "David",
            "Barbara", "Richard", "Susan", "Joseph", "Jessica", "Charles", "Sarah", "Daniel", "Karen", "Matthew", "Nancy",
            "Anthony", "Lisa", "Mark", "Betty", "Paul", "Sandra", "Steven", "Ashley", "Andrew", "Emily", "Kenneth", "Donna",
            "Joshua", "Michelle", "Kevin", "Carol", "Brian", "Amanda");
    private static final List<String> OPEN_STAGES = List.of("COLLECTING", "VERIFYING", "ASSESSING", "AWAITING_APPROVAL");
    private static final List<String> RISK = List.of("LOW", "MEDIUM", "HIGH");

    private final JdbcTemplate jdbc;
    private final PersonalDataCipher cipher;

    BenchData(JdbcTemplate jdbc, PersonalDataCipher cipher) {
        this.jdbc = jdbc;
        this.cipher = cipher;
    }

    /** The id of the tenant's customer number {@code index}. */
    public static UUID customerId(String tenant, int index) {
        return UUID.nameUUIDFromBytes((tenant + ":customer:" + index).getBytes(StandardCharsets.UTF_8));
    }

    public static String fullName(int index) {
        SplittableRandom random = new SplittableRandom(index * 7919L + 17);
        return GIVEN_NAMES.get(random.nextInt(GIVEN_NAMES.size())) + " " + SURNAMES.get(random.nextInt(SURNAMES.size()))
                + " " + Integer.toString(index, 36).toUpperCase(Locale.ROOT);
    }

    public static String passportNumber(int index) {
        return String.format(Locale.ROOT, "E%09d", index);
    }

    /** Customers {@code from} (inclusive) to {@code to} (exclusive) of the tenant, each with one review case. */
    public void customersWithCases(String tenant, int from, int to) {
        for (int start = from; start < to; start += BATCH) {
            int end = Math.min(to, start + BATCH);
            insertCustomers(tenant, start, end);
            insertCases(tenant, start, end);
        }
    }

    /** Customers {@code from} (inclusive) to {@code to} (exclusive) of the tenant, without review cases. */
    public void customers(String tenant, int from, int to) {
        for (int start = from; start < to; start += BATCH) {
            insertCustomers(tenant, start, Math.min(to, start + BATCH));
        }
    }

    private void insertCustomers(String tenant, int from, int to) {
        jdbc.execute((Connection connection) -> {
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO customer (tenant_id, id, version, full_name, "
                    + "date_of_birth, national_id_type, national_id_number, phone, email, city, country_code, currency, "
                    + "monthly_income, monthly_expenses, created_at, risk_class, national_id_index, email_index, phone_index) "
                    + "VALUES (?,?,0,?,?,'PASSPORT',?,?,?,?,?,?,?,?,?,?,?,?,?)");
                 PreparedStatement nameParts = connection.prepareStatement(
                         "INSERT INTO customer_name_part (tenant_id, customer_id, part) VALUES (?,?,?)")) {
                for (int i = from; i < to; i++) {
                    SplittableRandom random = new SplittableRandom(tenant.hashCode() * 31L + i);
                    insert.setString(1, tenant);
                    insert.setString(2, customerId(tenant, i).toString());
                    insert.setString(3, fullName(i));
                    insert.setObject(4, LocalDate.of(1950 + random.nextInt(55), 1 + random.nextInt(12), 1 + random.nextInt(28)));
                    // Stored as the product stores them: encrypted, with the blind indexes its lookups use.
                    String phone = "+86 10 " + (10_000_000 + i);
                    String email = "customer" + i + "@example.com";
                    insert.setString(5, cipher.encrypt(passportNumber(i)));
                    insert.setString(6, cipher.encrypt(phone));
                    insert.setString(7, cipher.encrypt(email));
                    insert.setString(8, "Beijing");
                    insert.setString(9, "CN");
                    insert.setString(10, "CNY");
                    insert.setBigDecimal(11, BigDecimal.valueOf(3_000 + random.nextInt(50_000)));
                    insert.setBigDecimal(12, BigDecimal.valueOf(1_000 + random.nextInt(10_000)));
                    insert.setTimestamp(13, Timestamp.from(EPOCH.minus(random.nextInt(1_000), ChronoUnit.DAYS)));
                    insert.setString(14, RISK.get(random.nextInt(RISK.size())));
                    insert.setString(15, BlindIndexes.nationalId(cipher, "PASSPORT", passportNumber(i)));
                    insert.setString(16, BlindIndexes.email(cipher, email));
                    insert.setString(17, BlindIndexes.phone(cipher, phone));
                    insert.addBatch();
                    // And the search index of the name, as the product keeps it.
                    for (String part : NameParts.of(fullName(i))) {
                        nameParts.setString(1, tenant);
                        nameParts.setString(2, customerId(tenant, i).toString());
                        nameParts.setString(3, part);
                        nameParts.addBatch();
                    }
                }
                insert.executeBatch();
                nameParts.executeBatch();
            }
            return null;
        });
    }

    /** 60 % open (20 % of those unassigned), 40 % decided; due dates spread over ±30 days around {@link #EPOCH}. */
    private void insertCases(String tenant, int from, int to) {
        jdbc.execute((Connection connection) -> {
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO review_case (tenant_id, id, version, reference, "
                    + "customer_id, opened_because, stage, open_slot, stage_entered_at, due_at, opened_at, opened_by, assignee, "
                    + "model_risk_class, decided_at, decided_by, outcome) VALUES (?,?,0,?,?,'PERIODIC',?,?,?,?,?,'bench',?,?,?,?,?)")) {
                for (int i = from; i < to; i++) {
                    SplittableRandom random = new SplittableRandom(tenant.hashCode() * 131L + i);
                    boolean open = random.nextInt(10) < 6;
                    Instant opened = EPOCH.minus(random.nextInt(60), ChronoUnit.DAYS);
                    insert.setString(1, tenant);
                    insert.setString(2, UUID.nameUUIDFromBytes((tenant + ":case:" + i).getBytes(StandardCharsets.UTF_8)).toString());
                    insert.setString(3, "B-" + i);
                    insert.setString(4, customerId(tenant, i).toString());
                    insert.setString(5, open ? OPEN_STAGES.get(random.nextInt(OPEN_STAGES.size())) : (random.nextBoolean() ? "APPROVED" : "REJECTED"));
                    insert.setObject(6, open ? 1 : null);
                    insert.setTimestamp(7, Timestamp.from(opened));
                    insert.setTimestamp(8, Timestamp.from(EPOCH.plus(random.nextInt(-30 * 24, 30 * 24), ChronoUnit.HOURS)));
                    insert.setTimestamp(9, Timestamp.from(opened));
                    int assignee = random.nextInt(ASSIGNEES + ASSIGNEES / 4);
                    insert.setString(10, assignee >= ASSIGNEES ? null : assignee == 0 ? MEASURED_REVIEWER : "bench-reviewer-" + assignee);
                    insert.setString(11, RISK.get(random.nextInt(RISK.size())));
                    insert.setTimestamp(12, open ? null : Timestamp.from(opened.plus(3, ChronoUnit.DAYS)));
                    insert.setString(13, open ? null : "bench");
                    insert.setString(14, open ? null : "APPROVED");
                    insert.addBatch();
                }
                insert.executeBatch();
            }
            return null;
        });
    }

    /**
     * Revisions {@code from} to {@code to} of the tenant's audit log, by {@link #ASSIGNEES} users, one every
     * ten seconds before {@link #EPOCH}-relative time, so that a date range selects a known slice.
     */
    public void revisions(String tenant, int from, int to) {
        for (int batch = from; batch < to; batch += BATCH) {
            int start = batch;
            int end = Math.min(to, batch + BATCH);
            jdbc.execute((Connection connection) -> {
                try (PreparedStatement insert = connection.prepareStatement("INSERT INTO audit_revision (revision_timestamp, "
                        + "revision_tenant_id, username, reason) VALUES (?,?,?,?)")) {
                    for (int i = start; i < end; i++) {
                        insert.setLong(1, revisionTime(i));
                        insert.setString(2, tenant);
                        insert.setString(3, i % ASSIGNEES == 0 ? MEASURED_REVIEWER : "bench-reviewer-" + i % ASSIGNEES);
                        insert.setString(4, "bench revision " + i);
                        insert.addBatch();
                    }
                    insert.executeBatch();
                }
                return null;
            });
        }
    }

    /** Epoch milliseconds of generated revision {@code index}: ten seconds apart, ending at {@link #EPOCH}. */
    public static long revisionTime(int index) {
        return EPOCH.toEpochMilli() - 50_000_000_000L + index * 10_000L;
    }
}
