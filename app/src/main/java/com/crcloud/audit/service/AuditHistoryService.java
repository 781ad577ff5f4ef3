package com.crcloud.audit.service;

import com.crcloud.tenant.audit.AuditRevision;
import com.crcloud.tenant.context.TenantContext;
import com.crcloud.tenant.persistence.TenantOwnedEntity;
import com.crcloud.tenant.user.Authorities;
import org.springframework.security.access.annotation.Secured;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.hibernate.envers.AuditReaderFactory;
import org.hibernate.envers.RevisionType;
import org.hibernate.envers.query.AuditEntity;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.ReflectionUtils;

import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * The only way to read Envers history. Envers' AuditReader does not apply the {@code @TenantId} filter, so every
 * query here adds the tenant predicate itself; code elsewhere must not use AuditReader (an architecture test
 * enforces it).
 */
@Service
public class AuditHistoryService {

    private static final List<String> TECHNICAL_FIELDS = List.of("id", "tenantId", "version");

    @PersistenceContext
    private EntityManager entityManager;

    /** All revisions of one entity of the tenant in context, oldest first. */
    @Transactional(readOnly = true)
    @Secured({Authorities.TENANT_ADMIN, Authorities.REVIEWER, Authorities.APPROVER, Authorities.COMPLIANCE_OFFICER, Authorities.AUDITOR})
    public <T extends TenantOwnedEntity> List<HistoryEntry<T>> history(Class<T> type, UUID id) {
        String tenant = TenantContext.requireTenantId();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = AuditReaderFactory.get(entityManager).createQuery()
                .forRevisionsOfEntity(type, false, true)
                .add(AuditEntity.id().eq(id))
                .add(AuditEntity.property("tenantId").eq(tenant))
                .addOrder(AuditEntity.revisionNumber().asc())
                .getResultList();

        List<HistoryEntry<T>> entries = new ArrayList<>(rows.size());
        T previous = null;
        for (Object[] row : rows) {
            T state = type.cast(row[0]);
            AuditRevision revision = (AuditRevision) row[1];
            RevisionType revisionType = (RevisionType) row[2];
            entries.add(new HistoryEntry<>(revision.getId(), revision.getTimestamp(), revision.getUsername(),
                    revision.getReason(), revisionType, changedFields(type, previous, state), state));
            previous = state;
        }
        return entries;
    }

    /**
     * All revisions of every entity of one type whose (audited) property has the given value, in the tenant in
     * context, removed entities included; e.g. all loans a customer ever had. Oldest first; the changed fields of
     * each revision are relative to that entity's previous revision.
     */
    @Transactional(readOnly = true)
    @Secured({Authorities.TENANT_ADMIN, Authorities.REVIEWER, Authorities.APPROVER, Authorities.COMPLIANCE_OFFICER, Authorities.AUDITOR})
    public <T extends TenantOwnedEntity> List<HistoryEntry<T>> historyWhere(Class<T> type, String property, Object value) {
        String tenant = TenantContext.requireTenantId();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = AuditReaderFactory.get(entityManager).createQuery()
                .forRevisionsOfEntity(type, false, true)
                .add(AuditEntity.property(property).eq(value))
                .add(AuditEntity.property("tenantId").eq(tenant))
                .addOrder(AuditEntity.revisionNumber().asc())
                .getResultList();

        List<HistoryEntry<T>> entries = new ArrayList<>(rows.size());
        Map<UUID, T> previous = new HashMap<>();
        for (Object[] row : rows) {
            T state = type.cast(row[0]);
            AuditRevision revision = (AuditRevision) row[1];
            RevisionType revisionType = (RevisionType) row[2];
            entries.add(new HistoryEntry<>(revision.getId(), revision.getTimestamp(), revision.getUsername(),
                    revision.getReason(), revisionType, changedFields(type, previous.get(state.getId()), state), state));
            previous.put(state.getId(), state);
        }
        return entries;
    }

    private static List<String> changedFields(Class<?> type, Object before, Object after) {
        List<String> changed = new ArrayList<>();
        ReflectionUtils.doWithFields(type, field -> {
            ReflectionUtils.makeAccessible(field);
            Object oldValue = before == null ? null : field.get(before);
            Object newValue = field.get(after);
            if (!Objects.equals(comparable(oldValue), comparable(newValue))) {
                changed.add(field.getName());
            }
        }, field -> !Modifier.isStatic(field.getModifiers()) && !TECHNICAL_FIELDS.contains(field.getName()));
        return changed;
    }

    /** BigDecimal 10.0 and 10.00 are the same amount. */
    private static Object comparable(Object value) {
        return value instanceof java.math.BigDecimal decimal ? decimal.stripTrailingZeros() : value;
    }
}
