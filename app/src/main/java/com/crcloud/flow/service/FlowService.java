package com.crcloud.flow.service;

import com.crcloud.flow.domain.FlowDefinition;
import com.crcloud.flow.domain.ReviewFlow;
import com.crcloud.flow.domain.ReviewFlowRepository;
import com.crcloud.flow.domain.ReviewFlowVersion;
import com.crcloud.flow.domain.ReviewFlowVersionRepository;
import com.crcloud.pluginhost.service.TenantExtensionService;
import com.crcloud.security.CurrentUser;
import com.crcloud.tenant.audit.AuditReason;
import com.crcloud.tenant.support.FieldProblem;
import com.crcloud.tenant.support.UserFacingException;
import com.crcloud.tenant.user.Authorities;
import com.crcloud.customer.service.ConcurrentChangeException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.annotation.Secured;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Tenant admins draft, validate and publish review flows; compliance officers and auditors read them. A draft is
 * edited freely (each save a revision whose reason lists what changed); publishing freezes it as the next
 * immutable version, which new cases of the product then run on.
 */
@Service
public class FlowService {

    private static final Pattern PRODUCT = Pattern.compile("[a-z0-9][a-z0-9-]{0,59}");
    private static final int MAX_REASON = 1000;
    private static final int MAX_STORED = 60_000;

    private final ReviewFlowRepository flows;
    private final ReviewFlowVersionRepository versions;
    private final TenantExtensionService extensions;
    private final FlowFiles files;
    private final CurrentUser currentUser;
    private final TransactionTemplate transaction;
    private final Clock clock;

    public FlowService(ReviewFlowRepository flows, ReviewFlowVersionRepository versions, TenantExtensionService extensions,
                       FlowFiles files, CurrentUser currentUser, PlatformTransactionManager transactionManager, Clock clock) {
        this.flows = flows;
        this.versions = versions;
        this.extensions = extensions;
        this.files = files;
        this.currentUser = currentUser;
        this.transaction = new TransactionTemplate(transactionManager);
        this.clock = clock;
    }

    // ---- reading ---------------------------------------------------------------------------------------------

    @Secured({Authorities.TENANT_ADMIN, Authorities.COMPLIANCE_OFFICER, Authorities.AUDITOR})
    public List<FlowSummary> list() {
        return transaction.execute(status -> flows.findAllByOrderByNameAsc().stream().map(flow -> new FlowSummary(flow.getId(),
                flow.getVersion(), flow.getProduct(), flow.getName(), flow.getPublishedNumber(), flow.isDefaultFlow(),
                flow.getPublishedNumber() == null || !latest(flow).map(ReviewFlowVersion::getDefinition)
                        .map(files::load).equals(Optional.of(files.load(flow.getDraft())))))
                .toList());
    }

    @Secured({Authorities.TENANT_ADMIN, Authorities.COMPLIANCE_OFFICER, Authorities.AUDITOR})
    public ReviewFlow get(UUID flowId) {
        return transaction.execute(status -> flows.findById(flowId)).orElseThrow(() -> new UserFacingException(null, "flow.error.notFound"));
    }

    public FlowDefinition draftOf(ReviewFlow flow) {
        return files.load(flow.getDraft());
    }

    @Secured({Authorities.TENANT_ADMIN, Authorities.COMPLIANCE_OFFICER, Authorities.AUDITOR})
    public List<ReviewFlowVersion> versions(UUID flowId) {
        return transaction.execute(status -> versions.findByFlowIdOrderByNumberDesc(flowId));
    }

    public FlowDefinition definitionOf(ReviewFlowVersion version) {
        return files.load(version.getDefinition());
    }

    /** What publishing would refuse, against the tenant's extensions as they are now. */
    @Secured({Authorities.TENANT_ADMIN, Authorities.COMPLIANCE_OFFICER, Authorities.AUDITOR})
    public List<FieldProblem> validate(FlowDefinition definition) {
        return FlowValidator.validate(definition, extensions.list());
    }

    public List<FlowChange> compare(FlowDefinition before, FlowDefinition after) {
        return FlowDiff.between(before, after);
    }

    /** The latest published version of the product's flow, if it has one. */
    public Optional<ReviewFlowVersion> publishedFor(String product) {
        return transaction.execute(status -> flows.findByProduct(product).flatMap(this::latest));
    }

    /** The latest published version of the tenant's default flow, if there is one. */
    public Optional<ReviewFlowVersion> publishedDefault() {
        return transaction.execute(status -> flows.findFirstByDefaultFlowTrue().flatMap(this::latest));
    }

    /** The products with a published flow, for choosing one when a case opens. */
    public List<String> publishedProducts() {
        return transaction.execute(status -> flows.findAllByOrderByNameAsc().stream().filter(flow -> flow.getPublishedNumber() != null)
                .map(ReviewFlow::getProduct).toList());
    }

    public Optional<ReviewFlowVersion> version(UUID versionId) {
        return transaction.execute(status -> versions.findById(versionId));
    }

    // ---- editing ---------------------------------------------------------------------------------------------

    /**
     * A new flow for a product the tenant has no flow for yet, starting from the given definition.
     *
     * @throws UserFacingException when the product code or name is not acceptable or the product has a flow
     */
    @Secured(Authorities.TENANT_ADMIN)
    public ReviewFlow create(String product, String name, FlowDefinition initial) {
        String code = product == null ? "" : product.trim();
        if (!PRODUCT.matcher(code).matches()) {
            throw new UserFacingException("product", "flow.error.productCode");
        }
        String title = requireName(name);
        try {
            return AuditReason.with("Flow created for product " + code, () -> transaction.execute(status -> {
                if (flows.findByProduct(code).isPresent()) {
                    throw new UserFacingException("product", "flow.error.productTaken", code);
                }
                return flows.saveAndFlush(new ReviewFlow(code, title, stored(initial)));
            }));
        } catch (DataIntegrityViolationException e) {
            throw new UserFacingException("product", "flow.error.productTaken", code);
        }
    }

    /**
     * Saves the draft; a draft may be invalid. The revision's reason lists what changed, then the admin's note.
     *
     * @throws ConcurrentChangeException when someone saved or published the flow since {@code seenVersion}
     */
    @Secured(Authorities.TENANT_ADMIN)
    public ReviewFlow saveDraft(UUID flowId, long seenVersion, String name, FlowDefinition draft, String note) {
        String title = requireName(name);
        String stored = stored(draft);
        return change(flowId, seenVersion, seen -> {
            List<FlowChange> changes = FlowDiff.between(files.load(seen.getDraft()), draft);
            String renamed = title.equals(seen.getName()) ? "" : "NAME '" + seen.getName() + "' → '" + title + "'; ";
            String summary = renamed + changes.stream().map(FlowChange::line).collect(Collectors.joining("; "));
            return reason("Draft saved: " + (summary.isEmpty() ? "no change" : summary), note);
        }, flow -> {
            flow.setName(title);
            flow.setDraft(stored);
        });
    }

    /**
     * Freezes the draft as the next version. Cases already running keep their version; new cases of the product
     * run on this one.
     *
     * @throws InvalidFlowException with every problem, nothing published
     */
    @Secured(Authorities.TENANT_ADMIN)
    public ReviewFlowVersion publish(UUID flowId, long seenVersion, String note) {
        String text = note == null ? "" : note.trim();
        if (text.isEmpty()) {
            throw new UserFacingException("note", "flow.error.noteRequired");
        }
        if (text.length() > MAX_REASON) {
            throw new UserFacingException("note", "flow.error.noteLength", MAX_REASON);
        }
        ReviewFlow current = get(flowId);
        List<FieldProblem> problems = validate(files.load(current.getDraft()));
        if (!problems.isEmpty()) {
            throw new InvalidFlowException(problems);
        }
        String me = currentUser.require().getUsername();
        UUID[] published = new UUID[1];
        change(flowId, seenVersion, seen -> "Published version " + (seen.getPublishedNumber() == null ? 1 : seen.getPublishedNumber() + 1)
                + ": " + text, flow -> {
            int number = flow.getPublishedNumber() == null ? 1 : flow.getPublishedNumber() + 1;
            published[0] = versions.save(new ReviewFlowVersion(flow.getId(), number, flow.getDraft(), clock.instant(), me, text)).getId();
            flow.setPublishedNumber(number);
        });
        return version(published[0]).orElseThrow();
    }

    /** Makes the flow the one cases opened without a product choice run on (re-reviews of customers without one). */
    @Secured(Authorities.TENANT_ADMIN)
    public ReviewFlow makeDefault(UUID flowId, long seenVersion) {
        return change(flowId, seenVersion, seen -> "Made the default flow", flow -> {
            flows.findFirstByDefaultFlowTrue().filter(other -> !other.getId().equals(flow.getId())).ifPresent(other -> {
                other.setDefaultFlow(false);
                flows.save(other);
            });
            flow.setDefaultFlow(true);
        });
    }

    // ---- files -----------------------------------------------------------------------------------------------

    /** The draft ({@code versionNumber} null) or a published version as a file. */
    @Secured({Authorities.TENANT_ADMIN, Authorities.COMPLIANCE_OFFICER, Authorities.AUDITOR})
    public byte[] export(UUID flowId, Integer versionNumber, FlowFileFormat format) {
        ReviewFlow flow = get(flowId);
        String definition = versionNumber == null ? flow.getDraft()
                : transaction.execute(status -> versions.findByFlowIdAndNumber(flowId, versionNumber))
                .orElseThrow(() -> new UserFacingException(null, "flow.error.versionNotFound", versionNumber)).getDefinition();
        return files.write(new FlowFiles.FlowFile(FlowFiles.FORMAT, FlowFiles.FORMAT_VERSION, flow.getProduct(), flow.getName(),
                versionNumber, files.load(definition)), format);
    }

    /**
     * Takes a flow file from another environment: it becomes the draft of the product's flow (created if the
     * tenant has none). It must pass the same validation as publishing; otherwise nothing is saved.
     *
     * @throws UserFacingException  when the file cannot be read as a flow file
     * @throws InvalidFlowException when the flow in it would not publish
     */
    @Secured(Authorities.TENANT_ADMIN)
    public ReviewFlow importFile(String fileName, byte[] content) {
        FlowFiles.FlowFile file = files.read(fileName, content);
        List<FieldProblem> problems = validate(file.definition());
        if (!problems.isEmpty()) {
            throw new InvalidFlowException(problems);
        }
        String product = file.product() == null ? "" : file.product().trim();
        Optional<ReviewFlow> existing = transaction.execute(status -> flows.findByProduct(product));
        if (existing.isEmpty()) {
            return create(product, file.name(), file.definition());
        }
        return saveDraft(existing.get().getId(), existing.get().getVersion(), file.name(), file.definition(), "Imported from " + fileName);
    }

    // ---- the machinery ---------------------------------------------------------------------------------------

    private Optional<ReviewFlowVersion> latest(ReviewFlow flow) {
        return flow.getPublishedNumber() == null ? Optional.empty() : versions.findByFlowIdAndNumber(flow.getId(), flow.getPublishedNumber());
    }

    /**
     * Applies a change under optimistic locking. The revision's reason is worked out first, from the flow as the
     * admin saw it, because the revision is written when the transaction commits.
     */
    private ReviewFlow change(UUID flowId, long seenVersion, Function<ReviewFlow, String> reasonFor, Consumer<ReviewFlow> work) {
        ReviewFlow seen = get(flowId);
        if (seen.getVersion() != seenVersion) {
            throw new ConcurrentChangeException();
        }
        try {
            return AuditReason.with(truncate(reasonFor.apply(seen)), () -> transaction.execute(status -> {
                ReviewFlow flow = flows.findById(flowId).orElseThrow(() -> new UserFacingException(null, "flow.error.notFound"));
                if (flow.getVersion() != seenVersion) {
                    throw new ConcurrentChangeException();
                }
                work.accept(flow);
                return flows.saveAndFlush(flow);
            }));
        } catch (OptimisticLockingFailureException e) {
            throw new ConcurrentChangeException();
        }
    }

    private String stored(FlowDefinition definition) {
        String stored = files.store(definition);
        if (stored.length() > MAX_STORED) {
            throw new UserFacingException(null, "flow.error.tooLarge", MAX_STORED);
        }
        return stored;
    }

    private static String requireName(String name) {
        String title = name == null ? "" : name.trim();
        if (title.isEmpty()) {
            throw new UserFacingException("name", "flow.error.nameRequired");
        }
        if (title.length() > 200) {
            throw new UserFacingException("name", "flow.error.nameLength", 200);
        }
        return title;
    }

    private static String reason(String generated, String note) {
        return note == null || note.isBlank() ? generated : note.trim() + " — " + generated;
    }

    private static String truncate(String reason) {
        return reason.length() <= MAX_REASON ? reason : reason.substring(0, MAX_REASON - 1) + "…";
    }
}
