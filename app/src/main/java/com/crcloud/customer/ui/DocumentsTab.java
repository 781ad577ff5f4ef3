package com.crcloud.customer.ui;

import com.crcloud.customer.domain.CustomerDocument;
import com.crcloud.customer.domain.CustomerRecordRules;
import com.crcloud.customer.domain.DocumentFormat;
import com.crcloud.customer.domain.DocumentInfo;
import com.crcloud.customer.domain.DocumentType;
import com.crcloud.customer.domain.VerificationStatus;
import com.crcloud.customer.service.ConcurrentChangeException;
import com.crcloud.customer.service.CustomerDocumentService;
import com.crcloud.customer.service.DocumentDownload;
import com.crcloud.customer.service.InvalidCustomerException;
import com.crcloud.tenant.support.FieldProblem;
import com.crcloud.tenant.support.UserFacingException;
import com.crcloud.ui.Fields;
import com.crcloud.ui.Problems;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.server.streams.UploadHandler;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.util.List;
import java.util.Optional;

/**
 * The customer's documents: upload (editors), the list with verification status and who decided when, verify or
 * reject with a note (editors), download (roles that work with documents; every download is logged by the
 * service), removal of documents that are not verified, and each document's history.
 */
final class DocumentsTab extends VerticalLayout {

    private final RecordTabs page;
    private final CustomerDocumentService documents;
    private final Select<DocumentType> type = new Select<>();
    private final Paragraph uploadResult = new Paragraph();
    private final Grid<DocumentInfo> grid = new Grid<>();
    private final Button verify = new Button();
    private final Button reject = new Button();
    private final Button remove = new Button();
    private final Button history = new Button();
    private final RecordHistory changes;

    DocumentsTab(RecordTabs page, CustomerDocumentService documents, boolean mayDownload) {
        this.page = page;
        this.documents = documents;
        setPadding(false);

        Fields.labelled(type, "document-type", "customerDocument.documentType");
        type.setItems(DocumentType.values());
        type.setItemLabelGenerator(value -> value == null ? "" : getTranslation("documentType." + value.name()));
        type.setPlaceholder(getTranslation("customer.document.chooseType"));
        Upload upload = new Upload(uploadHandler());
        upload.setId("document-upload");
        upload.setMaxFiles(1);
        upload.setMaxFileSize(CustomerRecordRules.MAX_DOCUMENT_BYTES);
        upload.setAcceptedFileTypes(".pdf", ".jpg", ".jpeg", ".png", DocumentFormat.PDF.mediaType(),
                DocumentFormat.JPEG.mediaType(), DocumentFormat.PNG.mediaType());
        upload.addFileRejectedListener(rejected -> uploadResult.setText(getTranslation("customer.document.rejectedByBrowser",
                rejected.getFileName(), CustomerRecordRules.MAX_DOCUMENT_MEGABYTES)));
        uploadResult.setId("document-upload-result");
        Paragraph rules = new Paragraph(getTranslation("customer.document.uploadHelp", CustomerRecordRules.MAX_DOCUMENT_MEGABYTES));
        VerticalLayout uploadArea = new VerticalLayout(new HorizontalLayout(type, upload), rules, uploadResult);
        uploadArea.setPadding(false);
        uploadArea.setVisible(page.mayEdit());

        grid.setId("documents-grid");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(true);
        grid.setEmptyStateText(getTranslation("customer.record.empty"));
        grid.addColumn(info -> getTranslation("documentType." + info.documentType().name()))
                .setHeader(getTranslation("customerDocument.documentType")).setAutoWidth(true);
        grid.addColumn(info -> info.fileName() + " (" + DocumentFormat.ofMediaType(info.contentType()).map(Enum::name)
                        .orElse(info.contentType()) + ", " + RecordFormat.size(info.sizeBytes()) + ")")
                .setHeader(getTranslation("customerDocument.fileName")).setFlexGrow(1);
        grid.addColumn(info -> info.uploadedBy() + " · " + page.time().format(info.uploadedAt(), getLocale()))
                .setHeader(getTranslation("customerDocument.uploadedBy")).setFlexGrow(1);
        grid.addColumn(info -> getTranslation("verificationStatus." + info.verificationStatus().name())
                        + (info.verifiedBy() == null ? "" : " · " + info.verifiedBy() + " · " + page.time().format(info.verifiedAt(), getLocale())))
                .setHeader(getTranslation("customerDocument.verificationStatus")).setFlexGrow(1);
        grid.addColumn(info -> info.verificationNote() == null ? "" : info.verificationNote())
                .setHeader(getTranslation("customerDocument.verificationNote")).setFlexGrow(1);
        grid.addColumn(info -> info.sha256().substring(0, 12) + "…").setHeader(getTranslation("customerDocument.sha256")).setAutoWidth(true);
        if (mayDownload) {
            grid.addComponentColumn(this::downloadLink).setKey("download").setHeader(getTranslation("customer.document.download"))
                    .setAutoWidth(true);
        }

        verify.setText(getTranslation("customer.document.verify"));
        verify.setId("verify-document");
        verify.addClickListener(click -> selected().ifPresent(info -> decide(info, VerificationStatus.VERIFIED)));
        reject.setText(getTranslation("customer.document.reject"));
        reject.setId("reject-document");
        reject.addClickListener(click -> selected().ifPresent(info -> decide(info, VerificationStatus.REJECTED)));
        remove.setText(getTranslation("action.remove"));
        remove.setId("remove-document");
        remove.addThemeVariants(ButtonVariant.LUMO_ERROR);
        remove.addClickListener(click -> selected().ifPresent(this::confirmRemove));
        history.setText(getTranslation("audit.history"));
        history.setId("history-document");
        history.addClickListener(click -> selected().ifPresent(this::showHistory));
        for (Button button : List.of(verify, reject, remove, history)) {
            button.addThemeVariants(ButtonVariant.LUMO_SMALL);
            button.setEnabled(false);
        }
        verify.setVisible(page.mayEdit());
        reject.setVisible(page.mayEdit());
        remove.setVisible(page.mayEdit());
        grid.asSingleSelect().addValueChangeListener(event -> {
            boolean chosen = event.getValue() != null;
            for (Button button : List.of(verify, reject, remove, history)) {
                button.setEnabled(chosen);
            }
        });
        HorizontalLayout toolbar = new HorizontalLayout(new H4(getTranslation("customer.record.documents")), verify, reject, remove, history);
        toolbar.setAlignItems(Alignment.BASELINE);
        changes = new RecordHistory(page, "documents-history",
                List.of(new RecordHistory.Source<>(CustomerDocument.class, "customer.record.document", CustomerDocument::getFileName)));
        add(uploadArea, toolbar, grid, changes);
    }

    void show(List<DocumentInfo> infos) {
        DocumentInfo selected = grid.asSingleSelect().getValue();
        grid.setItems(infos);
        if (selected != null) {
            infos.stream().filter(info -> info.id().equals(selected.id())).findFirst().ifPresent(grid::select);
        }
        changes.refresh();
    }

    /**
     * Reads at most one byte more than the limit, so an oversized file (one that bypassed the browser's check) is
     * refused without holding it in memory; the content is checked by the service, whatever name and type it came with.
     */
    private UploadHandler uploadHandler() {
        return event -> {
            byte[] content;
            try (InputStream in = event.getInputStream()) {
                content = in.readNBytes(CustomerRecordRules.MAX_DOCUMENT_BYTES + 1);
            }
            String fileName = event.getFileName();
            UI ui = event.getUI();
            ui.access(() -> store(fileName, content));
        };
    }

    private void store(String fileName, byte[] content) {
        type.setInvalid(false);
        if (type.getValue() == null) {
            type.setErrorMessage(getTranslation("customer.document.error.typeRequired"));
            type.setInvalid(true);
            uploadResult.setText(getTranslation("customer.document.error.typeRequired"));
            return;
        }
        try {
            DocumentInfo stored = documents.upload(page.customerId(), type.getValue(), fileName, content, null);
            uploadResult.setText(getTranslation("customer.document.uploaded", stored.fileName(),
                    getTranslation("documentType." + stored.documentType().name())));
            page.refresh();
        } catch (InvalidCustomerException e) {
            uploadResult.setText(e.problems().stream().map(problem -> Problems.message(this, problem)).reduce((a, b) -> a + " " + b).orElse(""));
            for (FieldProblem problem : e.problems()) {
                if (CustomerRecordRules.DOCUMENT_TYPE.equals(problem.field())) {
                    type.setErrorMessage(Problems.message(this, problem));
                    type.setInvalid(true);
                }
            }
        } catch (UserFacingException e) {
            uploadResult.setText(Problems.message(this, e));
        }
    }

    private Anchor downloadLink(DocumentInfo info) {
        Anchor link = new Anchor(DownloadHandler.fromInputStream(event -> {
            DocumentDownload download = documents.download(page.customerId(), info.id());
            byte[] content = download.content();
            return new DownloadResponse(new ByteArrayInputStream(content), download.fileName(), download.mediaType(), content.length);
        }), getTranslation("customer.document.download"));
        link.setId("download-" + info.id());
        return link;
    }

    private Optional<DocumentInfo> selected() {
        return Optional.ofNullable(grid.asSingleSelect().getValue());
    }

    private void decide(DocumentInfo info, VerificationStatus decision) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("customer.document.decideTitle." + decision.name(), info.fileName()));
        TextArea note = new TextArea(getTranslation("customerDocument.verificationNote"));
        note.setId("verification-note");
        note.setMaxLength(CustomerRecordRules.NOTE_LENGTH);
        note.setWidthFull();
        note.setRequiredIndicatorVisible(decision == VerificationStatus.REJECTED);
        dialog.add(note);
        Button confirm = new Button(getTranslation(decision == VerificationStatus.VERIFIED ? "customer.document.verify" : "customer.document.reject"));
        confirm.setId("confirm-decision");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        confirm.addClickListener(click -> {
            try {
                documents.decide(page.customerId(), info.id(), info.version(), decision, note.getValue());
                dialog.close();
                Problems.showSuccess(getTranslation("customer.document.decided." + decision.name(), info.fileName()));
                page.refresh();
            } catch (InvalidCustomerException e) {
                // The note is the only field; what was typed stays.
                note.setErrorMessage(Problems.message(this, e.problems().get(0)));
                note.setInvalid(true);
            } catch (ConcurrentChangeException e) {
                dialog.close();
                Problems.showError(Problems.message(this, e));
                page.refresh();
            } catch (UserFacingException e) {
                dialog.close();
                Problems.showError(Problems.message(this, e));
                page.refresh();
            }
        });
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), click -> dialog.close()), confirm);
        dialog.open();
    }

    private void confirmRemove(DocumentInfo info) {
        page.confirmRemoval(info.fileName(), reason -> documents.remove(page.customerId(), info.id(), info.version(), reason));
    }

    private void showHistory(DocumentInfo info) {
        page.showHistory(info.fileName(), CustomerDocument.class, info.id());
    }
}
