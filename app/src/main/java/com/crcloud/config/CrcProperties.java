package com.crcloud.config;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.nio.file.Path;

/**
 * Deployment settings of the host.
 *
 * @param dataDir    where the embedded database and other local state live
 * @param pluginsDir where plugin jars are loaded from
 * @param demo       whether demo tenants are created on first start (embedded default only)
 */
@ConfigurationProperties("crc")
public record CrcProperties(Path dataDir, Path pluginsDir, Demo demo) {

    public record Demo(boolean enabled, int customersPerTenant) {
    }
}
