package com.crcloud.config;

import org.springframework.boot.context.properties.ConfigurationProperties;

import org.springframework.boot.context.properties.bind.DefaultValue;

import java.nio.file.Path;
import java.time.Duration;

/**
 * Deployment settings of the host.
 *
 * @param dataDir    where the embedded database and other local state live
 * @param pluginsDir where plugin jars are loaded from
 * @param demo       whether demo tenants are created on first start (embedded default only)
 * @param pluginCallTimeout how long one extension call may take before it is abandoned as an ERROR
 */
@ConfigurationProperties("crc")
public record CrcProperties(Path dataDir, Path pluginsDir, Demo demo, @DefaultValue("5s") Duration pluginCallTimeout) {

    public record Demo(boolean enabled, int customersPerTenant) {
    }
}
