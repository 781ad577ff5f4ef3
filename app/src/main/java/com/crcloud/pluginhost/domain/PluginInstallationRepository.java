package com.crcloud.pluginhost.domain;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;

public interface PluginInstallationRepository extends JpaRepository<PluginInstallation, Long> {

    List<PluginInstallation> findTop50ByOrderByIdDesc();
}
