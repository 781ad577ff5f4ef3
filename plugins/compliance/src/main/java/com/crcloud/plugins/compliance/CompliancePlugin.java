package com.crcloud.plugins.compliance;

import org.pf4j.Plugin;

/**
 * Plugin entry point. The work is done by its extensions: {@link WatchlistScreening} (screening against the
 * tenant's uploaded watchlists, honouring reviewers' earlier decisions on hits), {@link PolicyCheck} (consent and
 * retention) and {@link WatchlistUpload} (the tenant's watchlist files).
 */
public class CompliancePlugin extends Plugin {
}
