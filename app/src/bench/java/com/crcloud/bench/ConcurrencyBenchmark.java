package com.crcloud.bench;

import com.crcloud.customer.domain.Customer;
import com.crcloud.customer.service.ConcurrentChangeException;
import com.crcloud.customer.service.CustomerService;
import com.crcloud.plugin.api.RiskClass;
import com.crcloud.review.domain.CaseStage;
import com.crcloud.review.domain.CaseTrigger;
import com.crcloud.review.domain.DecisionOutcome;
import com.crcloud.review.domain.DecisionReason;
import com.crcloud.review.domain.ReviewCase;
import com.crcloud.review.service.CaseProposal;
import com.crcloud.review.service.ReviewCaseService;
import com.crcloud.tenant.user.Role;
import com.crcloud.tenant.user.TenantUserService;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Issue 8, benchmark 7: many people at once, in parallel threads through the services (permission checks,
 * transactions, optimistic locking and history as in production).
 * <ul>
 * <li>{@link Size#reviewers()} reviewers each take their own customer through a whole review (open, verify,
 * assess, override with a justification, decide), all starting together: every case must end decided by its
 * reviewer, nothing may fail.</li>
 * <li>{@link Size#sameCaseEditors()} people edit the same customer record at once, each changing their own
 * field {@value #EDITS_PER_EDITOR} times from the version they loaded. A stale version is refused
 * ({@link ConcurrentChangeException}); the editor reloads and applies the change again, as the form tells them
 * to. At the end each field must hold its editor's last value and the version must have moved once per
 * accepted save: zero lost updates.</li>
 * </ul>
 */
public final class ConcurrencyBenchmark implements Benchmark {

    private static final String ID = "7 concurrency";
    private static final int EDITS_PER_EDITOR = 10;
    private static final String JUSTIFICATION = "Benchmark: income verified against the latest tax statement.";

    @Override
    public String id() {
        return "7-concurrency";
    }

    @Override
    public void run(BenchContext bench) throws Exception {
        int reviewers = bench.size().reviewers();
        List<String> usernames = new ArrayList<>();
        bench.as(BenchContext.TENANT, "tenant-admin", () -> {
            TenantUserService users = bench.bean(TenantUserService.class);
            for (int i = 1; i <= reviewers; i++) {
                String username = "bench-reviewer-" + i;
                users.createUser(username, "Bench reviewer " + i, username + "@bench.example", "bench-password-" + i,
                        EnumSet.of(Role.REVIEWER));
                usernames.add(username);
            }
        });
        List<UUID> customers = bench.createCustomers("CC", reviewers + 1);
        reviewersInParallel(bench, usernames, customers);
        editorsOnOneRecord(bench, customers.get(reviewers));
    }

    private void reviewersInParallel(BenchContext bench, List<String> usernames, List<UUID> customers) throws Exception {
        ReviewCaseService cases = bench.bean(ReviewCaseService.class);
        CyclicBarrier start = new CyclicBarrier(usernames.size());
        List<String> failures = Collections.synchronizedList(new ArrayList<>());
        Map<String, UUID> decided = new ConcurrentHashMap<>();
        List<Long> nanos = Collections.synchronizedList(new ArrayList<>());
        ExecutorService threads = Executors.newFixedThreadPool(usernames.size());
        long began;
        List<Future<?>> done = new ArrayList<>();
        try {
            for (int i = 0; i < usernames.size(); i++) {
                String username = usernames.get(i);
                UUID customerId = customers.get(i);
                done.add(threads.submit(() -> bench.as(BenchContext.TENANT, username, () -> {
                    await(start);
                    long started = System.nanoTime();
                    try {
                        ReviewCase reviewCase = cases.open(customerId, CaseTrigger.INITIAL);
                        reviewCase = cases.startVerification(reviewCase.getId(), reviewCase.getVersion(), Locale.ENGLISH);
                        reviewCase = cases.startAssessment(reviewCase.getId(), reviewCase.getVersion(), Locale.ENGLISH);
                        reviewCase = cases.override(reviewCase.getId(), reviewCase.getVersion(), RiskClass.LOW, null, JUSTIFICATION);
                        reviewCase = cases.decide(reviewCase.getId(), reviewCase.getVersion(),
                                new CaseProposal(DecisionOutcome.APPROVED, List.of(DecisionReason.MEETS_POLICY), null), Locale.ENGLISH);
                        nanos.add(System.nanoTime() - started);
                        decided.put(username, reviewCase.getId());
                    } catch (RuntimeException e) {
                        // Deadlocks and lock timeouts would land here: the product does not retry them, so they count as failures.
                        failures.add(username + ": " + e);
                    }
                })));
            }
            began = System.nanoTime();
            for (Future<?> future : done) {
                future.get();
            }
        } finally {
            threads.shutdownNow();
        }
        double seconds = (System.nanoTime() - began) / 1e9;
        if (nanos.isEmpty()) {
            throw new IllegalStateException("No reviewer got to a decision: " + failures);
        }
        int wrong = bench.as(BenchContext.TENANT, "tenant-admin", () -> {
            int mismatches = 0;
            for (Map.Entry<String, UUID> entry : decided.entrySet()) {
                ReviewCase stored = cases.find(entry.getValue()).orElseThrow();
                boolean concluded = stored.getStage() == CaseStage.APPROVED || stored.getStage() == CaseStage.AWAITING_APPROVAL;
                mismatches += concluded && entry.getKey().equals(stored.getProposedBy()) ? 0 : 1;
            }
            return mismatches + failures.size();
        });
        bench.report().add(Row.of(ID, usernames.size() + " reviewers, own case each, open to decision")
                .latency(Stats.ofNanos(nanos.stream().mapToLong(Long::longValue).toArray()), null)
                .target("all decided as proposed, no failure", wrong == 0 && !nanos.isEmpty())
                .figure("casesPerSecond", ScreeningBenchmark.round(usernames.size() / seconds))
                .figure("wallSeconds", ScreeningBenchmark.round(seconds))
                .figure("casesNotDecidedAsProposed", wrong)
                .figure("failures", failures)
                .build());
    }

    private void editorsOnOneRecord(BenchContext bench, UUID customerId) throws Exception {
        CustomerService customers = bench.bean(CustomerService.class);
        int editors = bench.size().sameCaseEditors();
        List<String> usernames = new ArrayList<>();
        for (int i = 0; i < editors; i++) {
            usernames.add(i == 0 ? "reviewer" : "bench-reviewer-" + i);
        }
        long initialVersion = bench.as(BenchContext.TENANT, "reviewer", () -> customers.find(customerId).orElseThrow().getVersion());
        CyclicBarrier start = new CyclicBarrier(editors);
        AtomicInteger conflicts = new AtomicInteger();
        AtomicInteger accepted = new AtomicInteger();
        List<Long> nanos = Collections.synchronizedList(new ArrayList<>());
        ExecutorService threads = Executors.newFixedThreadPool(editors);
        long began = System.nanoTime();
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int e = 0; e < editors; e++) {
                int editor = e;
                done.add(threads.submit(() -> bench.as(BenchContext.TENANT, usernames.get(editor), () -> {
                    await(start);
                    for (int edit = 1; edit <= EDITS_PER_EDITOR; edit++) {
                        long started = System.nanoTime();
                        while (true) {
                            Customer loaded = customers.find(customerId).orElseThrow();
                            apply(loaded, editor, edit);
                            try {
                                customers.save(loaded, "bench editor " + editor + " edit " + edit);
                                accepted.incrementAndGet();
                                break;
                            } catch (ConcurrentChangeException refused) {
                                conflicts.incrementAndGet();
                            }
                        }
                        nanos.add(System.nanoTime() - started);
                    }
                })));
            }
            for (Future<?> future : done) {
                future.get();
            }
        } finally {
            threads.shutdownNow();
        }
        double seconds = (System.nanoTime() - began) / 1e9;
        Customer end = bench.as(BenchContext.TENANT, "reviewer", () -> customers.find(customerId).orElseThrow());
        int lost = 0;
        for (int editor = 0; editor < editors; editor++) {
            lost += field(end, editor).equals(value(editor, EDITS_PER_EDITOR)) ? 0 : 1;
        }
        long versionSteps = end.getVersion() - initialVersion;
        boolean versionsAgree = versionSteps == accepted.get() && accepted.get() == editors * EDITS_PER_EDITOR;
        bench.report().add(Row.of(ID, editors + " editors x " + EDITS_PER_EDITOR + " saves on one customer record")
                .latency(Stats.ofNanos(nanos.stream().mapToLong(Long::longValue).toArray()), null)
                .target("zero lost updates, conflicts refused and retried", lost == 0 && versionsAgree)
                .figure("acceptedSaves", accepted.get())
                .figure("optimisticLockConflicts", conflicts.get())
                .figure("versionSteps", versionSteps)
                .figure("fieldsWithLostUpdate", lost)
                .figure("savesPerSecond", ScreeningBenchmark.round(accepted.get() / seconds))
                .build());
    }

    /** Editor {@code k} owns one field of the record and writes its edit number into it. */
    private static void apply(Customer customer, int editor, int edit) {
        String value = value(editor, edit);
        switch (editor % 5) {
            case 0 -> customer.setCity(value);
            case 1 -> customer.setRegion(value);
            case 2 -> customer.setPostalCode(value);
            case 3 -> customer.setAddressLine(value);
            default -> customer.setEmail(value);
        }
    }

    private static String value(int editor, int edit) {
        return switch (editor % 5) {
            case 0 -> "City " + editor + "-" + edit;
            case 1 -> "Region " + editor + "-" + edit;
            case 2 -> String.format(Locale.ROOT, "%06d", 100_000 + editor * 100 + edit);
            case 3 -> "Street " + editor + "-" + edit;
            default -> "editor" + editor + "-" + edit + "@bench.example";
        };
    }

    private static String field(Customer customer, int editor) {
        return String.valueOf(switch (editor % 5) {
            case 0 -> customer.getCity();
            case 1 -> customer.getRegion();
            case 2 -> customer.getPostalCode();
            case 3 -> customer.getAddressLine();
            default -> customer.getEmail();
        });
    }

    private static void await(CyclicBarrier barrier) {
        try {
            barrier.await();
        } catch (Exception e) {
            throw new IllegalStateException("Benchmark threads did not start together", e);
        }
    }
}
