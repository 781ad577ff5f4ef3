package com.crcloud.notification.domain;

/** How the connection to the mail server is protected. */
public enum MailSecurity {
    /** Plain SMTP, e.g. a relay inside the tenant's network. */
    NONE,
    /** SMTP upgraded with STARTTLS (usually port 587); refused if the server cannot upgrade. */
    STARTTLS,
    /** SMTP over TLS from the first byte (usually port 465). */
    TLS
}
