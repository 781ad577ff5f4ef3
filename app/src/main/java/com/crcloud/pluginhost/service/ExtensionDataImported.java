package com.crcloud.pluginhost.service;

/**
 * Published after a plugin's data importer accepted a file for the tenant in context (e.g. a new watchlist), so
 * features that depend on that plugin's data can react.
 */
public record ExtensionDataImported(String tenantId, String pluginId, String extensionKey) {
}
