package com.crcloud.platform.ui;

import com.crcloud.layout.MainLayout;
import com.crcloud.layout.Paths;
import com.crcloud.pluginhost.domain.PluginInstallation;
import com.crcloud.pluginhost.service.PlatformPluginService;
import com.crcloud.pluginhost.service.PlatformPluginService.PluginOverview;
import com.crcloud.pluginhost.service.PluginHost;
import com.crcloud.pluginhost.service.PluginSignatures;
import com.crcloud.tenant.support.UserFacingException;
import com.crcloud.tenant.user.Role;
import com.crcloud.ui.Problems;
import com.crcloud.ui.TenantTime;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.UploadHandler;
import jakarta.annotation.security.RolesAllowed;
import org.pf4j.PluginState;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Installed plugins (version, SDK range, state and why one is not usable, recent errors, tenants using it, stored
 * case results it produced, file hash), upload of new or upgraded jars, disabling and removal (with a warning when
 * cases rely on the plugin), and the log of these actions.
 */
@Route(value = Paths.PLUGINS, layout = MainLayout.class)
@RolesAllowed(Role.PLATFORM_ADMIN_NAME)
public class PluginListView extends VerticalLayout implements HasDynamicTitle {

    private final PlatformPluginService plugins;
    private final Grid<PluginOverview> grid = new Grid<>();
    private final Grid<PluginInstallation> actions = new Grid<>();
    private final Paragraph uploadResult = new Paragraph();
    private final Paragraph signatureStatus = new Paragraph();
    private final Paragraph signaturePolicy = new Paragraph();
    private final Grid<PluginSignatures.TrustedKey> trustedKeys = new Grid<>();
    private byte[] signature;

    public PluginListView(PlatformPluginService plugins, TenantTime time) {
        this.plugins = plugins;
        setSizeFull();

        grid.setId("plugin-grid");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(row -> row.plugin().id()).setHeader(getTranslation("plugins.id")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(row -> row.plugin().version()).setHeader(getTranslation("plugins.version")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(row -> row.plugin().provider()).setHeader(getTranslation("plugins.provider")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(row -> row.plugin().requires()).setHeader(getTranslation("plugins.requires")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(row -> getTranslation("plugins.state." + row.plugin().state().name()))
                .setHeader(getTranslation("plugins.state")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(row -> String.join(", ", row.plugin().extensions())).setHeader(getTranslation("plugins.extensions")).setFlexGrow(1);
        grid.addColumn(row -> String.join(", ", row.tenants())).setHeader(getTranslation("plugins.tenants")).setKey("tenants").setFlexGrow(1);
        grid.addColumn(row -> row.storedResults() == 0 ? getTranslation("plugins.usage.none")
                        : getTranslation("plugins.usage.results", row.storedResults()))
                .setHeader(getTranslation("plugins.usage")).setKey("usage").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(row -> row.plugin().failure() == null ? row.plugin().description() : row.plugin().failure())
                .setHeader(getTranslation("plugins.details")).setKey("details").setFlexGrow(2);
        grid.addColumn(row -> row.plugin().recentErrors().isEmpty() ? "" : row.plugin().recentErrors().size() + " · "
                        + row.plugin().recentErrors().get(0).extensionId() + ": " + row.plugin().recentErrors().get(0).cause())
                .setHeader(getTranslation("plugins.recentErrors")).setKey("errors").setFlexGrow(1);
        grid.addColumn(row -> row.plugin().sha256().substring(0, 12) + "…").setHeader("SHA-256").setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(this::rowActions).setKey("actions").setAutoWidth(true).setFlexGrow(0);

        uploadResult.setId("plugin-upload-result");
        UI ui = UI.getCurrent();
        Upload upload = new Upload(UploadHandler.inMemory((metadata, data) -> ui.access(() -> install(metadata.fileName(), data))));
        upload.setId("plugin-upload");
        upload.setAcceptedFileTypes(".jar", ".zip");
        upload.setMaxFiles(1);
        Upload signatureUpload = new Upload(UploadHandler.inMemory((metadata, data) -> ui.access(() -> {
            signature = data;
            signatureStatus.setText(getTranslation("plugins.signature.attached", metadata.fileName()));
        })));
        signatureUpload.setId("plugin-signature-upload");
        signatureUpload.setAcceptedFileTypes(".sig");
        signatureUpload.setMaxFiles(1);
        signatureStatus.setId("plugin-signature-status");
        signaturePolicy.setId("plugin-signature-policy");

        trustedKeys.setId("trusted-keys");
        trustedKeys.addThemeVariants(GridVariant.LUMO_COMPACT);
        trustedKeys.addColumn(PluginSignatures.TrustedKey::name).setHeader(getTranslation("plugins.keys.name")).setAutoWidth(true);
        trustedKeys.addColumn(PluginSignatures.TrustedKey::fingerprint).setHeader("SHA-256").setFlexGrow(1);
        trustedKeys.addComponentColumn(key -> {
            Button remove = new Button(getTranslation("plugins.keys.remove"), click -> act(() -> plugins.removeKey(key.name())));
            remove.setId("remove-key-" + key.name());
            remove.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR);
            return remove;
        }).setKey("remove").setAutoWidth(true).setFlexGrow(0);
        trustedKeys.setAllRowsVisible(true);
        Upload keyUpload = new Upload(UploadHandler.inMemory((metadata, data) -> ui.access(() -> act(() -> {
            String name = metadata.fileName().replaceAll(".*[/\\\\]", "").replaceFirst("(?i)\\.pem$", "").toLowerCase(Locale.ROOT);
            plugins.trustKey(name, new String(data, StandardCharsets.US_ASCII));
            Problems.showSuccess(getTranslation("plugins.keys.added", name));
        }))));
        keyUpload.setId("trusted-key-upload");
        keyUpload.setAcceptedFileTypes(".pem");
        keyUpload.setMaxFiles(1);

        actions.setId("plugin-actions-log");
        actions.addThemeVariants(GridVariant.LUMO_COMPACT);
        actions.addColumn(entry -> time.format(entry.getActedAt(), getLocale())).setHeader(getTranslation("audit.when")).setAutoWidth(true);
        actions.addColumn(PluginInstallation::getActor).setHeader(getTranslation("audit.who")).setAutoWidth(true);
        actions.addColumn(entry -> getTranslation("plugins.action." + entry.getAction().name())).setHeader(getTranslation("audit.action")).setAutoWidth(true);
        actions.addColumn(entry -> entry.getPluginId() == null ? entry.getFileName() : entry.getPluginId() + " " + nullToEmpty(entry.getVersion()))
                .setHeader(getTranslation("plugins.id")).setAutoWidth(true);
        actions.addColumn(entry -> nullToEmpty(entry.getSha256())).setHeader("SHA-256").setAutoWidth(true);
        actions.addColumn(entry -> nullToEmpty(entry.getDetail())).setHeader(getTranslation("plugins.details")).setFlexGrow(1);
        actions.setAllRowsVisible(true);

        add(new H2(getTranslation("plugins.title")), new Paragraph(getTranslation("plugins.directory", plugins.pluginsDir().toString())),
                grid, new H3(getTranslation("plugins.upload")), new Paragraph(getTranslation("plugins.upload.help")), signaturePolicy,
                new Paragraph(getTranslation("plugins.signature.help")), signatureUpload, signatureStatus, upload, uploadResult,
                new H3(getTranslation("plugins.keys")), new Paragraph(getTranslation("plugins.keys.help")), trustedKeys, keyUpload,
                new H3(getTranslation("plugins.log")), actions);
        refresh();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("plugins.title");
    }

    private void install(String fileName, byte[] data) {
        try {
            PluginHost.Installed installed = plugins.install(fileName, data, signature);
            uploadResult.setText(getTranslation(installed.replacedVersion() == null ? "plugins.installed" : "plugins.upgraded",
                    installed.pluginId(), installed.version(), installed.sha256(), installed.replacedVersion()));
        } catch (UserFacingException e) {
            uploadResult.setText(Problems.message(this, e));
        }
        // A signature belongs to one jar: the next upload needs its own.
        signature = null;
        signatureStatus.setText("");
        refresh();
    }

    private String signaturePolicy(PlatformPluginService.SignaturePolicy policy) {
        String keys = policy.trustedKeys().isEmpty() ? getTranslation("plugins.signature.noKeys") : policy.trustedKeys().stream()
                .map(key -> key.name() + " (SHA-256 " + key.fingerprint().substring(0, 16) + "…)").collect(Collectors.joining(", "));
        return getTranslation(policy.required() ? "plugins.signature.required" : "plugins.signature.optional", keys);
    }

    private Component rowActions(PluginOverview row) {
        String id = row.plugin().id();
        boolean disabled = row.plugin().state() == PluginState.DISABLED;
        Button toggle = new Button(getTranslation(disabled ? "plugins.enable" : "plugins.disable"), click -> {
            if (disabled) {
                act(() -> plugins.enable(id));
            } else if (row.used()) {
                confirm("plugins.disable", getTranslation("plugins.disable.confirmUsed", id, row.storedResults(), tenants(row)),
                        () -> plugins.disable(id));
            } else {
                act(() -> plugins.disable(id));
            }
        });
        toggle.setId("toggle-" + id);
        toggle.addThemeVariants(ButtonVariant.LUMO_SMALL);
        Button remove = new Button(getTranslation("plugins.uninstall"), click -> confirm("plugins.uninstall", row.used()
                ? getTranslation("plugins.uninstall.confirmUsed", id, row.storedResults(), tenants(row))
                : getTranslation("plugins.uninstall.confirm", id), () -> plugins.uninstall(id)));
        remove.setId("uninstall-" + id);
        remove.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR);
        return new HorizontalLayout(toggle, remove);
    }

    /** Asks before an action that stops a plugin, saying what relies on it. */
    private void confirm(String actionKey, String text, Runnable action) {
        ConfirmDialog confirm = new ConfirmDialog(getTranslation(actionKey), text, getTranslation(actionKey), event -> act(action));
        confirm.setId("plugin-confirm");
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("action.cancel"));
        confirm.setConfirmButtonTheme("error primary");
        confirm.open();
    }

    private String tenants(PluginOverview row) {
        return row.tenants().isEmpty() ? getTranslation("plugins.usage.noTenants") : String.join(", ", row.tenants());
    }

    private void act(Runnable action) {
        try {
            action.run();
        } catch (UserFacingException e) {
            Problems.showError(Problems.message(this, e));
        }
        refresh();
    }

    private void refresh() {
        PlatformPluginService.SignaturePolicy policy = plugins.signaturePolicy();
        signaturePolicy.setText(signaturePolicy(policy));
        trustedKeys.setItems(policy.trustedKeys());
        grid.setItems(plugins.overview());
        actions.setItems(plugins.recentActions());
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }
}
