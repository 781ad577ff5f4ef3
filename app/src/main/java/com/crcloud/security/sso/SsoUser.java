package com.crcloud.security.sso;

import com.crcloud.security.CrcUser;
import com.crcloud.tenant.user.Role;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.OidcUserInfo;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

import java.io.Serial;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A person signed in through the identity provider: the product's user (tenant, roles, language) and the OpenID
 * Connect user at once, so signing out can end the identity provider's session with the ID token.
 */
public final class SsoUser extends CrcUser implements OidcUser {

    @Serial
    private static final long serialVersionUID = 1L;

    private final OidcIdToken idToken;
    private final OidcUserInfo userInfo;

    SsoUser(String tenant, String username, String displayName, Set<Role> roles, Locale locale, OidcUser oidcUser) {
        super(tenant, username, displayName, null, roles, locale, true);
        this.idToken = oidcUser.getIdToken();
        this.userInfo = oidcUser.getUserInfo();
    }

    @Override
    public Map<String, Object> getClaims() {
        return idToken.getClaims();
    }

    @Override
    public OidcUserInfo getUserInfo() {
        return userInfo;
    }

    @Override
    public OidcIdToken getIdToken() {
        return idToken;
    }

    @Override
    public Map<String, Object> getAttributes() {
        return getClaims();
    }

    /** The product's username, so the audit trail names the same person in both sign-in modes. */
    @Override
    public String getName() {
        return getUsername();
    }
}
