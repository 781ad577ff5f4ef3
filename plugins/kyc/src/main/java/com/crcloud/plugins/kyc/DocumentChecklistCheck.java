package com.crcloud.plugins.kyc;

import com.crcloud.plugin.api.CheckOutcome;
import com.crcloud.plugin.api.CheckResult;
import com.crcloud.plugin.api.CustomerSnapshot;
import com.crcloud.plugin.api.ExtensionContext;
import com.crcloud.plugin.api.ReviewCheck;
import com.crcloud.plugin.api.SettingDefinition;
import org.pf4j.Extension;

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
 * documents of one type, one verified copy is enough.
 */
@Extension
public class DocumentChecklistCheck implements ReviewCheck {

    static final String REQUIRED_DOCUMENTS = "requiredDocuments";
    static final String DEFAULT_REQUIRED_DOCUMENTS = "ID_CARD_COPY,BANK_STATEMENT,PROOF_OF_ADDRESS";
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
        return List.of(SettingDefinition.text(REQUIRED_DOCUMENTS, "Required document types (comma-separated)",
                "必备材料类型（以逗号分隔）", DEFAULT_REQUIRED_DOCUMENTS, true));
    }

    @Override
    public CheckResult run(ExtensionContext context, CustomerSnapshot customer) {
        Set<String> required = parseRequiredDocuments(context.settings().text(REQUIRED_DOCUMENTS).orElse(""));
        Findings findings = new Findings(context);
        for (String type : required) {
            List<CustomerSnapshot.Document> onFile = customer.documents().stream()
                    .filter(document -> document.type() != null && document.type().strip().equalsIgnoreCase(type))
                    .toList();
            if (onFile.isEmpty()) {
                findings.add(CheckOutcome.FAIL, "MISSING_DOCUMENT_" + type,
                        "Required document " + type + " is not on file.", "缺少必备材料" + type + "。");
            } else if (onFile.stream().noneMatch(DocumentChecklistCheck::verified)) {
                String statuses = onFile.stream()
                        .map(document -> Findings.present(document.verificationStatus()) ? document.verificationStatus().strip() : "-")
                        .distinct().collect(Collectors.joining(", "));
                findings.add(CheckOutcome.WARN, "UNVERIFIED_DOCUMENT_" + type,
                        "Document " + type + " is on file but not verified (status: " + statuses + ").",
                        "材料" + type + "已提交但尚未核验通过（状态：" + statuses + "）。");
            }
        }
        return findings.result("All " + required.size() + " required documents are on file and verified.",
                "全部" + required.size() + "项必备材料均已提交并核验通过。");
    }

    /**
     * Reads the {@code requiredDocuments} setting: document types separated by commas, upper-cased.
     *
     * @throws IllegalArgumentException for a type that is not letters, digits and underscores, since it becomes
     *                                  part of a reason code
     */
    static Set<String> parseRequiredDocuments(String setting) {
        Set<String> types = new LinkedHashSet<>();
        for (String item : Findings.splitList(setting)) {
            String type = item.toUpperCase(Locale.ROOT);
            if (!DOCUMENT_TYPE.matcher(type).matches()) {
                throw new IllegalArgumentException("Document type '" + item + "' in setting " + REQUIRED_DOCUMENTS
                        + " must start with a letter and contain only letters, digits and underscores, e.g. BANK_STATEMENT");
            }
            types.add(type);
        }
        return types;
    }

    private static boolean verified(CustomerSnapshot.Document document) {
        return document.verificationStatus() != null && document.verificationStatus().strip().equalsIgnoreCase(VERIFIED);
    }
}
