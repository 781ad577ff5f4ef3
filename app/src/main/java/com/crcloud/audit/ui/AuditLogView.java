package com.crcloud.audit.ui;

import com.crcloud.audit.domain.AuditLogFilter;
import com.crcloud.audit.domain.AuditLogRow;
import com.crcloud.audit.domain.TrailFinding;
import com.crcloud.audit.service.AuditExport;
import com.crcloud.audit.service.AuditHistoryService;
import com.crcloud.audit.service.AuditTrailService;
import com.crcloud.audit.service.VerificationReport;
import com.crcloud.layout.MainLayout;
import com.crcloud.layout.Paths;
import com.crcloud.tenant.support.UserFacingException;
import com.crcloud.tenant.user.Role;
import com.crcloud.ui.Fields;
import com.crcloud.ui.Problems;
import com.crcloud.ui.TenantTime;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.RolesAllowed;

import java.io.ByteArrayInputStream;
import java.time.Instant;
import java.time.LocalDateTime;

/**
 * The tenant's whole audit trail for compliance officers and auditors: every revision, newest first, loaded page
 * by page as it scrolls (no count of millions), filtered by entity type, entity, user, screen, kind of change,
 * time range and reason; a revision opens with its field changes. Exports the filtered trail as CSV or a PDF
 * report and verifies the hash chain. Nothing here edits anything.
 */
@Route(value = Paths.AUDIT_LOG, layout = MainLayout.class)
@RolesAllowed({Role.COMPLIANCE_OFFICER_NAME, Role.AUDITOR_NAME})
public class AuditLogView extends VerticalLayout implements HasDynamicTitle {

    private final AuditTrailService trail;
    private final TenantTime time;
    private final ComboBox<String> entityType = Fields.labelled(new ComboBox<>(), "audit-filter-entity-type", "audit.filter.entityType");
    private final TextField entity = Fields.labelled(new TextField(), "audit-filter-entity", "audit.filter.entity");
    private final ComboBox<String> user = Fields.labelled(new ComboBox<>(), "audit-filter-user", "audit.filter.user");
    private final TextField screen = Fields.labelled(new TextField(), "audit-filter-screen", "audit.filter.screen");
    private final Select<Integer> changeType = Fields.labelled(new Select<>(), "audit-filter-change-type", "audit.filter.changeType");
    private final DateTimePicker from = Fields.labelled(new DateTimePicker(), "audit-filter-from", "audit.filter.from");
    private final DateTimePicker to = Fields.labelled(new DateTimePicker(), "audit-filter-to", "audit.filter.to");
    private final TextField reason = Fields.labelled(new TextField(), "audit-filter-reason", "audit.filter.reason");
    private final Grid<AuditLogRow> grid = new Grid<>();
    private final Div outcome = new Div();

    public AuditLogView(AuditTrailService trail, AuditHistoryService history, TenantTime time) {
        this.trail = trail;
        this.time = time;
        setSizeFull();

        entityType.setItems(trail.entityTypes());
        entityType.setItemLabelGenerator(name -> trail.entityLabel(name, getLocale()));
        entityType.setClearButtonVisible(true);
        user.setItems(trail.users());
        user.setClearButtonVisible(true);
        changeType.setItems(0, 1, 2);
        changeType.setEmptySelectionAllowed(true);
        changeType.setItemLabelGenerator(type -> type == null ? getTranslation("audit.filter.anyChange")
                : getTranslation("audit.type." + org.hibernate.envers.RevisionType.fromRepresentation(type.byteValue()).name()));
        entity.setPlaceholder(getTranslation("audit.filter.entity.placeholder"));
        for (TextField text : new TextField[]{entity, screen, reason}) {
            text.setValueChangeMode(ValueChangeMode.LAZY);
            text.setClearButtonVisible(true);
            text.addValueChangeListener(event -> refresh());
        }
        entityType.addValueChangeListener(event -> refresh());
        user.addValueChangeListener(event -> refresh());
        changeType.addValueChangeListener(event -> refresh());
        from.addValueChangeListener(event -> refresh());
        to.addValueChangeListener(event -> refresh());
        FlexLayout filters = new FlexLayout(entityType, entity, user, screen, changeType, from, to, reason);
        filters.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        filters.getStyle().set("gap", "var(--lumo-space-s)");

        Button verify = new Button(getTranslation("audit.verify"), VaadinIcon.SHIELD.create(), click -> verify());
        verify.setId("audit-verify");
        Button exportCsv = new Button(getTranslation("audit.export.csv"), VaadinIcon.DOWNLOAD.create(), click -> export(trail::exportCsv));
        exportCsv.setId("audit-export-csv");
        Button exportPdf = new Button(getTranslation("audit.export.pdf"), VaadinIcon.FILE_TEXT.create(), click -> export(trail::exportPdf));
        exportPdf.setId("audit-export-pdf");
        HorizontalLayout actions = new HorizontalLayout(verify, exportCsv, exportPdf);
        outcome.setId("audit-outcome");

        grid.setId("audit-log-grid");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(AuditLogRow::revision).setHeader(getTranslation("audit.revision")).setKey("revision")
                .setSortable(true).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(row -> time.format(row.timestamp(), getLocale())).setHeader(getTranslation("audit.when")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(row -> row.roles() == null || row.roles().isEmpty() ? row.username() : row.username() + " (" + row.roles() + ")")
                .setHeader(getTranslation("audit.who")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(row -> trail.changes(row, getLocale())).setHeader(getTranslation("audit.changes")).setFlexGrow(2);
        grid.addColumn(row -> row.screen() == null ? "" : row.screen()).setHeader(getTranslation("audit.screen")).setFlexGrow(1);
        grid.addColumn(row -> row.reason() == null ? "" : row.reason()).setHeader(getTranslation("audit.reason")).setFlexGrow(2);
        grid.addColumn(row -> row.chainSeq() == null ? getTranslation("audit.chain.pending") : String.valueOf(row.chainSeq()))
                .setHeader(getTranslation("audit.chainPosition")).setAutoWidth(true).setFlexGrow(0);
        grid.setItems(query -> trail.page(filter(), query.getSortOrders().isEmpty()
                || query.getSortOrders().get(0).getDirection() == SortDirection.DESCENDING, query.getOffset(), query.getLimit()).stream());
        grid.addItemClickListener(event -> {
            try {
                new RevisionDialog(history.revision(event.getItem().revision()), time).open();
            } catch (UserFacingException e) {
                Problems.showError(Problems.message(this, e));
            }
        });
        grid.setSizeFull();

        add(new H2(getTranslation("audit.log.title")), filters, actions, outcome, grid);
        expand(grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("audit.log.title");
    }

    AuditLogFilter filter() {
        return new AuditLogFilter(entityType.getValue(), entity.getValue(), user.getValue(), screen.getValue(),
                changeType.getValue(), instant(from.getValue()), instant(to.getValue()), reason.getValue());
    }

    private Instant instant(LocalDateTime local) {
        return local == null ? null : local.atZone(time.zone()).toInstant();
    }

    private void refresh() {
        grid.getDataProvider().refreshAll();
    }

    private void verify() {
        VerificationReport report = trail.verify();
        outcome.removeAll();
        Span summary = new Span();
        summary.setId("audit-verify-result");
        if (report.intact()) {
            summary.setText(getTranslation("audit.verify.intact", report.revisionsChecked(), report.liveRowsChecked(), report.took().toMillis()));
            summary.getElement().getThemeList().add("badge success");
            outcome.add(summary);
        } else {
            summary.setText(getTranslation("audit.verify.broken", report.findings().size()));
            summary.getElement().getThemeList().add("badge error");
            outcome.add(summary);
            report.findings().stream().limit(10).forEach(finding -> outcome.add(new Div(describe(finding))));
        }
        refresh();
    }

    private String describe(TrailFinding finding) {
        return getTranslation("audit.finding." + finding.kind().name(), finding.revision() == null ? "" : finding.revision(),
                finding.table() == null ? "" : finding.table(), finding.entityId() == null ? "" : finding.entityId(),
                finding.column() == null ? "" : finding.column());
    }

    private void export(java.util.function.BiFunction<AuditLogFilter, java.util.Locale, AuditExport> exporter) {
        try {
            AuditExport export = exporter.apply(filter(), getLocale());
            byte[] content = export.content();
            outcome.removeAll();
            Anchor download = new Anchor(DownloadHandler.fromInputStream(event -> new DownloadResponse(
                    new ByteArrayInputStream(content), export.fileName(), export.mediaType(), content.length)),
                    getTranslation("audit.export.download", export.fileName(), export.revisions()));
            download.setId("audit-export-download");
            Span hash = new Span(getTranslation("audit.export.hash", export.sha256()));
            hash.setId("audit-export-hash");
            outcome.add(new Div(download), new Div(hash));
            refresh();
        } catch (UserFacingException e) {
            Problems.showError(Problems.message(this, e));
        }
    }
}
