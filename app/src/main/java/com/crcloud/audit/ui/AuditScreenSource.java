package com.crcloud.audit.ui;

import com.crcloud.tenant.audit.AuditScreen;
import com.vaadin.flow.component.UI;
import jakarta.annotation.PostConstruct;
import org.springframework.stereotype.Component;

import java.util.Optional;

/** Tells the revision listener which screen a change comes from: the view the acting UI shows, if any. */
@Component
class AuditScreenSource {

    @PostConstruct
    void register() {
        AuditScreen.register(() -> Optional.ofNullable(UI.getCurrent())
                .map(ui -> ui.getInternals().getActiveViewLocation().getPath()));
    }
}
