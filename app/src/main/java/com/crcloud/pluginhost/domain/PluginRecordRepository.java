package com.crcloud.pluginhost.domain;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Tenant-filtered by Hibernate; every method also narrows to one plugin, so plugins never see each other's records. */
public interface PluginRecordRepository extends JpaRepository<PluginRecord, UUID> {

    Optional<PluginRecord> findByPluginIdAndCollectionAndKey(String pluginId, String collection, String key);

    List<PluginRecord> findByPluginIdAndCollectionOrderByKeyAsc(String pluginId, String collection);

    /** The first page of a collection in key order. */
    List<PluginRecord> findByPluginIdAndCollectionOrderByKeyAsc(String pluginId, String collection, Pageable page);

    /** The page of a collection after {@code key}, in key order. */
    List<PluginRecord> findByPluginIdAndCollectionAndKeyGreaterThanOrderByKeyAsc(String pluginId, String collection, String key,
                                                                                Pageable page);
}
