package com.crcloud.flow.service;

import java.util.UUID;

/**
 * A flow as the flow list shows it.
 *
 * @param publishedNumber the latest published version, null while never published
 * @param draftChanged    the draft differs from the latest published version (or was never published)
 */
public record FlowSummary(UUID id, long version, String product, String name, Integer publishedNumber, boolean defaultFlow,
                          boolean draftChanged) {
}
