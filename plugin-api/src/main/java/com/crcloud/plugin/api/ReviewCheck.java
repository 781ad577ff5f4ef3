package com.crcloud.plugin.api;

import org.pf4j.ExtensionPoint;

/**
 * An automated step of a customer review. The host runs it on an immutable snapshot of the customer, within a
 * time limit, and stores the result with the review. A check must not keep state between calls other than
 * through the context's {@link RecordStore}.
 */
public interface ReviewCheck extends ExtensionPoint, Configurable {

    /**
     * Runs the check. An exception, a time-out or a null result is recorded by the host as an
     * {@link CheckOutcome#ERROR} with the cause, and the case goes to manual review.
     */
    CheckResult run(ExtensionContext context, CustomerSnapshot customer);
}
