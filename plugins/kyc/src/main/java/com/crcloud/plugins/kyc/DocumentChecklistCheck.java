package com.crcloud.plugins.kyc;

import com.crcloud.plugin.api.CheckOutcome;
import com.crcloud.plugin.api.CheckResult;
import com.crcloud.plugin.api.CustomerSnapshot;
import com.crcloud.plugin.api.ExtensionContext;
import com.crcloud.plugin.api.ReviewCheck;
import com.crcloud.plugin.api.SettingDefinition;
import org.pf4j.Extension;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Confirms that the documents the product requires (setting {@code requiredDocuments}) are on file and verified.
 * A missing document fails; a document on file whose verification is not {@code VERIFIED} (pending, rejected, ...)
 * only warns, because the reviewer can finish or redo the verification within the review. Among several
 * documents of one type, one verified copy is enough. A requirement may name alternatives separated by
 * {@code |}: {@code ID_CARD|PASSPORT} is met by either. The default uses the host's document types
 * ({@code ID_CARD}, {@code PASSPORT}, {@code BANK_STATEMENT}, {@code PAYSLIP}, {@code TAX_RETURN},
 * {@code PROOF_OF_ADDRESS}, {@code OTHER}).
 */
@Extension
public class DocumentChecklistCheck implements ReviewCheck {

    static final String REQUIRED_DOCUMENTS = "requiredDocuments";
    static final String DEFAULT_REQUIRED_DOCUMENTS = "ID_CARD|PASSPORT,BANK_STATEMENT,PROOF_OF_ADDRESS";
    private static final String ALTERNATIVES = "|";
    private static final String VERIFIED = "VERIFIED";
    private static final Pattern DOCUMENT_TYPE = Pattern.compile("[A-Z][A-Z0-9_]*");

    @Override
    public String id() {
        return "document-checklist";
    }

    @Override
    public Map<String, String> names() {
        return Map.of("en", "Document checklist", "zh-CN", "证明材料清单");
    }

    @Override
    public List<SettingDefinition> settings() {
        return List.of(SettingDefinition.text(REQUIRED_DOCUMENTS, "Required document types (comma-separated; | between alternatives)",
                "必备材料类型（以逗号分隔；可互相替代的类型以 | 分隔）", DEFAULT_REQUIRED_DOCUMENTS, true));
    }

    @Override
    public CheckResult run(ExtensionContext context, CustomerSnapshot customer) {
        Set<String> required = parseRequiredDocuments(context.settings().text(REQUIRED_DOCUMENTS).orElse(""));
        Findings findings = new Findings(context);
        for (String requirement : required) {
            List<String> accepted = List.of(requirement.split(Pattern.quote(ALTERNATIVES)));
            String type = String.join("_OR_", accepted);
            String shown = String.join(" / ", accepted);
            List<CustomerSnapshot.Document> onFile = customer.documents().stream()
                    .filter(document -> document.type() != null
                            && accepted.stream().anyMatch(candidate -> document.type().strip().equalsIgnoreCase(candidate)))
                    .toList();
            if (onFile.isEmpty()) {
                findings.add(CheckOutcome.FAIL, "MISSING_DOCUMENT_" + type,
                        "Required document " + shown + " is not on file.", "缺少必备材料" + shown + "。");
            } else if (onFile.stream().noneMatch(DocumentChecklistCheck::verified)) {
                String statuses = onFile.stream()
                        .map(document -> Findings.present(document.verificationStatus()) ? document.verificationStatus().strip() : "-")
                        .distinct().collect(Collectors.joining(", "));
                findings.add(CheckOutcome.WARN, "UNVERIFIED_DOCUMENT_" + type,
                        "Document " + shown + " is on file but not verified (status: " + statuses + ").",
                        "材料" + shown + "已提交但尚未核验通过（状态：" + statuses + "）。");
            }
        }
        return findings.result("All " + required.size() + " required documents are on file and verified.",
                "全部" + required.size() + "项必备材料均已提交并核验通过。");
    }

    /**
     * Reads the {@code requiredDocuments} setting: requirements separated by commas, upper-cased, each one document
     * type or alternatives joined by {@code |} (returned joined by {@code |}, without spaces).
     *
     * @throws IllegalArgumentException for a type that is not letters, digits and underscores, since it becomes
     *                                  part of a reason code
     */
    static Set<String> parseRequiredDocuments(String setting) {
        Set<String> requirements = new LinkedHashSet<>();
        for (String item : Findings.splitList(setting)) {
            List<String> alternatives = new ArrayList<>();
            for (String alternative : item.split(Pattern.quote(ALTERNATIVES), -1)) {
                String type = alternative.strip().toUpperCase(Locale.ROOT);
                if (!DOCUMENT_TYPE.matcher(type).matches()) {
                    throw new IllegalArgumentException("Document type '" + alternative.strip() + "' in setting " + REQUIRED_DOCUMENTS
                            + " must start with a letter and contain only letters, digits and underscores, e.g. BANK_STATEMENT");
                }
                alternatives.add(type);
            }
            requirements.add(String.join(ALTERNATIVES, alternatives));
        }
        return requirements;
    }

    private static boolean verified(CustomerSnapshot.Document document) {
        return document.verificationStatus() != null && document.verificationStatus().strip().equalsIgnoreCase(VERIFIED);
    }
}
