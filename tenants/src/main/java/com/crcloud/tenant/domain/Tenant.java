package com.crcloud.tenant.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.envers.Audited;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;
import java.util.regex.Pattern;

/** A customer organisation of the platform. Its slug is the {@code tenant_id} of all its data and never changes. */
@Entity
@Table(name = "tenant")
@Audited
public class Tenant {

    /** Lower-case letters, digits and inner hyphens, 3-40 characters: safe in URLs, logs and shard keys. */
    public static final Pattern SLUG = Pattern.compile("[a-z][a-z0-9-]{1,38}[a-z0-9]");

    @Id
    @Column(length = 64)
    private String id;

    @Column(name = "display_name", nullable = false, length = 200)
    private String displayName;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private TenantStatus status;

    @Column(name = "locale_tag", nullable = false, length = 20)
    private String localeTag;

    @Column(name = "time_zone", nullable = false, length = 64)
    private String timeZone;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected Tenant() {
    }

    public Tenant(String id, String displayName, Locale locale, ZoneId timeZone, Instant createdAt) {
        this.id = id;
        this.displayName = displayName;
        this.status = TenantStatus.ACTIVE;
        this.localeTag = locale.toLanguageTag();
        this.timeZone = timeZone.getId();
        this.createdAt = createdAt;
    }

    public String getId() {
        return id;
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public TenantStatus getStatus() {
        return status;
    }

    public void setStatus(TenantStatus status) {
        this.status = status;
    }

    public boolean isActive() {
        return status == TenantStatus.ACTIVE;
    }

    public Locale getLocale() {
        return Locale.forLanguageTag(localeTag);
    }

    public ZoneId getTimeZone() {
        return ZoneId.of(timeZone);
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public long getVersion() {
        return version;
    }
}
