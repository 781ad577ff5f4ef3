package com.crcloud.plugins.identitycompleteness;

import org.pf4j.Plugin;

/** Plugin entry point; the check itself is the {@link IdentityCompletenessCheck} extension. */
public class IdentityCompletenessPlugin extends Plugin {
}
