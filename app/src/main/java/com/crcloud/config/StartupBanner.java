package com.crcloud.config;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** Tells whoever started the product where it is. */
@Component
class StartupBanner {

    private static final Logger log = LoggerFactory.getLogger(StartupBanner.class);

    private final CrcProperties properties;

    StartupBanner(CrcProperties properties) {
        this.properties = properties;
    }

    @EventListener
    @Order(Ordered.HIGHEST_PRECEDENCE)
    void onReady(ApplicationReadyEvent event) {
        if (!(event.getApplicationContext() instanceof WebServerApplicationContext web)) {
            return;
        }
        StringBuilder banner = new StringBuilder()
                .append("\n\n  Customer Review Cloud is running at http://localhost:").append(web.getWebServer().getPort()).append('/')
                .append("\n  (started in ").append(event.getTimeTaken().toMillis()).append(" ms; data in ")
                .append(properties.dataDir().toAbsolutePath().normalize()).append(")\n");
        log.info(banner.toString());
    }
}
