package com.crcloud.notification.domain;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.Optional;
import java.util.UUID;

public interface MailSettingsRepository extends JpaRepository<MailSettings, UUID> {

    /** The tenant's settings (one per tenant; the tenant filter narrows the table to it). */
    Optional<MailSettings> findFirstBy();
}
