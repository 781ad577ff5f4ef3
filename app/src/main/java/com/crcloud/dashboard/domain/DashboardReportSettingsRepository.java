package com.crcloud.dashboard.domain;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.Optional;
import java.util.UUID;

public interface DashboardReportSettingsRepository extends JpaRepository<DashboardReportSettings, UUID> {

    /** The tenant's settings (one per tenant; the tenant filter narrows the table to it). */
    Optional<DashboardReportSettings> findFirstBy();
}
