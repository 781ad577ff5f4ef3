package com.crcloud.dashboard.service;

import com.crcloud.pluginhost.service.ExtensionKind;
import com.crcloud.review.domain.ReviewCase;
import com.crcloud.review.domain.ReviewCaseStep;
import com.crcloud.tenant.persistence.PostWriteEvents;
import jakarta.annotation.PostConstruct;
import jakarta.persistence.EntityManagerFactory;
import org.hibernate.action.spi.AfterTransactionCompletionProcess;
import org.hibernate.action.spi.BeforeTransactionCompletionProcess;
import org.hibernate.event.spi.EventSource;
import org.hibernate.event.spi.PostDeleteEvent;
import org.hibernate.event.spi.PostDeleteEventListener;
import org.hibernate.event.spi.PostInsertEvent;
import org.hibernate.event.spi.PostInsertEventListener;
import org.hibernate.event.spi.PostUpdateEvent;
import org.hibernate.event.spi.PostUpdateEventListener;
import org.hibernate.persister.entity.EntityPersister;
import org.springframework.stereotype.Component;

import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.WeakHashMap;

/**
 * Keeps the dashboard's summaries in step with the cases from whichever code writes them (the review service, the
 * flows, data loaders): every inserted, changed or deleted case, and every screening step, marks its case; once
 * the transaction's changes are flushed and before it commits, each marked case is refiled
 * ({@link DashboardSummaries#refile}) in the same transaction, so the summaries commit or roll back with the case.
 * The review feature knows nothing of it.
 */
@Component
class DashboardSummaryListener implements PostInsertEventListener, PostUpdateEventListener, PostDeleteEventListener {

    private final EntityManagerFactory entityManagerFactory;
    private final DashboardSummaries summaries;
    /** Cases marked per open session; the session's before-completion process takes its set out. */
    private final Map<Object, Set<CaseKey>> marked = Collections.synchronizedMap(new WeakHashMap<>());

    DashboardSummaryListener(EntityManagerFactory entityManagerFactory, DashboardSummaries summaries) {
        this.entityManagerFactory = entityManagerFactory;
        this.summaries = summaries;
    }

    @PostConstruct
    void register() {
        PostWriteEvents.register(entityManagerFactory, this);
    }

    @Override
    public void onPostInsert(PostInsertEvent event) {
        if (event.getEntity() instanceof ReviewCaseStep step && step.getKind() == ExtensionKind.SCREENING_PROVIDER) {
            mark(event.getSession(), new CaseKey(step.getTenantId(), step.getCaseId()));
        } else {
            markCase(event.getSession(), event.getEntity());
        }
    }

    @Override
    public void onPostUpdate(PostUpdateEvent event) {
        markCase(event.getSession(), event.getEntity());
    }

    @Override
    public void onPostDelete(PostDeleteEvent event) {
        markCase(event.getSession(), event.getEntity());
    }

    @Override
    public boolean requiresPostCommitHandling(EntityPersister persister) {
        return false;
    }

    private void markCase(EventSource session, Object entity) {
        if (entity instanceof ReviewCase reviewCase) {
            mark(session, new CaseKey(reviewCase.getTenantId(), reviewCase.getId()));
        }
    }

    private void mark(EventSource session, CaseKey key) {
        boolean first;
        synchronized (marked) {
            Set<CaseKey> keys = marked.get(session);
            first = keys == null;
            if (first) {
                keys = new LinkedHashSet<>();
                marked.put(session, keys);
            }
            keys.add(key);
        }
        if (first) {
            session.getActionQueue().registerProcess((BeforeTransactionCompletionProcess) completing -> {
                Set<CaseKey> keys = marked.remove(completing);
                if (keys != null) {
                    keys.forEach(caseKey -> summaries.refile(caseKey.tenant(), caseKey.caseId()));
                }
            });
            // A rollback skips the process above: forget the marks anyway.
            session.getActionQueue().registerProcess((AfterTransactionCompletionProcess) (success, completing) -> marked.remove(completing));
        }
    }

    private record CaseKey(String tenant, UUID caseId) {
    }
}
