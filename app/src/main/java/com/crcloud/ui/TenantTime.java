package com.crcloud.ui;

import com.crcloud.security.CurrentUser;
import com.crcloud.tenant.provisioning.TenantRegistryService;
import com.vaadin.flow.spring.annotation.UIScope;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/** Shows instants in the tenant's time zone (UTC for platform administrators), in the UI's language. */
@Component
@UIScope
public class TenantTime {

    private final ZoneId zone;

    public TenantTime(CurrentUser currentUser, TenantRegistryService tenants) {
        this.zone = currentUser.get().flatMap(user -> user.tenantId())
                .flatMap(tenants::find).map(tenant -> tenant.getTimeZone()).orElse(ZoneId.of("UTC"));
    }

    public ZoneId zone() {
        return zone;
    }

    public String format(Instant instant, Locale locale) {
        if (instant == null) {
            return "";
        }
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM).withLocale(locale).withZone(zone).format(instant);
    }
}
