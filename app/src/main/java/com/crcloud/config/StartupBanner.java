package com.crcloud.config;

import com.crcloud.demo.DemoDataLoader;
import com.crcloud.tenant.user.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import java.util.stream.Collectors;

/** Tells whoever started the product where it is and, with demo data, how to sign in. */
@Component
class StartupBanner {

    private static final Logger log = LoggerFactory.getLogger(StartupBanner.class);

    private final CrcProperties properties;

    StartupBanner(CrcProperties properties) {
        this.properties = properties;
    }

    @EventListener
    void onReady(ApplicationReadyEvent event) {
        if (!(event.getApplicationContext() instanceof WebServerApplicationContext web)) {
            return;
        }
        StringBuilder banner = new StringBuilder()
                .append("\n\n  Customer Review Cloud is running at http://localhost:").append(web.getWebServer().getPort()).append('/')
                .append("\n  (started in ").append(event.getTimeTaken().toMillis()).append(" ms; data in ")
                .append(properties.dataDir().toAbsolutePath().normalize()).append(")\n");
        if (properties.demo().enabled()) {
            banner.append("\n  Demo logins (password for all: ").append(DemoDataLoader.PASSWORD).append("):");
            for (DemoDataLoader.DemoTenant tenant : DemoDataLoader.TENANTS) {
                banner.append("\n    organisation ").append(tenant.slug()).append(" (").append(tenant.name()).append("): users ")
                        .append(DemoDataLoader.DEMO_ROLES.stream().map(DemoDataLoader::username).collect(Collectors.joining(", ")));
            }
            banner.append("\n    platform area: leave organisation empty, user ").append(DemoDataLoader.PLATFORM_ADMIN)
                    .append(" (role ").append(Role.PLATFORM_ADMIN).append(")\n");
        }
        log.info(banner.toString());
    }
}
