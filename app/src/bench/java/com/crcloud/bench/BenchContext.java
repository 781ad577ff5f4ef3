package com.crcloud.bench;

import com.crcloud.consent.domain.ConsentChannel;
import com.crcloud.consent.domain.ConsentPurpose;
import com.crcloud.consent.domain.ConsentStatus;
import com.crcloud.consent.service.ConsentService;
import com.crcloud.customer.domain.Customer;
import com.crcloud.customer.domain.NationalIdType;
import com.crcloud.customer.service.CustomerService;
import com.crcloud.security.CrcUser;
import com.crcloud.security.UserDirectory;
import org.springframework.context.ConfigurableApplicationContext;
import com.crcloud.privacy.service.PersonalDataCipher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * What every benchmark works with: the running application (real Spring context and services, scheduler off),
 * the run's size, plain JDBC for data generation and baselines, and the report.
 */
public final class BenchContext {

    /** The tenant whose pages are measured (a demo tenant: its users, roles and enabled plugins exist). */
    public static final String TENANT = "northwind-lending";
    /** The tenant holding the other customers, so that every query must pick one tenant's rows out of many. */
    public static final String OTHER_TENANT = "jade-wealth";

    private final ConfigurableApplicationContext application;
    private final Size size;
    private final JdbcTemplate jdbc;
    private final Report report;
    private final BenchData data;

    public BenchContext(ConfigurableApplicationContext application, Size size, Report report) {
        this.application = application;
        this.size = size;
        this.jdbc = application.getBean(JdbcTemplate.class);
        this.report = report;
        this.data = new BenchData(jdbc, application.getBean(PersonalDataCipher.class));
    }

    public <T> T bean(Class<T> type) {
        return application.getBean(type);
    }

    public ConfigurableApplicationContext application() {
        return application;
    }

    public Size size() {
        return size;
    }

    public JdbcTemplate jdbc() {
        return jdbc;
    }

    public BenchData data() {
        return data;
    }

    public Report report() {
        return report;
    }

    /**
     * Customers created through the customer service (validation and history, as the form does), for benchmarks
     * that change customers: Envers' validity strategy needs the history row a bulk insert would not write.
     *
     * @param prefix distinguishes the passport numbers of one benchmark's customers from another's
     */
    public List<UUID> createCustomers(String prefix, int count) {
        return as(TENANT, "tenant-admin", () -> {
            CustomerService customers = bean(CustomerService.class);
            ConsentService consents = bean(ConsentService.class);
            List<ConsentPurpose> required = consents.purposes().stream().filter(ConsentPurpose::isRequiredForReview).toList();
            List<UUID> ids = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                Customer customer = new Customer();
                customer.setFullName(BenchData.fullName(i));
                customer.setDateOfBirth(LocalDate.of(1960 + i % 40, 1 + i % 12, 1 + i % 28));
                customer.setNationalIdType(NationalIdType.PASSPORT);
                customer.setNationalIdNumber(String.format(Locale.ROOT, "%s%07d", prefix, i));
                customer.setMonthlyIncome(new BigDecimal("12000.00"));
                customer.setMonthlyExpenses(new BigDecimal("3000.00"));
                customer.setCurrency("CNY");
                customer.setCountryCode("CN");
                customer.setCity("Beijing");
                customer.setEmail(prefix.toLowerCase(Locale.ROOT) + i + "@bench.example");
                UUID id = customers.save(customer, "benchmark set-up").getId();
                // As at onboarding: the customer consents to every purpose a review requires, else no case opens.
                for (ConsentPurpose purpose : required) {
                    consents.record(id, purpose.getId(), ConsentStatus.GIVEN, null, ConsentChannel.ONLINE, "benchmark set-up");
                }
                ids.add(id);
            }
            return ids;
        });
    }

    /** Signs in on this thread as an existing user, as the login form does after checking the password. */
    public CrcUser actAs(String tenant, String username) {
        CrcUser user = bean(UserDirectory.class).find(tenant, username)
                .orElseThrow(() -> new IllegalArgumentException("No user " + username + " in " + tenant))
                .user();
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        return user;
    }

    /** Runs the work signed in as the user, signed out afterwards. */
    public <T> T as(String tenant, String username, Supplier<T> work) {
        actAs(tenant, username);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    public void as(String tenant, String username, Runnable work) {
        as(tenant, username, () -> {
            work.run();
            return null;
        });
    }
}
