package com.crcloud.bench;

import com.crcloud.customer.ui.CustomerImportView;
import com.crcloud.review.ui.ReviewCaseView;
import com.crcloud.review.ui.WorkQueueView;
import com.crcloud.security.CrcUser;
import com.github.mvysny.fakeservlet.FakeRequest;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.VaadinSession;
import org.springframework.security.core.context.SecurityContextHolder;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * Issue 8, benchmark 6: heap retained per open UI. {@link Size#openUis()} browserless sessions (Karibu-Testing's
 * mock servlet on the real Spring context, one shared servlet as in production), each signed in as a reviewer and
 * showing one view after a client round trip (the grid has fetched its first page), are kept open; the heap used
 * after full GCs with them, minus the heap before, divided by their number, is the figure. The work queue sits in
 * front of all the data the earlier benchmarks generated.
 */
public final class MemoryBenchmark implements Benchmark {

    private static final String ID = "6 memory";
    private static final long TARGET_BYTES = 150 * 1024;
    private static final int WARM_UP_SESSIONS = 10;

    @Override
    public String id() {
        return "6-memory";
    }

    @Override
    public void run(BenchContext bench) {
        MockSpringServlet servlet = new MockSpringServlet(new Routes().autoDiscoverViews("com.crcloud"), bench.application(), UI::new);
        UUID caseId = bench.jdbc().queryForObject("SELECT case_id FROM review_case_step WHERE tenant_id = ? GROUP BY case_id "
                + "ORDER BY COUNT(*) DESC, case_id LIMIT 1", UUID.class, BenchContext.TENANT);
        try {
            // A small form without a grid, for comparison: what the layout and a session cost before any list.
            measure(bench, servlet, "import form (comparison)", false, ui -> ui.navigate(CustomerImportView.class));
            measure(bench, servlet, "work queue", true, ui -> ui.navigate(WorkQueueView.class));
            measure(bench, servlet, "review case view", true, ui -> ui.navigate(ReviewCaseView.class, ReviewCaseView.parameters(caseId)));
        } finally {
            MockVaadin.tearDown();
            SecurityContextHolder.clearContext();
        }
    }

    private void measure(BenchContext bench, MockSpringServlet servlet, String view, boolean judged, Consumer<UI> open) {
        openSessions(bench, servlet, WARM_UP_SESSIONS, open);
        long before = usedHeapAfterGc();
        List<VaadinSession> sessions = openSessions(bench, servlet, bench.size().openUis(), open);
        long after = usedHeapAfterGc();
        long perUi = (after - before) / sessions.size();
        Row.Builder row = Row.of(ID, "retained heap per open UI, " + view);
        if (judged) {
            row.target("<= 150 KB per UI", perUi <= TARGET_BYTES);
        }
        bench.report().add(row
                .figure("kilobytesPerUi", perUi / 1024)
                .figure("openUis", sessions.size())
                .figure("heapBeforeMb", before >> 20)
                .figure("heapWithUisMb", after >> 20)
                .build());
        sessions.clear();
    }

    /** Opens sessions the way a sign-in does: user established first, then the UI, then navigation. */
    private static List<VaadinSession> openSessions(BenchContext bench, MockSpringServlet servlet, int count, Consumer<UI> open) {
        List<VaadinSession> sessions = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            CrcUser user = bench.actAs(BenchContext.TENANT, BenchData.MEASURED_REVIEWER);
            MockVaadin.setup(UI::new, servlet);
            FakeRequest request = (FakeRequest) VaadinServletRequest.getCurrent().getRequest();
            request.setUserPrincipalInt(SecurityContextHolder.getContext().getAuthentication());
            request.setUserInRole((principal, role) -> user.getAuthorities().stream()
                    .anyMatch(authority -> authority.getAuthority().equals("ROLE_" + role)));
            open.accept(UI.getCurrent());
            MockVaadin.clientRoundtrip();
            sessions.add(VaadinSession.getCurrent());
        }
        return sessions;
    }

    private static long usedHeapAfterGc() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }
}
