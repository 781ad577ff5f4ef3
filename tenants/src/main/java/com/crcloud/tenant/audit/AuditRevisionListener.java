package com.crcloud.tenant.audit;

import com.crcloud.tenant.context.TenantContext;
import org.hibernate.envers.EntityTrackingRevisionListener;
import org.hibernate.envers.RevisionType;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

import java.util.stream.Collectors;

/**
 * Stamps each revision with tenant, user, the user's roles, screen and reason, and notes every entity it changes.
 * Envers instantiates listeners itself, so everything is read from the thread's explicit contexts rather than
 * injected beans.
 */
public class AuditRevisionListener implements EntityTrackingRevisionListener {

    private static final String ROLE_PREFIX = "ROLE_";

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
        if (authentication != null && authentication.isAuthenticated()) {
            revision.setRoles(authentication.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                    .filter(authority -> authority.startsWith(ROLE_PREFIX)).map(authority -> authority.substring(ROLE_PREFIX.length()))
                    .sorted().collect(Collectors.joining(",")));
        }
        revision.setScreen(AuditScreen.current().map(screen -> screen.length() > 200 ? screen.substring(0, 200) : screen).orElse(null));
    }

    @Override
    public void entityChanged(Class entityClass, String entityName, Object entityId, RevisionType revisionType, Object revisionEntity) {
        ((AuditRevision) revisionEntity).addChange(entityName, String.valueOf(entityId), revisionType.getRepresentation());
    }
}
