package com.crcloud.audit.service;

import com.crcloud.audit.domain.AuditEvent;
import com.crcloud.audit.domain.AuditEventKind;
import com.crcloud.audit.domain.AuditEventRepository;
import com.crcloud.tenant.audit.AuditReason;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;

/**
 * Records audit events in a transaction of their own, so a read (often inside a read-only transaction) leaves
 * its trace, and the trace stays even if the caller's work later fails. The detail doubles as the revision's
 * reason, so the audit log shows it without opening the revision.
 */
@Service
public class AuditEvents {

    private final AuditEventRepository events;
    private final TransactionTemplate ownTransaction;
    private final Clock clock;

    public AuditEvents(AuditEventRepository events, PlatformTransactionManager transactionManager, Clock clock) {
        this.events = events;
        this.ownTransaction = new TransactionTemplate(transactionManager);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
    }

    public void record(AuditEventKind kind, String subjectType, String subjectId, String detail) {
        AuditReason.with(detail, () -> ownTransaction.execute(status ->
                events.save(new AuditEvent(kind, subjectType, subjectId, detail, clock.instant()))));
    }
}
