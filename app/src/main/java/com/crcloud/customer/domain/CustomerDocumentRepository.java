package com.crcloud.customer.domain;

import org.springframework.data.jpa.repository.Query;

import java.util.List;
import java.util.UUID;

public interface CustomerDocumentRepository extends CustomerRecordRepository<CustomerDocument> {

    /** The documents of a customer without their bytes, newest first. */
    @Query("select new com.crcloud.customer.domain.DocumentInfo(d.id, d.version, d.customerId, d.documentType, d.fileName,"
            + " d.contentType, d.sizeBytes, d.sha256, d.uploadedAt, d.uploadedBy, d.verificationStatus, d.verifiedBy,"
            + " d.verifiedAt, d.verificationNote) from CustomerDocument d where d.customerId = :customerId"
            + " order by d.uploadedAt desc")
    List<DocumentInfo> infosOf(UUID customerId);
}
