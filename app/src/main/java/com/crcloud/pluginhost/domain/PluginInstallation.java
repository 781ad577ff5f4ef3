package com.crcloud.pluginhost.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/**
 * One platform administrator action on an installed plugin, kept as an append-only log: what was uploaded (with
 * its SHA-256), refused, upgraded, disabled, enabled or removed, by whom and when. Platform data: no tenant.
 */
@Entity
@Table(name = "plugin_installation")
public class PluginInstallation {

    public enum Action { INSTALLED, UPGRADED, REFUSED, DISABLED, ENABLED, UNINSTALLED, KEY_TRUSTED, KEY_REMOVED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private long id;

    @Column(name = "plugin_id", length = 100)
    private String pluginId;

    @Column(name = "plugin_version", length = 50)
    private String version;

    @Column(length = 64)
    private String sha256;

    @Column(name = "file_name", length = 255)
    private String fileName;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Action action;

    @Column(length = 1000)
    private String detail;

    @Column(nullable = false, length = 100)
    private String actor;

    @Column(name = "acted_at", nullable = false)
    private Instant actedAt;

    protected PluginInstallation() {
    }

    public PluginInstallation(String pluginId, String version, String sha256, String fileName, Action action, String detail,
                              String actor, Instant actedAt) {
        this.pluginId = pluginId;
        this.version = version;
        this.sha256 = sha256;
        this.fileName = fileName;
        this.action = action;
        this.detail = detail == null || detail.length() <= 1000 ? detail : detail.substring(0, 1000);
        this.actor = actor;
        this.actedAt = actedAt;
    }

    public String getPluginId() {
        return pluginId;
    }

    public String getVersion() {
        return version;
    }

    public String getSha256() {
        return sha256;
    }

    public String getFileName() {
        return fileName;
    }

    public Action getAction() {
        return action;
    }

    public String getDetail() {
        return detail;
    }

    public String getActor() {
        return actor;
    }

    public Instant getActedAt() {
        return actedAt;
    }
}
