package com.crcloud.plugin.api;

import org.pf4j.ExtensionPoint;

/**
 * An automated step of a customer review. The host runs it on an immutable snapshot of the customer and
 * stores the result with the review; a check must not keep state between calls.
 */
public interface ReviewCheck extends ExtensionPoint {

    /** Stable identifier, unique within the plugin, used in stored results and tenant settings (e.g. {@code "completeness"}). */
    String id();

    /** Runs the check. Exceptions are recorded by the host as an {@link CheckOutcome#ERROR} result. */
    CheckResult run(CheckContext context, CustomerSnapshot customer);
}
