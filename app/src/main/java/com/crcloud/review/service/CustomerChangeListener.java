package com.crcloud.review.service;

import com.crcloud.customer.service.CustomerFinancesChanged;
import com.crcloud.security.CrcUser;
import com.crcloud.security.CurrentUser;
import com.crcloud.tenant.support.UserFacingException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import java.util.Locale;

/**
 * Re-assesses a customer whose finances changed, whatever changed them (a form, an import). Runs as the person
 * who made the change; the change itself is already saved and stays saved if the re-assessment cannot run.
 */
@Component
class CustomerChangeListener {

    private static final Logger log = LoggerFactory.getLogger(CustomerChangeListener.class);

    private final ReviewCaseService cases;
    private final CurrentUser currentUser;

    CustomerChangeListener(ReviewCaseService cases, CurrentUser currentUser) {
        this.cases = cases;
        this.currentUser = currentUser;
    }

    @EventListener
    void financesChanged(CustomerFinancesChanged event) {
        Locale locale = currentUser.get().map(CrcUser::locale).orElse(Locale.ENGLISH);
        try {
            cases.reassessAfterDataChange(event.customerId(), locale)
                    .ifPresent(reviewCase -> log.info("Customer {} changed: case {} is now {}", event.customerId(),
                            reviewCase.getReference(), reviewCase.getStage()));
        } catch (UserFacingException e) {
            // E.g. someone else moved the case meanwhile; the case keeps its consistent state and the reviewer re-runs.
            log.warn("Customer {} changed but could not be re-assessed: {}", event.customerId(), e.getMessage());
        }
    }
}
