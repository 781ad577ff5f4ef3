package com.crcloud.audit.service;

import com.crcloud.audit.domain.TrailFinding;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The outcome of recomputing a tenant's hash chain and comparing its live rows with their latest audited state.
 *
 * @param revisionsChecked sealed revisions whose hash was recomputed
 * @param liveRowsChecked  live rows compared with their audited state
 * @param findings         what was found wrong, in the order found (chain first), at most {@link #MAX_FINDINGS}
 * @param moreFindings     whether there were more findings than listed
 * @param chainTook        time spent recomputing the chain
 * @param took             time spent in all (chain and live rows)
 */
public record VerificationReport(Instant verifiedAt, long revisionsChecked, long liveRowsChecked, List<TrailFinding> findings,
                                 boolean moreFindings, Duration chainTook, Duration took) {

    public static final int MAX_FINDINGS = 100;

    public boolean intact() {
        return findings.isEmpty();
    }

    /** The first revision whose sealed hash no longer matches (or that is missing), if any. */
    public Optional<TrailFinding> firstBrokenRevision() {
        return findings.stream().filter(finding -> finding.kind() == TrailFinding.Kind.REVISION_ALTERED
                || finding.kind() == TrailFinding.Kind.REVISION_MISSING).findFirst();
    }
}
