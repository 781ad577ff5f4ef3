package com.crcloud.tenant.audit;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.envers.RevisionEntity;
import org.hibernate.envers.RevisionNumber;
import org.hibernate.envers.RevisionTimestamp;

import java.time.Instant;
import java.util.HashSet;
import java.util.Set;

/**
 * One Envers revision: which tenant it belongs to, who made it (and in which roles), when, from which screen, why,
 * and which entities it changed. The tenant column has its own name (not {@code tenant_id}) because platform
 * revisions legitimately have none. The hash-chain columns ({@code chain_seq}, {@code chain_hash}) are written
 * after commit by the app's sealing job and are deliberately not mapped here.
 */
@Entity
@Table(name = "audit_revision")
@RevisionEntity(AuditRevisionListener.class)
public class AuditRevision {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @RevisionNumber
    private long id;

    @RevisionTimestamp
    @Column(name = "revision_timestamp", nullable = false)
    private long timestamp;

    @Column(name = "revision_tenant_id", length = 64)
    private String tenantId;

    @Column(length = 100)
    private String username;

    @Column(length = 1000)
    private String reason;

    @Column(name = "user_roles", length = 300)
    private String roles;

    @Column(length = 200)
    private String screen;

    @ElementCollection
    @CollectionTable(name = "audit_revision_change", joinColumns = @JoinColumn(name = "revision_id"))
    private Set<AuditRevisionChange> changes = new HashSet<>();

    public long getId() {
        return id;
    }

    public Instant getTimestamp() {
        return Instant.ofEpochMilli(timestamp);
    }

    public String getTenantId() {
        return tenantId;
    }

    void setTenantId(String tenantId) {
        this.tenantId = tenantId;
    }

    public String getUsername() {
        return username;
    }

    void setUsername(String username) {
        this.username = username;
    }

    public String getReason() {
        return reason;
    }

    void setReason(String reason) {
        this.reason = reason;
    }

    public String getRoles() {
        return roles;
    }

    void setRoles(String roles) {
        this.roles = roles;
    }

    public String getScreen() {
        return screen;
    }

    void setScreen(String screen) {
        this.screen = screen;
    }

    void addChange(String entityType, String entityId, int changeType) {
        changes.add(new AuditRevisionChange(tenantId, entityType, entityId, changeType));
    }
}
