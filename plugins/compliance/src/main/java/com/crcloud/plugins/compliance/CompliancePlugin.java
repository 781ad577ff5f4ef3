package com.crcloud.plugins.compliance;

import org.pf4j.Plugin;

/**
 * Plugin entry point. The work is done by its extensions: {@link WatchlistScreening} (screening against the
 * tenant's uploaded watchlists) and {@link PolicyCheck} (consent and retention); {@link WatchlistImporter} and
 * {@link HitDecisions} are the entry points the host's upload and review screens call.
 */
public class CompliancePlugin extends Plugin {
}
