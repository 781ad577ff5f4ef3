package com.crcloud.session.domain;

import com.crcloud.tenant.persistence.TenantOwnedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.hibernate.envers.Audited;

/** How long a tenant's signed-in sessions may stay idle before they end. One per tenant, audited. */
@Entity
@Table(name = "session_policy")
@Audited
public class SessionPolicy extends TenantOwnedEntity {

    public static final int MIN_IDLE_MINUTES = 5;
    public static final int MAX_IDLE_MINUTES = 480;

    @Column(name = "idle_timeout_minutes", nullable = false)
    private int idleTimeoutMinutes = 30;

    public int getIdleTimeoutMinutes() {
        return idleTimeoutMinutes;
    }

    public void setIdleTimeoutMinutes(int idleTimeoutMinutes) {
        this.idleTimeoutMinutes = idleTimeoutMinutes;
    }
}
