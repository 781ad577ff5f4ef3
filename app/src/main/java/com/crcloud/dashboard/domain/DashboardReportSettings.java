package com.crcloud.dashboard.domain;

import com.crcloud.tenant.persistence.TenantOwnedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.hibernate.envers.Audited;

import java.time.YearMonth;
import java.util.Arrays;
import java.util.List;

/**
 * Who receives the tenant's monthly review report by email, and which month went out last, so a restarted or
 * repeated job run never sends a month twice.
 */
@Entity
@Table(name = "dashboard_report_settings")
@Audited
public class DashboardReportSettings extends TenantOwnedEntity {

    @Column(nullable = false)
    private boolean enabled;

    /** Comma-separated email addresses. */
    @Column(nullable = false, length = 2000)
    private String recipients = "";

    @Column(name = "last_sent_month", length = 7)
    private String lastSentMonth;

    public boolean isEnabled() {
        return enabled;
    }

    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    public List<String> getRecipients() {
        return recipients.isBlank() ? List.of() : Arrays.asList(recipients.split(","));
    }

    public void setRecipients(List<String> addresses) {
        this.recipients = String.join(",", addresses);
    }

    public YearMonth getLastSentMonth() {
        return lastSentMonth == null ? null : YearMonth.parse(lastSentMonth);
    }

    public void setLastSentMonth(YearMonth month) {
        this.lastSentMonth = month.toString();
    }
}
