package com.crcloud.notification.domain;

import com.crcloud.tenant.persistence.TenantOwnedEntity;
import com.crcloud.privacy.domain.EncryptedText;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;

import java.time.Instant;

/**
 * A tenant's outgoing mail server. Customer emails go out through it, from the tenant's own address. The password
 * is write-only for people: it is never shown again, and the history records when it was set, not its value.
 */
@Entity
@Table(name = "mail_settings")
@Audited
public class MailSettings extends TenantOwnedEntity {

    @Column(nullable = false)
    private boolean enabled;

    @Column(nullable = false, length = 255)
    private String host = "";

    @Column(nullable = false)
    private int port = 587;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private MailSecurity security = MailSecurity.STARTTLS;

    @Column(length = 255)
    private String username;

    @NotAudited
    @Convert(converter = EncryptedText.class)
    @Column(length = 1400)
    private String password;

    @Column(name = "password_set_at")
    private Instant passwordSetAt;

    @Column(name = "from_address", nullable = false, length = 254)
    private String fromAddress = "";

    public boolean isEnabled() {
        return enabled;
    }

    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    public String getHost() {
        return host;
    }

    public void setHost(String host) {
        this.host = host;
    }

    public int getPort() {
        return port;
    }

    public void setPort(int port) {
        this.port = port;
    }

    public MailSecurity getSecurity() {
        return security;
    }

    public void setSecurity(MailSecurity security) {
        this.security = security;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    /** For the mailer only; people never see it again. */
    public String getPassword() {
        return password;
    }

    public void changePassword(String newPassword, Instant at) {
        this.password = newPassword;
        this.passwordSetAt = at;
    }

    public Instant getPasswordSetAt() {
        return passwordSetAt;
    }

    public String getFromAddress() {
        return fromAddress;
    }

    public void setFromAddress(String fromAddress) {
        this.fromAddress = fromAddress;
    }
}
