package com.crcloud.customer.ui;

import com.crcloud.customer.service.CustomerCsvColumn;
import com.crcloud.customer.service.CustomerImportService;
import com.crcloud.customer.service.ImportFileException;
import com.crcloud.customer.service.ImportMode;
import com.crcloud.customer.service.ImportPreview;
import com.crcloud.customer.service.ImportProgress;
import com.crcloud.customer.service.ImportRequest;
import com.crcloud.customer.service.ImportResult;
import com.crcloud.customer.service.ImportRow;
import com.crcloud.customer.service.RowProblem;
import com.crcloud.layout.MainLayout;
import com.crcloud.layout.Paths;
import com.crcloud.tenant.user.Role;
import com.crcloud.ui.Problems;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.server.streams.UploadHandler;
import jakarta.annotation.security.RolesAllowed;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Bulk import of customers from a CSV file: upload, a checked preview of the first rows, the choice of what to do
 * with refused rows, a progress bar while the import runs in the background, and the result with the refused
 * rows as a downloadable file. The rules and the work are the import service's; this view only shows them.
 */
@Route(value = Paths.CUSTOMER_IMPORT, layout = MainLayout.class)
@RolesAllowed({Role.TENANT_ADMIN_NAME, Role.REVIEWER_NAME})
public class CustomerImportView extends VerticalLayout implements HasDynamicTitle {

    private static final Logger log = LoggerFactory.getLogger(CustomerImportView.class);
    private static final List<Charset> ENCODINGS = List.of(StandardCharsets.UTF_8, Charset.forName("GB18030"));

    private final CustomerImportService imports;
    private final Select<Charset> encoding = new Select<>();
    private final Paragraph fileProblem = new Paragraph();
    private final Paragraph summary = new Paragraph();
    private final Grid<ImportRow> preview = new Grid<>();
    private final RadioButtonGroup<ImportMode> mode = new RadioButtonGroup<>();
    private final Button start = new Button();
    private final ProgressBar progressBar = new ProgressBar();
    private final Span progressText = new Span();
    private final Paragraph resultText = new Paragraph();
    private final VerticalLayout result = new VerticalLayout();
    private String fileName;
    private byte[] content;

    public CustomerImportView(CustomerImportService imports) {
        this.imports = imports;

        Paragraph help = new Paragraph(getTranslation("import.help",
                Arrays.stream(CustomerCsvColumn.values()).map(CustomerCsvColumn::header).collect(Collectors.joining(", "))));
        Anchor template = new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] bytes = imports.template();
            return new DownloadResponse(new ByteArrayInputStream(bytes), "customers-template.csv", "text/csv", bytes.length);
        }), getTranslation("import.template"));
        template.setId("import-template");

        encoding.setId("import-encoding");
        encoding.setLabel(getTranslation("import.encoding"));
        encoding.setItems(ENCODINGS);
        encoding.setItemLabelGenerator(charset -> getTranslation("import.encoding." + charset.name()));
        encoding.setValue(StandardCharsets.UTF_8);
        encoding.setWidth("24rem");
        encoding.addValueChangeListener(event -> {
            if (content != null) {
                showPreview();
            }
        });

        UI ui = UI.getCurrent();
        Upload upload = new Upload(UploadHandler.inMemory((metadata, data) -> ui.access(() -> {
            fileName = metadata.fileName();
            content = data;
            showPreview();
        })));
        upload.setId("import-upload");
        upload.setMaxFiles(1);
        upload.setMaxFileSize(CustomerImportService.MAX_FILE_BYTES);
        upload.setAcceptedFileTypes(".csv", "text/csv");
        upload.addFileRejectedListener(rejected -> showFileProblem(getTranslation("import.upload.rejected",
                rejected.getFileName(), CustomerImportService.MAX_FILE_BYTES / 1024 / 1024)));

        fileProblem.setId("import-file-problem");
        fileProblem.getStyle().set("color", "var(--lumo-error-text-color)");
        summary.setId("import-summary");
        configurePreview();

        mode.setId("import-mode");
        mode.setLabel(getTranslation("import.mode"));
        mode.setItems(ImportMode.values());
        mode.setItemLabelGenerator(choice -> getTranslation("import.mode." + choice.name()));
        mode.setValue(ImportMode.ALL_OR_NOTHING);

        start.setId("import-start");
        start.setText(getTranslation("import.start"));
        start.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        start.addClickListener(click -> startImport());

        progressBar.setId("import-progress");
        progressText.setId("import-progress-text");
        resultText.setId("import-result");
        result.setPadding(false);

        add(new H2(getTranslation("import.title")), help, template, encoding, upload, fileProblem, summary, preview, mode, start,
                progressBar, progressText, result);
        showStep(Step.UPLOAD);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("import.title");
    }

    private enum Step { UPLOAD, PREVIEW, RUNNING, DONE }

    private void showStep(Step step) {
        boolean previewing = step == Step.PREVIEW || step == Step.RUNNING;
        summary.setVisible(previewing);
        preview.setVisible(previewing);
        mode.setVisible(previewing);
        start.setVisible(previewing);
        mode.setEnabled(step == Step.PREVIEW);
        start.setEnabled(step == Step.PREVIEW);
        encoding.setEnabled(step != Step.RUNNING);
        progressBar.setVisible(step == Step.RUNNING);
        progressText.setVisible(step == Step.RUNNING);
        result.setVisible(step == Step.DONE);
        fileProblem.setVisible(false);
    }

    private void configurePreview() {
        preview.setId("import-preview");
        preview.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        preview.setAllRowsVisible(true);
        preview.setPartNameGenerator(row -> row.valid() ? null : "import-invalid-row");
    }

    private void showPreview() {
        ImportPreview checked;
        try {
            checked = imports.preview(request());
        } catch (ImportFileException e) {
            showStep(Step.UPLOAD);
            showFileProblem(Problems.message(this, e));
            return;
        }
        preview.removeAllColumns();
        preview.addColumn(ImportRow::row).setHeader(getTranslation("import.preview.row")).setKey("row").setAutoWidth(true).setFlexGrow(0);
        preview.addComponentColumn(this::problemsOf).setHeader(getTranslation("import.preview.problems")).setKey("problems")
                .setWidth("22em").setFlexGrow(0);
        for (CustomerCsvColumn column : checked.columns()) {
            preview.addColumn(row -> row.cell(column)).setHeader(column.header()).setKey(column.header()).setAutoWidth(true);
        }
        preview.setItems(checked.rows());
        summary.setText(getTranslation("import.preview.summary", checked.fileName(), checked.totalRows(), checked.rows().size(),
                checked.invalidRowsShown()));
        showStep(Step.PREVIEW);
        if (checked.totalRows() == 0) {
            start.setEnabled(false);
            showFileProblem(getTranslation("import.noRows"));
        }
    }

    /** Each problem of the row as "column: message", in the error colour. */
    private Component problemsOf(ImportRow row) {
        if (row.valid()) {
            Span ok = new Span("✓");
            ok.getElement().getThemeList().add("badge success");
            return ok;
        }
        Span problems = new Span(row.problems().stream().map(this::describe).collect(Collectors.joining("; ")));
        problems.getElement().getThemeList().add("badge error");
        problems.getStyle().set("white-space", "normal");
        return problems;
    }

    private String describe(RowProblem problem) {
        String message = Problems.message(this, problem.problem());
        return problem.column() == null ? message : problem.column() + ": " + message;
    }

    private void startImport() {
        UI ui = UI.getCurrent();
        showStep(Step.RUNNING);
        progressBar.setValue(0);
        progressText.setText("");
        try {
            imports.start(request(), progress -> update(ui, () -> showProgress(progress)))
                    .whenComplete((done, failure) -> update(ui, () -> showResult(done, failure)));
        } catch (ImportFileException e) {
            showStep(Step.UPLOAD);
            showFileProblem(Problems.message(this, e));
        }
    }

    private void showProgress(ImportProgress progress) {
        progressBar.setValue(progress.fraction());
        progressText.setText(getTranslation("import.progress." + progress.phase().name(), progress.done(), progress.total()));
    }

    private void showResult(ImportResult done, Throwable failure) {
        showStep(Step.DONE);
        result.removeAll();
        result.add(resultText);
        if (failure != null) {
            log.error("Customer import of {} failed", fileName, failure);
            resultText.setText(getTranslation("import.result.failed"));
        } else {
            resultText.setText(getTranslation("import.result." + done.outcome().name(), done.fileName(), done.read(), done.imported(),
                    done.rejected()));
            if (!done.problems().isEmpty()) {
                Locale locale = getLocale();
                Anchor problems = new Anchor(DownloadHandler.fromInputStream(event -> {
                    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
                    imports.writeProblems(done, locale, bytes);
                    return new DownloadResponse(new ByteArrayInputStream(bytes.toByteArray()), problemFileName(done.fileName()),
                            "text/csv", bytes.size());
                }), getTranslation("import.downloadProblems"));
                problems.setId("import-problems-download");
                result.add(problems);
            }
        }
        Button another = new Button(getTranslation("import.another"), click -> {
            content = null;
            showStep(Step.UPLOAD);
        });
        another.setId("import-another");
        result.add(another);
    }

    private void showFileProblem(String message) {
        fileProblem.setText(message);
        fileProblem.setVisible(true);
    }

    private ImportRequest request() {
        return new ImportRequest(fileName, content, encoding.getValue(), mode.getValue());
    }

    private static String problemFileName(String fileName) {
        String base = fileName.toLowerCase(Locale.ROOT).endsWith(".csv") ? fileName.substring(0, fileName.length() - 4) : fileName;
        return base + "-problems.csv";
    }

    /** Applies a change from the import's thread to this UI; a closed tab simply no longer hears about it. */
    private static void update(UI ui, Runnable change) {
        try {
            ui.access(change::run);
        } catch (UIDetachedException e) {
            log.debug("Import progress for a closed UI dropped");
        }
    }
}
