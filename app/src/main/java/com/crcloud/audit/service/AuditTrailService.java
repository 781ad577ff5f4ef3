package com.crcloud.audit.service;

import com.crcloud.audit.domain.AuditEventKind;
import com.crcloud.audit.domain.AuditLogFilter;
import com.crcloud.audit.domain.AuditLogNativeRepository;
import com.crcloud.audit.domain.AuditLogRow;
import com.crcloud.audit.domain.TrailFinding;
import com.crcloud.i18n.Translations;
import com.crcloud.tenant.context.TenantContext;
import com.crcloud.tenant.domain.Tenant;
import com.crcloud.tenant.provisioning.TenantRegistryService;
import com.crcloud.tenant.support.UserFacingException;
import com.crcloud.tenant.user.Authorities;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.annotation.Secured;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The tenant-wide audit trail for compliance officers and auditors: the filtered log, its export (CSV, PDF report)
 * and verification of the hash chain. Everything is read in the tenant in context; exports and verifications are
 * themselves recorded as audit events.
 */
@Service
public class AuditTrailService {

    /** The most revisions one export lists; a larger trail is exported in parts, by date range. */
    public static final int EXPORT_LIMIT = 50_000;
    private static final Logger log = LoggerFactory.getLogger(AuditTrailService.class);
    private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    private static final DateTimeFormatter ISO_WITH_OFFSET = DateTimeFormatter.ISO_OFFSET_DATE_TIME;

    private final AuditLogNativeRepository revisions;
    private final AuditChain chain;
    private final AuditEvents events;
    private final AuditReportPdf pdf;
    private final Translations translations;
    private final TenantRegistryService tenants;
    private final Clock clock;

    public AuditTrailService(AuditLogNativeRepository log, AuditChain chain, AuditEvents events, AuditReportPdf pdf,
                             Translations translations, TenantRegistryService tenants, Clock clock) {
        this.revisions = log;
        this.chain = chain;
        this.events = events;
        this.pdf = pdf;
        this.translations = translations;
        this.tenants = tenants;
        this.clock = clock;
    }

    /** One page of the tenant's revisions that match, newest or oldest first. */
    @Transactional(readOnly = true)
    @Secured({Authorities.COMPLIANCE_OFFICER, Authorities.AUDITOR})
    public List<AuditLogRow> page(AuditLogFilter filter, boolean newestFirst, int offset, int limit) {
        return revisions.page(TenantContext.requireTenantId(), filter, newestFirst, offset, limit);
    }

    /** The entity names and users that occur in the tenant's trail, for the filters. */
    @Transactional(readOnly = true)
    @Secured({Authorities.COMPLIANCE_OFFICER, Authorities.AUDITOR})
    public List<String> entityTypes() {
        return revisions.entityTypes(TenantContext.requireTenantId());
    }

    @Transactional(readOnly = true)
    @Secured({Authorities.COMPLIANCE_OFFICER, Authorities.AUDITOR})
    public List<String> users() {
        return revisions.users(TenantContext.requireTenantId());
    }

    /**
     * Seals what is not sealed yet, recomputes the chain and compares live rows; the outcome is recorded as an
     * audit event (after the check, so it is sealed by the next check).
     */
    @Secured({Authorities.COMPLIANCE_OFFICER, Authorities.AUDITOR})
    public VerificationReport verify() {
        String tenant = TenantContext.requireTenantId();
        chain.seal(tenant);
        VerificationReport report = chain.verify(tenant);
        String outcome = report.intact()
                ? "Trail verified: intact, " + report.revisionsChecked() + " revisions, " + report.liveRowsChecked() + " live rows"
                : "Trail verified: BROKEN, " + report.findings().size() + (report.moreFindings() ? "+" : "") + " finding(s), first: "
                  + describe(report.findings().get(0));
        if (!report.intact()) {
            log.error("Audit trail of {} failed verification: {}", tenant, report.findings());
        }
        events.record(AuditEventKind.TRAIL_VERIFIED, null, null, outcome);
        return report;
    }

    /** The filtered trail as CSV (UTF-8 with a byte-order mark), in the caller's language; the export is recorded. */
    @Secured({Authorities.COMPLIANCE_OFFICER, Authorities.AUDITOR})
    public AuditExport exportCsv(AuditLogFilter filter, Locale locale) {
        Exported exported = exported(filter, locale);
        String sha256 = sha256(exported.csv());
        record("CSV", exported, sha256, filter);
        return new AuditExport("audit-trail-" + exported.tenant() + ".csv", "text/csv", exported.csv(), exported.rows().size(), sha256);
    }

    /**
     * The filtered trail as a PDF report stating who exported it, when, with which filter, and the SHA-256 of the
     * same rows as CSV (so a CSV export of the same filter and moment can be checked against it); recorded.
     */
    @Secured({Authorities.COMPLIANCE_OFFICER, Authorities.AUDITOR})
    public AuditExport exportPdf(AuditLogFilter filter, Locale locale) {
        Exported exported = exported(filter, locale);
        String sha256 = sha256(exported.csv());
        String who = SecurityContextHolder.getContext().getAuthentication().getName();
        byte[] report = pdf.render(new AuditReportPdf.Report(exported.tenantName(), who, exported.at(), exported.zone(),
                describe(filter, locale), exported.header(), exported.lines(), sha256, locale));
        record("PDF", exported, sha256, filter);
        return new AuditExport("audit-trail-" + exported.tenant() + ".pdf", "application/pdf", report, exported.rows().size(), sha256);
    }

    private record Exported(String tenant, String tenantName, ZoneId zone, Instant at, List<AuditLogRow> rows,
                            List<String> header, List<List<String>> lines, byte[] csv) {
    }

    private Exported exported(AuditLogFilter filter, Locale locale) {
        String tenant = TenantContext.requireTenantId();
        Tenant registered = tenants.find(tenant).orElseThrow();
        if (revisions.count(tenant, filter) > EXPORT_LIMIT) {
            throw new UserFacingException(null, "audit.error.exportTooLarge", EXPORT_LIMIT);
        }
        List<AuditLogRow> rows = revisions.page(tenant, filter, false, 0, EXPORT_LIMIT);
        ZoneId zone = registered.getTimeZone();
        List<String> header = List.of("audit.revision", "audit.when", "audit.who", "audit.roles", "audit.screen", "audit.changes",
                "audit.reason", "audit.chainPosition", "audit.chainHash").stream().map(key -> text(key, locale)).toList();
        List<List<String>> lines = new ArrayList<>(rows.size());
        for (AuditLogRow row : rows) {
            lines.add(List.of(String.valueOf(row.revision()), ISO_WITH_OFFSET.format(row.timestamp().atZone(zone)),
                    nullToEmpty(row.username()), nullToEmpty(row.roles()), nullToEmpty(row.screen()), changes(row, locale),
                    nullToEmpty(row.reason()), row.chainSeq() == null ? "" : String.valueOf(row.chainSeq()), nullToEmpty(row.chainHash())));
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            out.write(UTF8_BOM);
            try (CSVPrinter printer = new CSVPrinter(new OutputStreamWriter(out, StandardCharsets.UTF_8), CSVFormat.RFC4180)) {
                printer.printRecord(header);
                for (List<String> line : lines) {
                    printer.printRecord(line);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Exported(tenant, registered.getDisplayName(), zone, clock.instant(), rows, header, lines, out.toByteArray());
    }

    private void record(String format, Exported exported, String sha256, AuditLogFilter filter) {
        events.record(AuditEventKind.TRAIL_EXPORTED, null, null, format + " export of " + exported.rows().size()
                + " revisions, filter: " + describe(filter, Locale.ENGLISH) + ", SHA-256 " + sha256);
    }

    /** "Customer 3f2…: changed; Loan 81a…: added", in the caller's language. */
    public String changes(AuditLogRow row, Locale locale) {
        return row.changes().stream().map(change -> entityLabel(change.entityType(), locale) + " " + change.entityId() + ": "
                + text("audit.type." + org.hibernate.envers.RevisionType.fromRepresentation((byte) change.changeType()).name(), locale))
                .collect(Collectors.joining("; "));
    }

    /** The translated name of an Envers entity name's type ({@code audit.entity.<SimpleName>}). */
    public String entityLabel(String entityName, Locale locale) {
        String simple = entityName.substring(entityName.lastIndexOf('.') + 1);
        String label = text("audit.entity." + simple, locale);
        return label.startsWith("!") ? simple : label;
    }

    /** The filter in words, for reports and the export record. */
    public String describe(AuditLogFilter filter, Locale locale) {
        List<String> parts = new ArrayList<>();
        if (filter.entityType() != null && !filter.entityType().isBlank()) {
            parts.add(text("audit.filter.entityType", locale) + " = " + entityLabel(filter.entityType(), locale));
        }
        addIfPresent(parts, text("audit.filter.entity", locale), filter.entity());
        addIfPresent(parts, text("audit.filter.user", locale), filter.user());
        addIfPresent(parts, text("audit.filter.screen", locale), filter.screen());
        if (filter.changeType() != null) {
            parts.add(text("audit.filter.changeType", locale) + " = " + text("audit.type."
                    + org.hibernate.envers.RevisionType.fromRepresentation(filter.changeType().byteValue()).name(), locale));
        }
        if (filter.from() != null) {
            parts.add(text("audit.filter.from", locale) + " = " + filter.from());
        }
        if (filter.to() != null) {
            parts.add(text("audit.filter.to", locale) + " = " + filter.to());
        }
        addIfPresent(parts, text("audit.filter.reason", locale), filter.reason());
        return parts.isEmpty() ? text("audit.filter.none", locale) : String.join(", ", parts);
    }

    private static void addIfPresent(List<String> parts, String label, String value) {
        if (value != null && !value.isBlank()) {
            parts.add(label + " = \"" + value.strip() + "\"");
        }
    }

    private static String describe(TrailFinding finding) {
        return finding.kind() + (finding.revision() == null ? "" : " revision " + finding.revision())
                + (finding.table() == null ? "" : " " + finding.table() + " " + finding.entityId())
                + (finding.column() == null ? "" : "." + finding.column());
    }

    private String text(String key, Locale locale) {
        return translations.getTranslation(key, locale);
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java platform has SHA-256", e);
        }
    }
}
