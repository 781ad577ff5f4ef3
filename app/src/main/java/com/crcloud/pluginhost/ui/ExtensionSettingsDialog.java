package com.crcloud.pluginhost.ui;

import com.crcloud.audit.service.AuditHistoryService;
import com.crcloud.audit.ui.HistoryPanel;
import com.crcloud.plugin.api.DataImporter;
import com.crcloud.pluginhost.service.ExtensionKind;
import com.crcloud.pluginhost.service.InvalidSettingsException;
import com.crcloud.pluginhost.service.TenantExtension;
import com.crcloud.pluginhost.service.TenantExtensionService;
import com.crcloud.tenant.extension.ExtensionSetting;
import com.crcloud.tenant.support.UserFacingException;
import com.crcloud.ui.Problems;
import com.crcloud.ui.TenantTime;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.UploadHandler;

import java.util.Map;

/**
 * Edits one extension for the tenant: on/off and a field per declared setting, rendered from the plugin's own
 * definitions. Refused values are marked on their field with the reason; nothing typed is lost.
 */
class ExtensionSettingsDialog extends Dialog {

    private static final int MAX_UPLOAD_BYTES = 50 * 1024 * 1024;

    private final TenantExtension item;
    private final Checkbox enabled = new Checkbox();
    private final SettingsForm form;
    private final TextField reason = new TextField();

    ExtensionSettingsDialog(TenantExtension item, TenantExtensionService extensions, AuditHistoryService audit, TenantTime time,
                            boolean mayConfigure, Runnable onSaved) {
        this.item = item;
        setHeaderTitle(item.extension().name(getLocale()));
        setWidth("48rem");

        enabled.setId("extension-enabled");
        enabled.setLabel(getTranslation("extensions.enabled"));
        enabled.setValue(item.enabled());
        form = new SettingsForm(item.extension().settings(), item.values(), Map.of());
        form.addComponentAsFirst(enabled);
        reason.setId("extension-reason");
        reason.setLabel(getTranslation("audit.reason"));
        reason.setMaxLength(1000);
        form.add(reason);
        add(form);
        if (!mayConfigure) {
            enabled.setReadOnly(true);
            form.setFieldsReadOnly(true);
            reason.setVisible(false);
        }
        if (item.extension().kind() == ExtensionKind.DATA_IMPORTER) {
            add(uploadSection(extensions));
        }

        if (item.settingId() != null) {
            HistoryPanel<ExtensionSetting> history = new HistoryPanel<>(audit, ExtensionSetting.class, time);
            history.show(item.settingId());
            add(new H4(getTranslation("audit.history")), history);
        }

        Button save = new Button(getTranslation("action.save"), click -> {
            form.clearProblems();
            try {
                extensions.save(item.extension().key(), enabled.getValue(), form.values(), item.version(), reason.getValue());
                Problems.showSuccess(getTranslation("extensions.saved", item.extension().name(getLocale())));
                onSaved.run();
                close();
            } catch (InvalidSettingsException e) {
                e.problems().forEach(form::mark);
            } catch (UserFacingException e) {
                Problems.showError(Problems.message(this, e));
            }
        });
        save.setId("save-extension");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setVisible(mayConfigure);
        getFooter().add(new Button(getTranslation("action.cancel"), click -> close()), save);
    }

    /** Upload of the importer's data file; the importer's report (or its reason for refusing) is shown below it. */
    private Component uploadSection(TenantExtensionService extensions) {
        String language = getLocale().getLanguage().equals("zh") ? "zh-CN" : "en";
        DataImporter importer = item.extension().as(DataImporter.class);
        Paragraph description = new Paragraph(importer.fileDescription().getOrDefault(language, importer.fileDescription().get("en")));
        Paragraph report = new Paragraph();
        report.setId("import-report");
        UI ui = UI.getCurrent();
        Upload upload = new Upload(UploadHandler.inMemory((metadata, data) -> ui.access(() -> {
            try {
                DataImporter.ImportReport result = extensions.importFile(item.extension().key(), metadata.fileName(), data, getLocale());
                report.setText(getTranslation("extensions.import.report", metadata.fileName(), result.accepted(), result.skipped(),
                        result.problems().size()) + (result.problems().isEmpty() ? "" : " " + String.join("; ",
                        result.problems().subList(0, Math.min(10, result.problems().size())))));
            } catch (UserFacingException e) {
                report.setText(Problems.message(this, e));
            }
        })));
        upload.setId("import-upload");
        upload.setMaxFileSize(MAX_UPLOAD_BYTES);
        upload.setMaxFiles(1);
        upload.addFileRejectedListener(rejected -> report.setText(getTranslation("extensions.import.rejected",
                rejected.getFileName(), MAX_UPLOAD_BYTES / 1024 / 1024)));
        return new VerticalLayout(new H4(getTranslation("extensions.import.title")), description, upload, report);
    }
}
