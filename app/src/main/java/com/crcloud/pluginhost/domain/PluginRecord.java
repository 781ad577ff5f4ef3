package com.crcloud.pluginhost.domain;

import com.crcloud.tenant.persistence.TenantOwnedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.hibernate.envers.Audited;

/** A record a plugin keeps through its {@link com.crcloud.plugin.api.RecordStore}: tenant-owned and audited. */
@Entity
@Table(name = "plugin_record")
@Audited
public class PluginRecord extends TenantOwnedEntity {

    @Column(name = "plugin_id", nullable = false, length = 100)
    private String pluginId;

    @Column(name = "collection_name", nullable = false, length = 200)
    private String collection;

    @Column(name = "record_key", nullable = false, length = 200)
    private String key;

    @Column(name = "record_value", nullable = false, length = 8000)
    private String value;

    protected PluginRecord() {
    }

    public PluginRecord(String pluginId, String collection, String key, String value) {
        this.pluginId = pluginId;
        this.collection = collection;
        this.key = key;
        this.value = value;
    }

    public String getPluginId() {
        return pluginId;
    }

    public String getCollection() {
        return collection;
    }

    public String getKey() {
        return key;
    }

    public String getValue() {
        return value;
    }

    public void setValue(String value) {
        this.value = value;
    }
}
