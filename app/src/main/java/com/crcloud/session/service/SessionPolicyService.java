package com.crcloud.session.service;

import com.crcloud.security.CrcUser;
import com.crcloud.session.domain.SessionPolicy;
import com.crcloud.session.domain.SessionPolicyRepository;
import com.crcloud.tenant.audit.AuditReason;
import com.crcloud.tenant.context.TenantContext;
import com.crcloud.tenant.support.UserFacingException;
import com.crcloud.tenant.user.Authorities;
import jakarta.servlet.http.HttpSession;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.annotation.Secured;
import org.springframework.security.authentication.event.InteractiveAuthenticationSuccessEvent;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The tenant's session policy: the idle timeout its administrator sets is given to each session at sign-in (form
 * or single sign-on); Vaadin's heartbeats do not count as activity ({@code vaadin.closeIdleSessions}).
 */
@Service
public class SessionPolicyService {

    private final SessionPolicyRepository policies;
    private final TransactionTemplate transaction;

    public SessionPolicyService(SessionPolicyRepository policies, PlatformTransactionManager transactionManager) {
        this.policies = policies;
        this.transaction = new TransactionTemplate(transactionManager);
    }

    /** The tenant's policy; defaults are stored on first use. */
    @Secured(Authorities.TENANT_ADMIN)
    public SessionPolicy current() {
        return currentOfTenantInContext();
    }

    @Secured(Authorities.TENANT_ADMIN)
    public SessionPolicy save(SessionPolicy policy, String reason) {
        if (policy.getIdleTimeoutMinutes() < SessionPolicy.MIN_IDLE_MINUTES || policy.getIdleTimeoutMinutes() > SessionPolicy.MAX_IDLE_MINUTES) {
            throw new UserFacingException("idleTimeoutMinutes", "sessionPolicy.error.idleTimeout",
                    SessionPolicy.MIN_IDLE_MINUTES, SessionPolicy.MAX_IDLE_MINUTES);
        }
        try {
            return AuditReason.with(reason, () -> transaction.execute(status -> policies.saveAndFlush(policy)));
        } catch (OptimisticLockingFailureException e) {
            throw new UserFacingException("idleTimeoutMinutes", "error.concurrentChange");
        }
    }

    @EventListener
    void applyAtSignIn(InteractiveAuthenticationSuccessEvent event) {
        if (!(event.getAuthentication().getPrincipal() instanceof CrcUser user) || user.tenantId().isEmpty()
                || !(RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes request)) {
            return;
        }
        HttpSession session = request.getRequest().getSession(false);
        if (session != null) {
            int minutes = TenantContext.callAs(user.tenantId().get(), () -> currentOfTenantInContext().getIdleTimeoutMinutes());
            session.setMaxInactiveInterval(minutes * 60);
        }
    }

    private SessionPolicy currentOfTenantInContext() {
        try {
            return transaction.execute(status -> policies.findFirstBy().orElseGet(() -> policies.saveAndFlush(new SessionPolicy())));
        } catch (DataIntegrityViolationException e) {
            // Another request stored the defaults first.
            return transaction.execute(status -> policies.findFirstBy().orElseThrow());
        }
    }
}
