package com.example.vendor.employment;

import com.crcloud.plugin.api.CheckOutcome;
import com.crcloud.plugin.api.CheckResult;
import com.crcloud.plugin.api.CustomerSnapshot;
import com.crcloud.plugin.api.ExtensionContext;
import com.crcloud.plugin.api.ReviewCheck;
import com.crcloud.plugin.api.SettingDefinition;
import org.pf4j.Extension;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Employment verification: employed customers need a verified employment letter, self-employed customers a
 * verified tax return (document types are tenant settings). Income above a tenant limit with no employment status
 * declared at all is a warning.
 */
@Extension
public class EmploymentVerificationCheck implements ReviewCheck {

    static final String EMPLOYED_DOCUMENT = "employedDocumentType";
    static final String SELF_EMPLOYED_DOCUMENT = "selfEmployedDocumentType";
    static final String UNDECLARED_INCOME_LIMIT = "undeclaredIncomeLimit";
    private static final Set<String> NOT_WORKING = Set.of("RETIRED", "STUDENT", "UNEMPLOYED");

    @Override
    public String id() {
        return "employment-verification";
    }

    @Override
    public Map<String, String> names() {
        return Map.of("en", "Employment verification", "zh-CN", "就业核验");
    }

    @Override
    public List<SettingDefinition> settings() {
        return List.of(
                SettingDefinition.text(EMPLOYED_DOCUMENT, "Document proving employment", "就业证明文件类型", "EMPLOYMENT_LETTER", true),
                SettingDefinition.text(SELF_EMPLOYED_DOCUMENT, "Document proving self-employment", "个体经营证明文件类型", "TAX_RETURN", true),
                SettingDefinition.decimal(UNDECLARED_INCOME_LIMIT, "Income allowed without a declared employment status",
                        "未申报就业状况时允许的收入上限", "10000", "0", null));
    }

    @Override
    public CheckResult run(ExtensionContext context, CustomerSnapshot customer) {
        String status = customer.employmentStatus().orElse(null);
        if (status == null) {
            BigDecimal limit = context.settings().decimal(UNDECLARED_INCOME_LIMIT);
            boolean highIncome = customer.monthlyIncome().map(income -> income.compareTo(limit) > 0).orElse(false);
            return highIncome
                    ? CheckResult.of(CheckOutcome.WARN, List.of("EMPLOYMENT_UNDECLARED"), text(context,
                            "Income above " + limit.toPlainString() + " but no employment status declared.",
                            "收入高于 " + limit.toPlainString() + "，但未申报就业状况。"))
                    : CheckResult.pass(text(context, "No employment declared; income within the limit.", "未申报就业，收入在限额内。"));
        }
        if (NOT_WORKING.contains(status)) {
            return CheckResult.pass(text(context, "Not in employment: nothing to verify.", "未就业：无需核验。"));
        }
        String required = context.settings().text("SELF_EMPLOYED".equals(status) ? SELF_EMPLOYED_DOCUMENT : EMPLOYED_DOCUMENT)
                .orElseThrow();
        boolean verified = customer.documents().stream()
                .anyMatch(document -> required.equals(document.type()) && "VERIFIED".equals(document.verificationStatus()));
        if (verified) {
            return CheckResult.pass(text(context, "Employment backed by a verified " + required + ".", "就业已由已核验的 " + required + " 证明。"));
        }
        return CheckResult.of(CheckOutcome.FAIL, List.of("EMPLOYMENT_NOT_EVIDENCED"), text(context,
                status + " declared but no verified " + required + " on file.", "已申报 " + status + "，但没有已核验的 " + required + "。"));
    }

    private static String text(ExtensionContext context, String english, String chinese) {
        return context.chinese() ? chinese : english;
    }
}
