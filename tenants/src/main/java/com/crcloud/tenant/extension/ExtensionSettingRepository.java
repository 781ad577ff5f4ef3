package com.crcloud.tenant.extension;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.Optional;
import java.util.UUID;

/** Tenant-filtered: only the tenant in context's settings are visible. */
public interface ExtensionSettingRepository extends JpaRepository<ExtensionSetting, UUID> {

    Optional<ExtensionSetting> findByPluginIdAndExtensionId(String pluginId, String extensionId);
}
