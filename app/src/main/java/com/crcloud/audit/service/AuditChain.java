package com.crcloud.audit.service;

import com.crcloud.audit.domain.AuditChainNativeRepository;
import com.crcloud.audit.domain.AuditChainNativeRepository.Head;
import com.crcloud.audit.domain.AuditChainNativeRepository.Sealed;
import com.crcloud.audit.domain.TrailFinding;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The per-tenant hash chain over revisions: hash(n) = SHA-256(hash(n-1) + "\n" + canonical content of revision n).
 * <p>
 * Writers never wait for the chain: a revision is committed unsealed, and sealing runs afterwards in short
 * transactions of its own that take the tenant's head row lock, so sealers of one tenant go one after another
 * while business transactions run in parallel. The chain's order is the order of sealing (a revision number
 * taken earlier by a transaction that commits later is sealed later), which is why the position is stored.
 * Callers provide the tenant context; the access checks are in {@link AuditTrailService}.
 */
@Service
public class AuditChain {

    static final int BATCH = 500;

    private final AuditChainNativeRepository chain;
    private final TransactionTemplate transaction;
    private final Clock clock;

    public AuditChain(AuditChainNativeRepository chain, PlatformTransactionManager transactionManager, Clock clock) {
        this.chain = chain;
        this.transaction = new TransactionTemplate(transactionManager);
        this.clock = clock;
    }

    /** Seals every committed, unsealed revision of the tenant; returns how many. */
    public int seal(String tenant) {
        int total = 0;
        while (true) {
            Integer sealed = transaction.execute(status -> sealBatch(tenant));
            if (sealed == null || sealed == 0) {
                return total;
            }
            total += sealed;
        }
    }

    private int sealBatch(String tenant) {
        Head head = chain.lockHead(tenant);
        List<Long> revisions = chain.unsealed(tenant, BATCH);
        if (revisions.isEmpty()) {
            return 0;
        }
        Map<Long, String> content = chain.canonicalContent(tenant, revisions);
        long seq = head.lastSeq();
        String hash = head.lastHash();
        for (long revision : revisions) {
            seq++;
            hash = hash(hash, content.get(revision));
            chain.seal(tenant, revision, seq, hash);
        }
        chain.moveHead(tenant, seq, hash);
        return revisions.size();
    }

    /**
     * Recomputes the tenant's chain from its anchor and compares every live row with its latest audited state.
     * Reads only; seal first to include the latest revisions.
     */
    public VerificationReport verify(String tenant) {
        Instant started = clock.instant();
        long t0 = System.nanoTime();
        List<TrailFinding> findings = new ArrayList<>();
        AtomicLong more = new AtomicLong();
        AtomicLong revisions = new AtomicLong();
        AtomicLong rows = new AtomicLong();
        AtomicLong chainNanos = new AtomicLong();
        transaction.executeWithoutResult(status -> {
            Head head = chain.head(tenant);
            long expectedSeq = head.anchorSeq();
            String previous = head.anchorHash();
            while (true) {
                List<Sealed> batch = chain.sealedAfter(tenant, expectedSeq, BATCH);
                if (batch.isEmpty()) {
                    break;
                }
                Map<Long, String> content = chain.canonicalContent(tenant, batch.stream().map(Sealed::revision).toList());
                for (Sealed sealed : batch) {
                    if (sealed.seq() != expectedSeq + 1) {
                        add(findings, more, new TrailFinding(TrailFinding.Kind.REVISION_MISSING, sealed.revision(), null, null, null));
                        previous = null;
                    }
                    // After a break, go on from the stored hash so each later break is reported on its own.
                    if (previous != null && !hash(previous, content.get(sealed.revision())).equals(sealed.hash())) {
                        add(findings, more, new TrailFinding(TrailFinding.Kind.REVISION_ALTERED, sealed.revision(), null, null, null));
                    }
                    previous = sealed.hash();
                    expectedSeq = sealed.seq();
                    revisions.incrementAndGet();
                }
            }
            if (expectedSeq < head.lastSeq()) {
                add(findings, more, new TrailFinding(TrailFinding.Kind.REVISION_MISSING, null, null, null, null));
            }
            chainNanos.set(System.nanoTime() - t0);
            chain.compareLiveRows(tenant, finding -> add(findings, more, finding), rows::incrementAndGet);
        });
        return new VerificationReport(started, revisions.get(), rows.get(), List.copyOf(findings), more.get() > 0,
                Duration.ofNanos(chainNanos.get()), Duration.ofNanos(System.nanoTime() - t0));
    }

    private static void add(List<TrailFinding> findings, AtomicLong more, TrailFinding finding) {
        if (findings.size() < VerificationReport.MAX_FINDINGS) {
            findings.add(finding);
        } else {
            more.incrementAndGet();
        }
    }

    static String hash(String previous, String content) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(previous.getBytes(StandardCharsets.UTF_8));
            digest.update((byte) '\n');
            digest.update((content == null ? "" : content).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java platform has SHA-256", e);
        }
    }

    /** What a purge removed: chain positions up to the new anchor, and how many revision rows went. */
    public record Purge(long anchorSeq, String anchorHash, int positions, int revisionsDeleted) {
    }

    /**
     * Removes the history of the tenant's revisions committed before the cutoff (as a prefix of the chain), keeping
     * the latest state of every live record, and anchors the chain at the last removed position so what remains
     * still verifies. Seals first, so nothing unsealed is lost from the chain.
     */
    public Purge purgeBefore(String tenant, Instant cutoff) {
        seal(tenant);
        return transaction.execute(status -> {
            Head head = chain.lockHead(tenant);
            long upTo = Math.min(chain.lastPositionBefore(tenant, cutoff.toEpochMilli(), head.anchorSeq(), head.lastSeq()),
                    head.lastSeq());
            if (upTo <= head.anchorSeq()) {
                return new Purge(head.anchorSeq(), head.anchorHash(), 0, 0);
            }
            String anchorHash = chain.hashAt(tenant, upTo);
            int deleted = chain.purge(tenant, head.anchorSeq(), upTo);
            chain.moveAnchor(tenant, upTo, anchorHash);
            return new Purge(upTo, anchorHash, (int) (upTo - head.anchorSeq()), deleted);
        });
    }
}
