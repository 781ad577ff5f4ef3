package com.crcloud.bench;

import com.crcloud.customer.domain.NameParts;
import com.crcloud.customer.service.CustomerFilter;
import com.crcloud.customer.service.CustomerService;
import com.crcloud.privacy.service.BlindIndexes;
import com.crcloud.privacy.service.PersonalDataCipher;
import com.crcloud.review.service.ReviewCaseService;
import com.crcloud.review.service.WorkQueue;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.ArrayList;
import java.util.List;


/**
 * Issue 8, benchmark 2: the first page of the reviewer's work queue and of the customer list, through the services
 * the views call (page and total, as the grids ask for them), each against hand-written SQL over the indexes
 * returning the same page, at growing data sizes. The tenant holds {@link Size#tenantShare()} of all customers, the
 * other demo tenant the rest; each customer has one review case (60 % open). Data grows in place between sizes.
 */
public final class QueueAndSearchBenchmark implements Benchmark {

    private static final String ID = "2 queue/search";
    /** Vaadin's grid fetches 50 rows per page. */
    private static final int PAGE = 50;
    private static final double BUDGET_SECONDS = 6;
    private static final String TARGET = "p95 <= 50 ms and <= 1.5x hand-written SQL";

    @Override
    public String id() {
        return "2-queue-search";
    }

    @Override
    public void run(BenchContext bench) {
        int tenantRows = 0;
        int otherRows = 0;
        for (int total : bench.size().queueTotals()) {
            int tenantTarget = (int) Math.round(total * bench.size().tenantShare());
            int otherTarget = total - tenantTarget;
            int tenantFrom = tenantRows;
            int otherFrom = otherRows;
            double seconds = Measure.seconds(round -> {
                bench.data().customersWithCases(BenchContext.TENANT, tenantFrom, tenantTarget);
                bench.data().customersWithCases(BenchContext.OTHER_TENANT, otherFrom, otherTarget);
                analyse(bench.jdbc());
            });
            tenantRows = tenantTarget;
            otherRows = otherTarget;
            System.out.printf("   %d customers with cases (%d in the tenant): generated in %.1f s%n", total, tenantTarget, seconds);
            int tenantCount = tenantTarget;
            bench.as(BenchContext.TENANT, BenchData.MEASURED_REVIEWER, () -> measure(bench, total, tenantCount));
        }
    }

    private void measure(BenchContext bench, int total, int tenantCustomers) {
        ReviewCaseService cases = bench.bean(ReviewCaseService.class);
        CustomerService customers = bench.bean(CustomerService.class);
        JdbcTemplate jdbc = bench.jdbc();
        PersonalDataCipher cipher = bench.bean(PersonalDataCipher.class);
        String tenant = BenchContext.TENANT;
        String me = BenchData.MEASURED_REVIEWER;
        String size = " @" + total / 1000 + "k";

        compare(bench, "my open cases by due date" + size, total, round -> {
            cases.queue(WorkQueue.MINE, PageRequest.of(0, PAGE));
            cases.count(WorkQueue.MINE);
        }, round -> {
            jdbc.queryForList("SELECT c.id, c.reference, c.stage, c.due_at, c.model_risk_class, c.override_risk_class, cu.full_name "
                    + "FROM review_case c JOIN customer cu ON cu.tenant_id = c.tenant_id AND cu.id = c.customer_id "
                    + "WHERE c.tenant_id = ? AND c.assignee = ? AND c.open_slot IS NOT NULL ORDER BY c.due_at, c.reference LIMIT ?",
                    tenant, me, PAGE);
            jdbc.queryForObject("SELECT COUNT(*) FROM review_case WHERE tenant_id = ? AND assignee = ? AND open_slot IS NOT NULL",
                    Long.class, tenant, me);
        });

        // The product has no risk-class filter on any page; the nearest filtered page is the unassigned open cases.
        compare(bench, "unassigned open cases by due date" + size, total, round -> {
            cases.queue(WorkQueue.UNASSIGNED, PageRequest.of(0, PAGE));
            cases.count(WorkQueue.UNASSIGNED);
        }, round -> {
            jdbc.queryForList("SELECT c.id, c.reference, c.stage, c.due_at, c.model_risk_class, c.override_risk_class, cu.full_name "
                    + "FROM review_case c JOIN customer cu ON cu.tenant_id = c.tenant_id AND cu.id = c.customer_id "
                    + "WHERE c.tenant_id = ? AND c.assignee IS NULL AND c.open_slot IS NOT NULL ORDER BY c.due_at, c.reference LIMIT ?",
                    tenant, PAGE);
            jdbc.queryForObject("SELECT COUNT(*) FROM review_case WHERE tenant_id = ? AND assignee IS NULL AND open_slot IS NOT NULL",
                    Long.class, tenant);
        });

        long sampleMatches = customers.count(new CustomerFilter(namePrefix(0), null));
        if (sampleMatches == 0) {
            throw new IllegalStateException("The name search finds no customer named " + namePrefix(0) + "*: nothing to measure");
        }
        compare(bench, "customer name search, first page" + size, total, round -> {
            CustomerFilter filter = new CustomerFilter(namePrefix(round), null);
            customers.search(filter, PageRequest.of(0, PAGE, Sort.by("fullName")));
            customers.count(filter);
        }, round -> {
            // The same terms through the same name-part index, one IN per term as the product's query has.
            List<String> terms = NameParts.searchTerms(namePrefix(round));
            String matching = " FROM customer c WHERE c.tenant_id = ?"
                    + " AND c.id IN (SELECT customer_id FROM customer_name_part WHERE tenant_id = ? AND part LIKE ?)".repeat(terms.size());
            List<Object> arguments = new ArrayList<>(List.of(tenant));
            terms.forEach(term -> arguments.addAll(List.of(tenant, term + "%")));
            jdbc.queryForList("SELECT c.id, c.full_name, c.national_id_type, c.national_id_number, c.email, c.city, c.created_at"
                    + matching + " ORDER BY c.full_name LIMIT " + PAGE, arguments.toArray());
            jdbc.queryForObject("SELECT COUNT(*)" + matching, Long.class, arguments.toArray());
        });

        compare(bench, "customer ID-number lookup" + size, total, round -> {
            CustomerFilter filter = new CustomerFilter(BenchData.passportNumber(round * 7919 % tenantCustomers), null);
            customers.search(filter, PageRequest.of(0, PAGE, Sort.by("fullName")));
            customers.count(filter);
        }, round -> jdbc.queryForList("SELECT id, full_name, national_id_type, national_id_number, email, city, created_at "
                        + "FROM customer WHERE tenant_id = ? AND national_id_type = 'PASSPORT' AND national_id_index = ?",
                tenant, BlindIndexes.nationalId(cipher, "PASSPORT", BenchData.passportNumber(round * 7919 % tenantCustomers))));
    }

    private static void compare(BenchContext bench, String name, int total, Measure.Operation product, Measure.Operation baseline) {
        Stats handWritten = Measure.latency(bench.size().warmup(), bench.size().rounds(), BUDGET_SECONDS, baseline);
        Stats service = Measure.latency(bench.size().warmup(), bench.size().rounds(), BUDGET_SECONDS, product);
        bench.report().add(Row.of(ID, name)
                .latency(service, handWritten)
                .target(TARGET, service.p95Ms() <= 50 && service.medianMs() <= 1.5 * handWritten.medianMs())
                .figure("totalCustomers", total)
                .build());
    }

    /** "Given Surname" of the generated names: matches about one customer in 2,500. */
    private static String namePrefix(int round) {
        String name = BenchData.fullName(round);
        return name.substring(0, name.lastIndexOf(' '));
    }

    /** Fresh statistics after a bulk load, as an operator would gather them (MariaDB; H2 ANALYZE). */
    private static void analyse(JdbcTemplate jdbc) {
        String product = jdbc.execute((java.sql.Connection connection) -> connection.getMetaData().getDatabaseProductName());
        if ("H2".equals(product)) {
            jdbc.execute("ANALYZE");
        } else {
            jdbc.execute("ANALYZE TABLE customer, customer_name_part, review_case");
        }
    }
}
