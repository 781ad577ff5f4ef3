package com.crcloud.pluginhost.service;

import com.crcloud.pluginhost.domain.ExtensionUsageNativeRepository;
import com.crcloud.pluginhost.domain.PluginInstallation;
import com.crcloud.pluginhost.domain.PluginInstallation.Action;
import com.crcloud.pluginhost.domain.PluginInstallationRepository;
import com.crcloud.tenant.support.UserFacingException;
import com.crcloud.tenant.user.Authorities;
import org.springframework.security.access.annotation.Secured;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The platform area's plugin administration: what is installed (state, SDK range, failures, recent errors, tenants
 * using it, file hash), uploads of new or upgraded jars, disabling and removal, each logged with its actor.
 */
@Service
public class PlatformPluginService {

    /**
     * One installed plugin with the ids of the tenants that switched on at least one of its extensions and the
     * number of stored case step results its extensions produced.
     */
    public record PluginOverview(PluginHost.LoadedPlugin plugin, List<String> tenants, long storedResults) {

        /** Review cases rely on it: tenants run it, or cases keep results it produced. */
        public boolean used() {
            return !tenants.isEmpty() || storedResults > 0;
        }
    }

    private final PluginHost host;
    private final ExtensionUsageNativeRepository usage;
    private final PluginInstallationRepository log;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final PluginSignatures signatures;

    public PlatformPluginService(PluginHost host, ExtensionUsageNativeRepository usage, PluginInstallationRepository log,
                                 PluginSignatures signatures, PlatformTransactionManager transactionManager, Clock clock) {
        this.host = host;
        this.signatures = signatures;
        this.usage = usage;
        this.log = log;
        this.transaction = new TransactionTemplate(transactionManager);
        this.clock = clock;
    }

    @Secured(Authorities.PLATFORM_ADMIN)
    public List<PluginOverview> overview() {
        var tenants = usage.tenantsByPlugin();
        var results = usage.storedStepsByPlugin();
        return host.plugins().stream().map(plugin -> new PluginOverview(plugin, tenants.getOrDefault(plugin.id(), List.of()),
                results.getOrDefault(plugin.id(), 0L))).toList();
    }

    @Secured(Authorities.PLATFORM_ADMIN)
    public Path pluginsDir() {
        return host.pluginsDir();
    }

    /**
     * Installs or upgrades a plugin from an uploaded jar and its optional detached signature (checked against the
     * trusted keys first; see {@link PluginSignatures}). Refusals are logged too, with the jar's hash.
     *
     * @param signature the detached signature ({@code openssl dgst -sha256 -sign}), or null for an unsigned jar
     * @throws UserFacingException naming why the jar was refused
     */
    @Secured(Authorities.PLATFORM_ADMIN)
    public PluginHost.Installed install(String fileName, byte[] content, byte[] signature) {
        try {
            String signedBy = signatures.verify(fileName, content, signature).map(key -> "signed with key " + key).orElse("unsigned");
            PluginHost.Installed installed = host.install(fileName, content);
            record(new PluginInstallation(installed.pluginId(), installed.version(), installed.sha256(), fileName,
                    installed.replacedVersion() == null ? Action.INSTALLED : Action.UPGRADED,
                    installed.replacedVersion() == null ? signedBy : "replaced " + installed.replacedVersion() + ", " + signedBy,
                    actor(), clock.instant()));
            return installed;
        } catch (UserFacingException e) {
            record(new PluginInstallation(null, null, PluginJarInspector.sha256(content), fileName, Action.REFUSED,
                    e.messageKey() + " " + Arrays.stream(e.arguments()).map(String::valueOf).collect(Collectors.joining(", ")),
                    actor(), clock.instant()));
            throw e;
        }
    }

    /** Whether uploads must be signed, and the keys signatures are checked against. */
    @Secured(Authorities.PLATFORM_ADMIN)
    public SignaturePolicy signaturePolicy() {
        return new SignaturePolicy(signatures.required(), signatures.trustedKeys());
    }

    /** Trusts a vendor's public key for plugin signatures; logged with its fingerprint. */
    @Secured(Authorities.PLATFORM_ADMIN)
    public PluginSignatures.TrustedKey trustKey(String name, String pem) {
        PluginSignatures.TrustedKey key = signatures.addTrustedKey(name, pem);
        record(new PluginInstallation(null, null, null, name + ".pem", Action.KEY_TRUSTED, "SHA-256 " + key.fingerprint(),
                actor(), clock.instant()));
        return key;
    }

    @Secured(Authorities.PLATFORM_ADMIN)
    public void removeKey(String name) {
        signatures.removeTrustedKey(name);
        record(new PluginInstallation(null, null, null, name + ".pem", Action.KEY_REMOVED, null, actor(), clock.instant()));
    }

    /** What the plugin page tells administrators about signatures. */
    public record SignaturePolicy(boolean required, List<PluginSignatures.TrustedKey> trustedKeys) {
    }

    @Secured(Authorities.PLATFORM_ADMIN)
    public void disable(String pluginId) {
        host.disable(pluginId);
        record(new PluginInstallation(pluginId, null, null, null, Action.DISABLED, null, actor(), clock.instant()));
    }

    @Secured(Authorities.PLATFORM_ADMIN)
    public void enable(String pluginId) {
        host.enable(pluginId);
        record(new PluginInstallation(pluginId, null, null, null, Action.ENABLED, null, actor(), clock.instant()));
    }

    @Secured(Authorities.PLATFORM_ADMIN)
    public void uninstall(String pluginId) {
        host.uninstall(pluginId);
        record(new PluginInstallation(pluginId, null, null, null, Action.UNINSTALLED, null, actor(), clock.instant()));
    }

    /** The latest administration actions, newest first. */
    @Secured(Authorities.PLATFORM_ADMIN)
    public List<PluginInstallation> recentActions() {
        return transaction.execute(status -> log.findTop50ByOrderByIdDesc());
    }

    private void record(PluginInstallation entry) {
        transaction.executeWithoutResult(status -> log.save(entry));
    }

    private static String actor() {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication == null ? "system" : authentication.getName();
    }
}
