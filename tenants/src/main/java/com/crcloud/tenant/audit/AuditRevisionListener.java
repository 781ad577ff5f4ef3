package com.crcloud.tenant.audit;

import com.crcloud.tenant.context.TenantContext;
import org.hibernate.envers.RevisionListener;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Stamps each revision with tenant, user and reason. Envers instantiates listeners itself, so everything is read
 * from the thread's explicit contexts rather than injected beans.
 */
public class AuditRevisionListener implements RevisionListener {

    /** Recorded as the author of changes made without an authenticated user or job identity. */
    public static final String SYSTEM_USER = "system";

    @Override
    public void newRevision(Object revisionEntity) {
        AuditRevision revision = (AuditRevision) revisionEntity;
        revision.setTenantId(TenantContext.currentTenantId().orElse(null));
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        revision.setUsername(authentication != null && authentication.isAuthenticated()
                ? authentication.getName() : SYSTEM_USER);
        revision.setReason(AuditReason.current().orElse(null));
    }
}
