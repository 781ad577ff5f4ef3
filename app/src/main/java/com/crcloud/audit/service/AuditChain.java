package com.crcloud.audit.service;

import com.crcloud.audit.domain.AuditChainNativeRepository;
import com.crcloud.audit.domain.AuditChainNativeRepository.Head;
import com.crcloud.audit.domain.AuditChainNativeRepository.Sealed;
import com.crcloud.audit.domain.TrailFinding;
import com.crcloud.tenant.support.UserFacingException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BiFunction;

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
    private final TransactionTemplate mandatory;
    private final Clock clock;

    public AuditChain(AuditChainNativeRepository chain, PlatformTransactionManager transactionManager, Clock clock) {
        this.chain = chain;
        this.transaction = new TransactionTemplate(transactionManager);
        this.mandatory = new TransactionTemplate(transactionManager);
        this.mandatory.setPropagationBehavior(TransactionDefinition.PROPAGATION_MANDATORY);
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

    /** What a history rewrite did to the chain: the positions sealed again from where, the head's hash before and after. */
    public record Reseal(long fromSeq, int positions, String headBefore, String headAfter) {
    }

    /**
     * Rewrites sealed history inside the caller's transaction (the erasure of personal data from history rows) and
     * seals the tenant's chain again from the first position one of the touched revisions holds, to the head. The
     * positions about to be re-sealed are verified first, and a chain already broken there is refused with
     * {@link TrailBrokenException}: re-sealing must never launder an earlier tampering. Holds the head lock until the
     * caller commits, so no sealer interleaves; writers are not blocked.
     *
     * @param touchedRevisions every revision whose rows the rewrite changes
     */
    public Reseal rewriteHistory(String tenant, Collection<Long> touchedRevisions, Runnable rewrite) {
        return mandatory.execute(status -> {
            Head head = chain.lockHead(tenant);
            Long first = chain.firstPositionOf(tenant, touchedRevisions, head.anchorSeq());
            if (first == null) {
                rewrite.run();
                return new Reseal(0, 0, head.lastHash(), head.lastHash());
            }
            String start = first - 1 == head.anchorSeq() ? head.anchorHash() : chain.hashAt(tenant, first - 1);
            walk(tenant, first - 1, start, (sealed, computed) -> {
                if (!computed.equals(sealed.hash())) {
                    throw new TrailBrokenException(sealed.revision());
                }
                return sealed.hash();
            });
            rewrite.run();
            long[] positions = {0};
            String[] last = {start};
            long[] lastSeq = {first - 1};
            walk(tenant, first - 1, start, (sealed, computed) -> {
                chain.seal(tenant, sealed.revision(), sealed.seq(), computed);
                positions[0]++;
                last[0] = computed;
                lastSeq[0] = sealed.seq();
                return computed;
            });
            chain.moveHead(tenant, lastSeq[0], last[0]);
            return new Reseal(first, (int) positions[0], head.lastHash(), last[0]);
        });
    }

    /** Visits the sealed positions after {@code afterSeq} in order with the hash computed from the previous one. */
    private void walk(String tenant, long afterSeq, String startHash, BiFunction<Sealed, String, String> visit) {
        long seq = afterSeq;
        String previous = startHash;
        while (true) {
            List<Sealed> batch = chain.sealedAfter(tenant, seq, BATCH);
            if (batch.isEmpty()) {
                return;
            }
            Map<Long, String> content = chain.canonicalContent(tenant, batch.stream().map(Sealed::revision).toList());
            for (Sealed sealed : batch) {
                if (sealed.seq() != seq + 1) {
                    throw new TrailBrokenException(sealed.revision());
                }
                previous = visit.apply(sealed, hash(previous, content.get(sealed.revision())));
                seq = sealed.seq();
            }
        }
    }

    /** The chain no longer verifies where a history rewrite would re-seal it. */
    public static class TrailBrokenException extends UserFacingException {
        public TrailBrokenException(long revision) {
            super(null, "audit.error.trailBrokenAt", revision);
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
