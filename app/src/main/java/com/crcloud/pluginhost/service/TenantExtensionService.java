package com.crcloud.pluginhost.service;

import com.crcloud.plugin.api.DataImporter;
import com.crcloud.plugin.api.ExtensionContext;
import com.crcloud.plugin.api.SettingDefinition;
import com.crcloud.plugin.api.SettingProblem;
import com.crcloud.plugin.api.Settings;
import com.crcloud.pluginhost.domain.PluginRecordRepository;
import com.crcloud.tenant.audit.AuditReason;
import com.crcloud.tenant.context.TenantContext;
import com.crcloud.tenant.extension.ExtensionSetting;
import com.crcloud.tenant.extension.ExtensionSettingRepository;
import com.crcloud.tenant.support.UserFacingException;
import com.crcloud.tenant.user.Authorities;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.annotation.Secured;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Which plugin extensions the tenant in context uses and with which settings; builds the context extensions are
 * called with. Settings are validated against the extension's own definitions, versioned and audited.
 */
@Service
public class TenantExtensionService {

    /** Imports write record by record; a large watchlist needs minutes, not the seconds a check gets. */
    private static final Duration IMPORT_TIME_LIMIT = Duration.ofMinutes(10);

    private final PluginHost host;
    private final ExtensionRunner runner;
    private final ExtensionSettingRepository settings;
    private final PluginRecordRepository records;
    private final TransactionTemplate transaction;
    private final TransactionTemplate recordTransaction;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    public TenantExtensionService(PluginHost host, ExtensionRunner runner, ExtensionSettingRepository settings,
                                  PluginRecordRepository records, PlatformTransactionManager transactionManager, Clock clock,
                                  ApplicationEventPublisher events) {
        this.host = host;
        this.runner = runner;
        this.settings = settings;
        this.records = records;
        this.transaction = new TransactionTemplate(transactionManager);
        this.recordTransaction = new TransactionTemplate(transactionManager);
        this.recordTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
        this.events = events;
    }

    /** Every installed extension with the tenant's switch and values. */
    @Secured({Authorities.TENANT_ADMIN, Authorities.REVIEWER, Authorities.APPROVER, Authorities.COMPLIANCE_OFFICER, Authorities.AUDITOR})
    public List<TenantExtension> list() {
        Map<String, ExtensionSetting> stored = transaction.execute(status -> settings.findAll().stream()
                .collect(Collectors.toMap(setting -> setting.getPluginId() + "/" + setting.getExtensionId(), Function.identity())));
        return host.extensions().stream().map(extension -> {
            ExtensionSetting setting = stored.get(extension.key());
            return setting == null ? new TenantExtension(extension, false, Map.of(), null, 0)
                    : new TenantExtension(extension, setting.isEnabled(), setting.getValues(), setting.getId(), setting.getVersion());
        }).toList();
    }

    /**
     * Switches an extension on or off and stores its settings. Blank values mean "use the default". The version
     * the admin started from must still be current.
     *
     * @throws InvalidSettingsException with every value that does not fit, nothing stored
     */
    @Secured(Authorities.TENANT_ADMIN)
    public TenantExtension save(String extensionKey, boolean enabled, Map<String, String> values, long expectedVersion, String reason) {
        InstalledExtension extension = find(extensionKey);
        Map<String, String> explicit = new LinkedHashMap<>();
        Map<String, SettingProblem> problems = new LinkedHashMap<>();
        values.forEach((name, value) -> {
            if (extension.settings().stream().noneMatch(definition -> definition.name().equals(name))) {
                throw new UserFacingException(null, "extensions.error.unknownSetting", name, extension.key());
            }
        });
        for (SettingDefinition definition : extension.settings()) {
            String value = values.get(definition.name());
            String effective = value == null || value.isBlank() ? definition.defaultValue() : value.trim();
            definition.validate(effective).ifPresent(problem -> problems.put(definition.name(), problem));
            if (value != null && !value.isBlank()) {
                explicit.put(definition.name(), value.trim());
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidSettingsException(problems);
        }
        try {
            ExtensionSetting saved = AuditReason.with(reason, () -> transaction.execute(status -> {
                ExtensionSetting setting = settings.findByPluginIdAndExtensionId(extension.pluginId(), extension.id())
                        .orElseGet(() -> new ExtensionSetting(extension.pluginId(), extension.id()));
                if (setting.getVersion() != expectedVersion) {
                    throw new OptimisticLockingFailureException("extension setting changed meanwhile");
                }
                setting.setEnabled(enabled);
                setting.setValues(explicit);
                return settings.saveAndFlush(setting);
            }));
            return new TenantExtension(extension, saved.isEnabled(), saved.getValues(), saved.getId(), saved.getVersion());
        } catch (OptimisticLockingFailureException e) {
            throw new UserFacingException(null, "error.concurrentChange");
        }
    }

    /**
     * Hands an uploaded file to a data importer of the tenant, isolated like every extension call.
     *
     * @throws UserFacingException with the importer's reason when it refuses the file or fails
     */
    @Secured({Authorities.TENANT_ADMIN, Authorities.COMPLIANCE_OFFICER})
    public DataImporter.ImportReport importFile(String extensionKey, String fileName, byte[] content, Locale locale) {
        TenantExtension item = list().stream().filter(candidate -> candidate.extension().key().equals(extensionKey))
                .filter(candidate -> candidate.extension().kind() == ExtensionKind.DATA_IMPORTER).findFirst()
                .orElseThrow(() -> new UserFacingException(null, "extensions.error.unknownExtension", extensionKey));
        ExtensionContext context = contextFor(item, locale);
        ExtensionRunner.Outcome<DataImporter.ImportReport> outcome = runner.call(item.extension(), IMPORT_TIME_LIMIT,
                () -> item.extension().as(DataImporter.class).importFile(context, fileName, content));
        if (outcome instanceof ExtensionRunner.Success<DataImporter.ImportReport> success) {
            events.publishEvent(new ExtensionDataImported(TenantContext.requireTenantId(), item.extension().pluginId(), extensionKey));
            return success.value();
        }
        throw new UserFacingException(null, "extensions.error.importFailed", fileName,
                ((ExtensionRunner.Failure<DataImporter.ImportReport>) outcome).cause());
    }

    /** The context an extension is called with for the tenant in context, on behalf of the signed-in user. */
    public ExtensionContext contextFor(TenantExtension item, Locale locale) {
        Map<String, String> effective = new HashMap<>();
        item.extension().settings().forEach(definition -> {
            if (definition.defaultValue() != null) {
                effective.put(definition.name(), definition.defaultValue());
            }
        });
        effective.putAll(item.values());
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return new ExtensionContext(TenantContext.requireTenantId(),
                authentication == null ? "system" : authentication.getName(), locale, clock,
                Settings.of(effective), new HostRecordStore(item.extension().pluginId(), records, recordTransaction));
    }

    private InstalledExtension find(String key) {
        Optional<InstalledExtension> extension = host.extensions().stream().filter(candidate -> candidate.key().equals(key)).findFirst();
        return extension.orElseThrow(() -> new UserFacingException(null, "extensions.error.unknownExtension", key));
    }
}
