package com.crcloud.tenant.context;

import org.hibernate.cfg.AvailableSettings;
import org.springframework.boot.autoconfigure.orm.jpa.HibernatePropertiesCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Wires tenant resolution and the no-tenant guard into Hibernate. */
@Configuration(proxyBeanMethods = false)
public class TenantHibernateConfiguration {

    @Bean
    HibernatePropertiesCustomizer tenantHibernateProperties() {
        return properties -> {
            properties.put(AvailableSettings.MULTI_TENANT_IDENTIFIER_RESOLVER, new TenantIdentifierResolver());
            properties.put(AvailableSettings.STATEMENT_INSPECTOR, new TenantGuardStatementInspector());
        };
    }
}
