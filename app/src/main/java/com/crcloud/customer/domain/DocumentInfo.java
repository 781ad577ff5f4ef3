package com.crcloud.customer.domain;

import java.time.Instant;
import java.util.UUID;

/** A document's metadata without its bytes, as lists and plugin snapshots need it. */
public record DocumentInfo(UUID id, long version, UUID customerId, DocumentType documentType, String fileName,
                           String contentType, long sizeBytes, String sha256, Instant uploadedAt, String uploadedBy,
                           VerificationStatus verificationStatus, String verifiedBy, Instant verifiedAt,
                           String verificationNote) {
}
