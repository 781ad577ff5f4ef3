package com.crcloud.consent.service;

import com.crcloud.consent.domain.ConsentChannel;
import com.crcloud.consent.domain.ConsentPurpose;
import com.crcloud.consent.domain.ConsentPurposeRepository;
import com.crcloud.consent.domain.ConsentRecord;
import com.crcloud.consent.domain.ConsentRecordRepository;
import com.crcloud.consent.domain.ConsentStatus;
import com.crcloud.security.CurrentUser;
import com.crcloud.tenant.audit.AuditReason;
import com.crcloud.tenant.support.UserFacingException;
import com.crcloud.tenant.user.Authorities;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.annotation.Secured;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The tenant's consent purposes and policy, and the consents its customers gave or withdrew. Processing that the
 * policy makes depend on consent asks {@link #requireForReview} first.
 */
@Service
public class ConsentService {

    private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]{1," + (ConsentPurpose.CODE_LENGTH - 1) + "}");

    private final ConsentPurposeRepository purposes;
    private final ConsentRecordRepository records;
    private final CurrentUser currentUser;
    private final TransactionTemplate transaction;
    private final TransactionTemplate readOnly;
    private final Clock clock;

    public ConsentService(ConsentPurposeRepository purposes, ConsentRecordRepository records, CurrentUser currentUser,
                          PlatformTransactionManager transactionManager, Clock clock) {
        this.purposes = purposes;
        this.records = records;
        this.currentUser = currentUser;
        this.transaction = new TransactionTemplate(transactionManager);
        this.readOnly = new TransactionTemplate(transactionManager);
        this.readOnly.setReadOnly(true);
        this.clock = clock;
    }

    @Secured({Authorities.TENANT_ADMIN, Authorities.REVIEWER, Authorities.APPROVER, Authorities.COMPLIANCE_OFFICER, Authorities.AUDITOR})
    public List<ConsentPurpose> purposes() {
        return readOnly.execute(status -> purposes.findAllByOrderByName());
    }

    /**
     * Adds a purpose (code, name) or changes one (name, description, whether a review requires it).
     *
     * @throws UserFacingException {@code consent.error.code}, {@code consent.error.name}, {@code consent.error.duplicateCode},
     *                             {@code consent.error.concurrentChange}
     */
    @Secured(Authorities.TENANT_ADMIN)
    public ConsentPurpose savePurpose(ConsentPurpose purpose, String reason) {
        if (purpose.isNew() && (purpose.getCode() == null || !CODE.matcher(purpose.getCode()).matches())) {
            throw new UserFacingException("code", "consent.error.code");
        }
        String name = purpose.getName() == null ? "" : purpose.getName().trim();
        if (name.isEmpty() || name.length() > ConsentPurpose.NAME_LENGTH) {
            throw new UserFacingException("name", "consent.error.name", ConsentPurpose.NAME_LENGTH);
        }
        purpose.setName(name);
        String description = purpose.getDescription() == null ? null : purpose.getDescription().trim();
        purpose.setDescription(description == null || description.isEmpty() ? null
                : description.substring(0, Math.min(description.length(), ConsentPurpose.DESCRIPTION_LENGTH)));
        try {
            return AuditReason.with(reason, () -> transaction.execute(status -> {
                if (purpose.isNew() && purposes.findByCode(purpose.getCode()).isPresent()) {
                    throw new UserFacingException("code", "consent.error.duplicateCode", purpose.getCode());
                }
                return purposes.saveAndFlush(purpose);
            }));
        } catch (DataIntegrityViolationException e) {
            throw new UserFacingException("code", "consent.error.duplicateCode", purpose.getCode());
        } catch (OptimisticLockingFailureException e) {
            throw new UserFacingException(null, "consent.error.concurrentChange");
        }
    }

    @Secured({Authorities.TENANT_ADMIN, Authorities.REVIEWER, Authorities.APPROVER, Authorities.COMPLIANCE_OFFICER, Authorities.AUDITOR})
    public CustomerConsents consentsOf(UUID customerId) {
        return readOnly.execute(status -> load(customerId));
    }

    /**
     * Records that the customer gave or withdrew consent for a purpose, effective at the given time (the date on
     * the paper form, the time of the call), through a channel. Recording the declaration already in force again
     * is refused, so the history holds only changes.
     *
     * @throws UserFacingException {@code consent.error.purpose}, {@code consent.error.channel},
     *                             {@code consent.error.future}, {@code consent.error.unchanged}
     */
    @Secured({Authorities.TENANT_ADMIN, Authorities.REVIEWER, Authorities.COMPLIANCE_OFFICER})
    public ConsentRecord record(UUID customerId, UUID purposeId, ConsentStatus status, Instant effectiveAt,
                                ConsentChannel channel, String note) {
        if (status == null || purposeId == null) {
            throw new UserFacingException("purpose", "consent.error.purpose");
        }
        if (channel == null) {
            throw new UserFacingException("channel", "consent.error.channel");
        }
        Instant now = clock.instant();
        Instant effective = effectiveAt == null ? now : effectiveAt;
        if (effective.isAfter(now)) {
            throw new UserFacingException("effectiveAt", "consent.error.future");
        }
        String trimmedNote = note == null || note.isBlank() ? null : note.trim();
        if (trimmedNote != null && trimmedNote.length() > ConsentRecord.NOTE_LENGTH) {
            trimmedNote = trimmedNote.substring(0, ConsentRecord.NOTE_LENGTH);
        }
        String by = currentUser.require().getUsername();
        String storedNote = trimmedNote;
        return AuditReason.with(reasonFor(status, trimmedNote), () -> transaction.execute(tx -> {
            ConsentPurpose purpose = purposes.findById(purposeId)
                    .orElseThrow(() -> new UserFacingException("purpose", "consent.error.purpose"));
            CustomerConsents current = load(customerId);
            boolean alreadyInForce = current.purposes().stream()
                    .filter(state -> state.purpose().getId().equals(purposeId))
                    .flatMap(state -> state.inForce().stream())
                    .anyMatch(record -> record.getStatus() == status);
            if (alreadyInForce) {
                throw new UserFacingException("status", "consent.error.unchanged", purpose.getName());
            }
            return records.saveAndFlush(new ConsentRecord(customerId, purposeId, status, effective, channel, by, now, storedNote));
        }));
    }

    private static String reasonFor(ConsentStatus status, String note) {
        String what = status == ConsentStatus.GIVEN ? "Consent given" : "Consent withdrawn";
        return note == null ? what : what + ": " + note;
    }

    /**
     * Refuses processing that the tenant's policy makes depend on consent: names every purpose the policy requires
     * for a review that the customer has not given (or has withdrawn).
     *
     * @throws UserFacingException {@code consent.error.missingForReview} with the purposes' names
     */
    @Secured({Authorities.TENANT_ADMIN, Authorities.REVIEWER, Authorities.APPROVER, Authorities.COMPLIANCE_OFFICER})
    public void requireForReview(UUID customerId) {
        List<ConsentPurpose> missing = readOnly.execute(status -> load(customerId).missingForReview());
        if (missing != null && !missing.isEmpty()) {
            throw new UserFacingException(null, "consent.error.missingForReview",
                    missing.stream().map(ConsentPurpose::getName).collect(Collectors.joining(", ")));
        }
    }

    private CustomerConsents load(UUID customerId) {
        List<ConsentPurpose> all = purposes.findAllByOrderByName();
        List<ConsentRecord> history = records.findByCustomerIdOrderByEffectiveAtDescRecordedAtDesc(customerId);
        Map<UUID, ConsentRecord> inForce = new LinkedHashMap<>();
        history.forEach(record -> inForce.putIfAbsent(record.getPurposeId(), record));
        List<PurposeConsent> states = new ArrayList<>();
        all.forEach(purpose -> states.add(new PurposeConsent(purpose, Optional.ofNullable(inForce.get(purpose.getId())))));
        states.sort(Comparator.comparing((PurposeConsent state) -> !state.purpose().isRequiredForReview())
                .thenComparing(state -> state.purpose().getName().toLowerCase(Locale.ROOT)));
        return new CustomerConsents(states, history, all.stream().collect(Collectors.toMap(ConsentPurpose::getId, Function.identity())));
    }
}
