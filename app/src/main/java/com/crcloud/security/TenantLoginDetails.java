package com.crcloud.security;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

import java.io.Serial;

/** The organisation a person typed on the login page, next to the usual request details. */
public class TenantLoginDetails extends WebAuthenticationDetails {

    @Serial
    private static final long serialVersionUID = 1L;

    /** Request parameter carrying the organisation; empty for platform administrators. */
    public static final String PARAMETER = "tenant";

    private final String tenant;

    public TenantLoginDetails(HttpServletRequest request) {
        super(request);
        String value = request.getParameter(PARAMETER);
        this.tenant = value == null || value.isBlank() ? null : value.trim().toLowerCase(java.util.Locale.ROOT);
    }

    /** The organisation slug, or null when signing in to the platform area. */
    public String tenant() {
        return tenant;
    }
}
