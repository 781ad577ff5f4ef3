package com.crcloud.designer.ui;

import com.crcloud.flow.domain.ReviewFlow;
import com.crcloud.flow.service.FlowFileFormat;
import com.crcloud.flow.service.FlowService;
import com.crcloud.flow.service.FlowSummary;
import com.crcloud.flow.service.InvalidFlowException;
import com.crcloud.layout.MainLayout;
import com.crcloud.layout.Paths;
import com.crcloud.pluginhost.service.TenantExtensionService;
import com.crcloud.review.service.FlowResolver;
import com.crcloud.security.CurrentUser;
import com.crcloud.tenant.support.UserFacingException;
import com.crcloud.tenant.user.Role;
import com.crcloud.ui.Fields;
import com.crcloud.ui.Problems;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.server.streams.UploadHandler;
import jakarta.annotation.security.RolesAllowed;

import java.io.ByteArrayInputStream;
import java.util.Locale;
import java.util.UUID;

/**
 * The tenant's review flows, one per product: which version is published, which flow is the default, and whether
 * the draft has changes not yet published. The tenant administrator creates a flow (starting from the tenant's
 * current rules), imports one from a JSON or YAML file (checked like a publication: nothing is saved while a
 * problem remains) and exports drafts.
 */
@Route(value = Paths.FLOWS, layout = MainLayout.class)
@RolesAllowed({Role.TENANT_ADMIN_NAME, Role.COMPLIANCE_OFFICER_NAME, Role.AUDITOR_NAME})
public class FlowListView extends VerticalLayout implements HasDynamicTitle {

    private static final int MAX_UPLOAD_BYTES = 2 * 1024 * 1024;

    private final FlowService flows;
    private final boolean mayEdit;
    private final Grid<FlowSummary> grid = new Grid<>();
    private final ProblemList importProblems = new ProblemList();
    private final StepCatalogue catalogue;

    public FlowListView(FlowService flows, FlowResolver resolver, TenantExtensionService extensions, CurrentUser currentUser) {
        this.flows = flows;
        this.mayEdit = currentUser.require().hasRole(Role.TENANT_ADMIN);
        this.catalogue = new StepCatalogue(extensions.list());

        grid.setId("flows-grid");
        grid.addColumn(FlowSummary::product).setHeader(getTranslation("designer.flow.product")).setAutoWidth(true);
        grid.addColumn(FlowSummary::name).setHeader(getTranslation("designer.flow.name")).setFlexGrow(1);
        grid.addColumn(summary -> summary.publishedNumber() == null ? getTranslation("designer.flow.notPublished")
                : getTranslation("designer.flow.publishedVersion", summary.publishedNumber())).setHeader(getTranslation("designer.flow.published")).setAutoWidth(true);
        grid.addComponentColumn(this::badges).setHeader(getTranslation("designer.flow.state")).setAutoWidth(true);
        grid.addComponentColumn(this::exports).setHeader(getTranslation("designer.flow.export")).setAutoWidth(true);
        if (mayEdit) {
            grid.addComponentColumn(this::makeDefault).setAutoWidth(true);
        }
        grid.addItemClickListener(click -> UI.getCurrent().navigate(FlowDesignerView.class, FlowDesignerView.parameters(click.getItem().id())));
        grid.setAllRowsVisible(true);

        add(new H2(getTranslation("designer.flow.title")), new Paragraph(getTranslation("designer.flow.intro")), grid);
        if (mayEdit) {
            add(createForm(resolver), importSection());
        }
        refresh();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("designer.flow.title");
    }

    private void refresh() {
        grid.setItems(flows.list());
    }

    private Component badges(FlowSummary summary) {
        HorizontalLayout badges = new HorizontalLayout();
        badges.setSpacing(false);
        badges.getStyle().set("gap", "var(--lumo-space-xs)");
        if (summary.defaultFlow()) {
            Span flag = new Span(getTranslation("designer.flow.default"));
            flag.getElement().getThemeList().add("badge success");
            badges.add(flag);
        }
        if (summary.draftChanged()) {
            Span flag = new Span(getTranslation("designer.flow.draftChanged"));
            flag.getElement().getThemeList().add("badge contrast");
            badges.add(flag);
        }
        return badges;
    }

    private Component exports(FlowSummary summary) {
        HorizontalLayout links = new HorizontalLayout();
        for (FlowFileFormat format : FlowFileFormat.values()) {
            links.add(download(flows, summary.id(), summary.product(), null, format));
        }
        return links;
    }

    /** A link that downloads the draft (number null) or a published version as a file. */
    static Anchor download(FlowService flows, UUID flowId, String product, Integer number, FlowFileFormat format) {
        String extension = format.name().toLowerCase(Locale.ROOT);
        String fileName = product + (number == null ? "-draft" : "-v" + number) + "." + extension;
        Anchor link = new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] content = flows.export(flowId, number, format);
            return new DownloadResponse(new ByteArrayInputStream(content), fileName,
                    format == FlowFileFormat.JSON ? "application/json" : "application/yaml", content.length);
        }), format.name());
        link.setId("export-" + product + (number == null ? "-draft" : "-v" + number) + "-" + extension);
        return link;
    }

    private Component makeDefault(FlowSummary summary) {
        Button button = new Button(getTranslation("designer.flow.makeDefault"), click -> {
            try {
                flows.makeDefault(summary.id(), summary.version());
                refresh();
            } catch (UserFacingException e) {
                Problems.showError(Problems.message(this, e));
            }
        });
        button.setId("make-default-" + summary.product());
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        button.setVisible(!summary.defaultFlow() && summary.publishedNumber() != null);
        return button;
    }

    private Component createForm(FlowResolver resolver) {
        TextField product = Fields.labelled(new TextField(), "new-flow-product", "designer.flow.product");
        product.setMaxLength(60);
        product.setHelperText(getTranslation("designer.flow.product.help"));
        TextField name = Fields.labelled(new TextField(), "new-flow-name", "designer.flow.name");
        name.setMaxLength(200);
        Button create = new Button(getTranslation("designer.flow.create"), click -> {
            try {
                ReviewFlow created = flows.create(product.getValue().trim(), name.getValue().trim(), resolver.standard());
                UI.getCurrent().navigate(FlowDesignerView.class, FlowDesignerView.parameters(created.getId()));
            } catch (UserFacingException e) {
                Problems.showError(Problems.message(this, e));
            }
        });
        create.setId("create-flow");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout form = new HorizontalLayout(product, name, create);
        form.setAlignItems(FlexComponent.Alignment.BASELINE);
        return new VerticalLayout(new H3(getTranslation("designer.flow.new")), form);
    }

    private Component importSection() {
        Paragraph outcome = new Paragraph();
        outcome.setId("import-outcome");
        UI ui = UI.getCurrent();
        Upload upload = new Upload(UploadHandler.inMemory((metadata, data) -> ui.access(() -> {
            importProblems.clear();
            try {
                ReviewFlow imported = flows.importFile(metadata.fileName(), data);
                outcome.setText(getTranslation("designer.flow.import.done", metadata.fileName(), imported.getProduct()));
                refresh();
            } catch (InvalidFlowException e) {
                outcome.setText(getTranslation("designer.flow.import.refused", metadata.fileName(), e.problems().size()));
                importProblems.show(e.problems(), null, catalogue);
            } catch (UserFacingException e) {
                outcome.setText(Problems.message(this, e));
            }
        })));
        upload.setId("import-flow");
        upload.setMaxFiles(1);
        upload.setMaxFileSize(MAX_UPLOAD_BYTES);
        upload.setAcceptedFileTypes(".json", ".yaml", ".yml", "application/json", "application/yaml", "text/yaml");
        upload.addFileRejectedListener(rejected -> outcome.setText(getTranslation("designer.flow.import.rejected",
                rejected.getFileName(), MAX_UPLOAD_BYTES / 1024 / 1024)));
        return new VerticalLayout(new H3(getTranslation("designer.flow.import")), new Paragraph(getTranslation("designer.flow.import.help")),
                upload, outcome, importProblems);
    }
}
