package com.crcloud.datasubject.service;

import com.crcloud.audit.service.AuditChain;
import com.crcloud.customer.domain.Customer;
import com.crcloud.customer.domain.CustomerDocument;
import com.crcloud.customer.domain.CustomerDocumentRepository;
import com.crcloud.customer.domain.CustomerRepository;
import com.crcloud.datasubject.domain.ErasureRequest;
import com.crcloud.datasubject.domain.ErasureRequestRepository;
import com.crcloud.datasubject.domain.ErasureStatus;
import com.crcloud.datasubject.domain.PersonalDataErasureNativeRepository;
import com.crcloud.tenant.audit.AuditReason;
import com.crcloud.tenant.context.TenantContext;
import com.crcloud.tenant.support.UserFacingException;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;

/**
 * The execution of an approved erasure, shared by the four-eyes path ({@link ErasureService}) and the retention
 * job ({@link RetentionService}); not reachable from other packages, so nothing skips the decision. Two
 * transactions: first the live data through the entities (a customer revision with the pseudonym, the documents'
 * deletion), then the history rows, the chain and the request, once the first revision's rows exist to be
 * rewritten. Running it again after a failure of the second finishes the work.
 */
@Component
class Pseudonymisation {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final ErasureRequestRepository requests;
    private final CustomerRepository customers;
    private final CustomerDocumentRepository documents;
    private final PersonalDataErasureNativeRepository erasure;
    private final AuditChain chain;
    private final TransactionTemplate transaction;
    private final Clock clock;

    Pseudonymisation(ErasureRequestRepository requests, CustomerRepository customers, CustomerDocumentRepository documents,
                     PersonalDataErasureNativeRepository erasure, AuditChain chain, PlatformTransactionManager transactionManager,
                     Clock clock) {
        this.requests = requests;
        this.customers = customers;
        this.documents = documents;
        this.erasure = erasure;
        this.chain = chain;
        this.transaction = new TransactionTemplate(transactionManager);
        this.clock = clock;
    }

    static String newPseudonym() {
        byte[] bytes = new byte[5];
        RANDOM.nextBytes(bytes);
        return "ERASED-" + HexFormat.of().withUpperCase().formatHex(bytes);
    }

    void refuseIfOpenCase(UUID customerId) {
        if (requests.hasOpenCase(customerId)) {
            throw new UserFacingException(null, "privacy.erasure.error.openCase");
        }
    }

    ErasureRequest execute(UUID requestId) {
        String tenant = TenantContext.requireTenantId();
        ErasureRequest approved = transaction.execute(status -> requests.findById(requestId)
                .filter(request -> request.getStatus() == ErasureStatus.APPROVED)
                .orElseThrow(() -> new UserFacingException(null, "privacy.erasure.error.notPending")));
        UUID customerId = approved.getCustomerId();
        String pseudonym = approved.getPseudonym();
        int documentsDeleted = AuditReason.with("Erasure " + pseudonym + ": personal data replaced, documents deleted",
                () -> transaction.execute(status -> {
                    refuseIfOpenCase(customerId);
                    Customer customer = customers.findById(customerId)
                            .orElseThrow(() -> new UserFacingException(null, "customer.error.notFound"));
                    pseudonymise(customer, pseudonym);
                    customers.save(customer);
                    List<CustomerDocument> held = documents.findByCustomerId(customerId, Sort.unsorted());
                    documents.deleteAll(held);
                    return held.size();
                }));
        return AuditReason.with("Erasure " + pseudonym + " executed", () -> transaction.execute(status -> {
            ErasureRequest request = requests.findById(requestId).orElseThrow();
            List<Long> revisions = erasure.revisionsAbout(tenant, customerId);
            int[] rows = {0};
            AuditChain.Reseal reseal = chain.rewriteHistory(tenant, revisions, () -> rows[0] = erasure.erase(tenant, customerId, pseudonym));
            request.executed(clock.instant(), "Customer " + customerId + " pseudonymised as " + pseudonym + "; " + documentsDeleted
                    + " documents deleted; " + rows[0] + " rows rewritten in " + revisions.size() + " revisions of history"
                    + (reseal.positions() == 0 ? "" : "; audit chain re-sealed from position " + reseal.fromSeq() + " over "
                    + reseal.positions() + " positions (head SHA-256 before " + reseal.headBefore() + ", after " + reseal.headAfter() + ")"));
            return requests.saveAndFlush(request);
        }));
    }

    private static void pseudonymise(Customer customer, String pseudonym) {
        customer.setFullName(pseudonym);
        customer.setDateOfBirth(null);
        customer.setNationalIdType(null);
        customer.setNationalIdNumber(null);
        customer.setPhone(null);
        customer.setEmail(null);
        customer.setAddressLine(null);
        customer.setCity(null);
        customer.setRegion(null);
        customer.setPostalCode(null);
    }
}
