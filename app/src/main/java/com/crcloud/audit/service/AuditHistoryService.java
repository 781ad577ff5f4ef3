package com.crcloud.audit.service;

import com.crcloud.audit.domain.AuditLogNativeRepository;
import com.crcloud.audit.domain.AuditLogRow;
import com.crcloud.masking.Masks;
import com.crcloud.tenant.audit.AuditRevision;
import com.crcloud.tenant.context.TenantContext;
import com.crcloud.tenant.persistence.TenantOwnedEntity;
import com.crcloud.tenant.support.UserFacingException;
import com.crcloud.tenant.user.Authorities;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.hibernate.envers.AuditReaderFactory;
import org.hibernate.envers.Audited;
import org.hibernate.envers.RevisionType;
import org.hibernate.envers.query.AuditEntity;
import org.hibernate.envers.query.AuditQuery;
import org.springframework.security.access.annotation.Secured;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.ReflectionUtils;

import java.lang.reflect.Modifier;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * The only way to read Envers history. Envers' AuditReader does not apply the {@code @TenantId} filter, so every
 * query here adds the tenant predicate itself; code elsewhere must not use AuditReader (an architecture test
 * enforces it). Revisions and entities of another tenant read as "not found", never as data. Sensitive fields
 * ({@link com.crcloud.masking.Sensitive}) come back masked in states and changes; changes are found on the plain
 * values first, so a change the mask hides is still listed.
 */
@Service
public class AuditHistoryService {

    /** Entities of one revision shown with their changes; a CSV import batch touches hundreds. */
    public static final int DETAIL_LIMIT = 100;
    private static final List<String> TECHNICAL_FIELDS = List.of("id", "tenantId", "version");

    @PersistenceContext
    private EntityManager entityManager;

    private final AuditLogNativeRepository log;

    public AuditHistoryService(AuditLogNativeRepository log) {
        this.log = log;
    }

    /** All revisions of one entity of the tenant in context, oldest first. */
    @Transactional(readOnly = true)
    @Secured({Authorities.TENANT_ADMIN, Authorities.REVIEWER, Authorities.APPROVER, Authorities.COMPLIANCE_OFFICER, Authorities.AUDITOR})
    public <T extends TenantOwnedEntity> List<HistoryEntry<T>> history(Class<T> type, UUID id) {
        String tenant = TenantContext.requireTenantId();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = revisionsOf(type, id, tenant)
                .addOrder(AuditEntity.revisionNumber().asc())
                .getResultList();

        List<HistoryEntry<T>> entries = new ArrayList<>(rows.size());
        T previous = null;
        for (Object[] row : rows) {
            HistoryEntry<T> entry = entry(type, row, previous);
            entries.add(shown(type, entry));
            previous = entry.state();
        }
        return entries;
    }

    /**
     * One page of an entity's revisions in the tenant in context, newest first: up to {@code size} revisions older
     * than revision {@code before} ({@code null}: from the newest), each with its changes against the revision
     * before it. An entity changed thousands of times is read a page at a time, as the history panel shows it;
     * the query reads one revision more than the page, the state the page's oldest revision changed.
     */
    @Transactional(readOnly = true)
    @Secured({Authorities.TENANT_ADMIN, Authorities.REVIEWER, Authorities.APPROVER, Authorities.COMPLIANCE_OFFICER, Authorities.AUDITOR})
    public <T extends TenantOwnedEntity> HistoryPage<T> historyPage(Class<T> type, UUID id, Long before, int size) {
        String tenant = TenantContext.requireTenantId();
        AuditQuery query = revisionsOf(type, id, tenant);
        if (before != null) {
            query.add(AuditEntity.revisionNumber().lt(before));
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.addOrder(AuditEntity.revisionNumber().desc()).setMaxResults(size + 1).getResultList();
        List<HistoryEntry<T>> entries = new ArrayList<>(size);
        for (int i = 0; i < Math.min(size, rows.size()); i++) {
            entries.add(shown(type, entry(type, rows.get(i), i + 1 < rows.size() ? type.cast(rows.get(i + 1)[0]) : null)));
        }
        return new HistoryPage<>(entries, rows.size() > size);
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
            HistoryEntry<T> entry = entry(type, row, previous.get(type.cast(row[0]).getId()));
            entries.add(shown(type, entry));
            previous.put(entry.state().getId(), entry.state());
        }
        return entries;
    }

    /**
     * The fields that differ between two revisions of one entity of the tenant in context, older → newer, found on
     * the plain values and shown masked where sensitive; empty if either revision is not this entity's.
     */
    @Transactional(readOnly = true)
    @Secured({Authorities.TENANT_ADMIN, Authorities.REVIEWER, Authorities.APPROVER, Authorities.COMPLIANCE_OFFICER, Authorities.AUDITOR})
    public <T extends TenantOwnedEntity> List<FieldChange> compare(Class<T> type, UUID id, long olderRevision, long newerRevision) {
        String tenant = TenantContext.requireTenantId();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = revisionsOf(type, id, tenant)
                .add(AuditEntity.revisionNumber().in(List.of(olderRevision, newerRevision)))
                .addOrder(AuditEntity.revisionNumber().asc())
                .getResultList();
        if (rows.size() != 2) {
            return List.of();
        }
        return shown(type, diff(type, rows.get(0)[0], rows.get(1)[0]));
    }

    /**
     * The entity as it was at a moment: its last revision committed at or before it, in the tenant in context.
     * Empty if it did not exist yet; a deletion before the moment comes back as the DEL revision with the last state.
     */
    @Transactional(readOnly = true)
    @Secured({Authorities.TENANT_ADMIN, Authorities.REVIEWER, Authorities.APPROVER, Authorities.COMPLIANCE_OFFICER, Authorities.AUDITOR})
    public <T extends TenantOwnedEntity> Optional<HistoryEntry<T>> asOf(Class<T> type, UUID id, Instant moment) {
        String tenant = TenantContext.requireTenantId();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = revisionsOf(type, id, tenant)
                .add(AuditEntity.revisionProperty("timestamp").le(moment.toEpochMilli()))
                .addOrder(AuditEntity.revisionNumber().desc())
                .setMaxResults(2)
                .getResultList();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(shown(type, entry(type, rows.get(0), rows.size() > 1 ? type.cast(rows.get(1)[0]) : null)));
    }

    /**
     * One revision of the tenant in context with, per entity it changed, the field changes against that entity's
     * previous revision.
     *
     * @throws UserFacingException {@code audit.error.revisionNotFound} for an unknown revision or another tenant's
     */
    @Transactional(readOnly = true)
    @Secured({Authorities.TENANT_ADMIN, Authorities.REVIEWER, Authorities.APPROVER, Authorities.COMPLIANCE_OFFICER, Authorities.AUDITOR})
    public RevisionDetail revision(long revision) {
        String tenant = TenantContext.requireTenantId();
        AuditLogRow row = log.find(tenant, revision)
                .orElseThrow(() -> new UserFacingException(null, "audit.error.revisionNotFound", revision));
        List<RevisionDetail.EntityChange> entities = new ArrayList<>();
        for (AuditLogRow.Change change : row.changes()) {
            if (entities.size() == DETAIL_LIMIT) {
                break;
            }
            auditedType(change.entityType()).ifPresent(type -> entities.add(entityChange(type, change, revision, tenant)));
        }
        return new RevisionDetail(row, entities, row.changes().size());
    }

    /** The revisions (state, revision, type) of one entity of the tenant: what every per-entity read narrows down. */
    private AuditQuery revisionsOf(Class<?> type, UUID id, String tenant) {
        return AuditReaderFactory.get(entityManager).createQuery()
                .forRevisionsOfEntity(type, false, true)
                .add(AuditEntity.id().eq(id))
                .add(AuditEntity.property("tenantId").eq(tenant));
    }

    private <T extends TenantOwnedEntity> RevisionDetail.EntityChange entityChange(Class<T> type, AuditLogRow.Change change, long revision,
                                                                                 String tenant) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = revisionsOf(type, UUID.fromString(change.entityId()), tenant)
                .add(AuditEntity.revisionNumber().le(revision))
                .addOrder(AuditEntity.revisionNumber().desc())
                .setMaxResults(2)
                .getResultList();
        if (rows.isEmpty() || ((AuditRevision) rows.get(0)[1]).getId() != revision) {
            // The audit rows were purged or altered; the change list alone still says what was touched.
            return new RevisionDetail.EntityChange(type, change.entityId(), RevisionType.fromRepresentation(
                    (byte) change.changeType()), List.of(), null);
        }
        HistoryEntry<T> entry = shown(type, entry(type, rows.get(0), rows.size() > 1 ? type.cast(rows.get(1)[0]) : null));
        return new RevisionDetail.EntityChange(type, change.entityId(), entry.type(), entry.changes(), entry.state());
    }

    /** The audited, tenant-owned entity class an Envers entity name stands for. */
    public static Optional<Class<? extends TenantOwnedEntity>> auditedType(String entityName) {
        try {
            Class<?> type = Class.forName(entityName, false, AuditHistoryService.class.getClassLoader());
            if (TenantOwnedEntity.class.isAssignableFrom(type) && type.isAnnotationPresent(Audited.class)) {
                return Optional.of(type.asSubclass(TenantOwnedEntity.class));
            }
        } catch (ClassNotFoundException e) {
            // an entity since removed from the product: its revisions remain, without detail
        }
        return Optional.empty();
    }

    /** The fields that differ between two states of an entity, old and new value; {@code before} null = all set fields. */
    private static List<FieldChange> diff(Class<?> type, Object before, Object after) {
        List<FieldChange> changes = new ArrayList<>();
        ReflectionUtils.doWithFields(type, field -> {
            ReflectionUtils.makeAccessible(field);
            Object oldValue = before == null ? null : field.get(before);
            Object newValue = after == null ? null : field.get(after);
            if (!Objects.equals(comparable(oldValue), comparable(newValue))) {
                changes.add(new FieldChange(field.getName(), oldValue, newValue));
            }
        }, field -> !Modifier.isStatic(field.getModifiers()) && !TECHNICAL_FIELDS.contains(field.getName())
                && !field.isAnnotationPresent(org.hibernate.envers.NotAudited.class));
        return changes;
    }

    private static <T> HistoryEntry<T> entry(Class<T> type, Object[] row, T previous) {
        T state = type.cast(row[0]);
        AuditRevision revision = (AuditRevision) row[1];
        RevisionType revisionType = (RevisionType) row[2];
        List<FieldChange> changes = revisionType == RevisionType.DEL ? List.of() : diff(type, previous, state);
        return new HistoryEntry<>(revision.getId(), revision.getTimestamp(), revision.getUsername(),
                revision.getRoles() == null ? "" : revision.getRoles(), revision.getScreen(), revision.getReason(),
                revisionType, changes, state);
    }

    /** The entry as people may see it: sensitive fields masked in its changes and its state. */
    private static <T> HistoryEntry<T> shown(Class<T> type, HistoryEntry<T> entry) {
        return new HistoryEntry<>(entry.revision(), entry.timestamp(), entry.username(), entry.roles(), entry.screen(),
                entry.reason(), entry.type(), shown(type, entry.changes()), Masks.shown(entry.state()));
    }

    private static List<FieldChange> shown(Class<?> type, List<FieldChange> changes) {
        return changes.stream().map(change -> new FieldChange(change.field(),
                Masks.shown(type, change.field(), change.before()), Masks.shown(type, change.field(), change.after()))).toList();
    }

    /** BigDecimal 10.0 and 10.00 are the same amount. */
    private static Object comparable(Object value) {
        return value instanceof java.math.BigDecimal decimal ? decimal.stripTrailingZeros() : value;
    }
}
