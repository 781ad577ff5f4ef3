package com.crcloud.plugins.kyc;

import com.crcloud.plugin.api.CheckOutcome;
import com.crcloud.plugin.api.CheckResult;
import com.crcloud.plugin.api.ExtensionContext;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Collects what a check found, in the caller's language, and turns it into one {@link CheckResult}: the most
 * severe outcome wins and every reason code is kept in the order found, so a reviewer sees all problems at once
 * instead of fixing them one run at a time.
 */
final class Findings {

    private static final List<CheckOutcome> SEVERITY = List.of(CheckOutcome.PASS, CheckOutcome.WARN, CheckOutcome.FAIL, CheckOutcome.ERROR);
    private static final Pattern LIST_SEPARATOR = Pattern.compile("[,，]");

    private final boolean chinese;
    private CheckOutcome outcome = CheckOutcome.PASS;
    private final List<String> reasonCodes = new ArrayList<>();
    private final List<String> sentences = new ArrayList<>();

    Findings(ExtensionContext context) {
        this.chinese = context.chinese();
    }

    void add(CheckOutcome severity, String reasonCode, String english, String chineseText) {
        if (SEVERITY.indexOf(severity) > SEVERITY.indexOf(outcome)) {
            outcome = severity;
        }
        reasonCodes.add(reasonCode);
        sentences.add(text(english, chineseText));
    }

    /** The text in the caller's language. */
    String text(String english, String chineseText) {
        return chinese ? chineseText : english;
    }

    /** The combined result; {@code PASS} with the given explanation when nothing was found. */
    CheckResult result(String englishPass, String chinesePass) {
        if (reasonCodes.isEmpty()) {
            return CheckResult.pass(text(englishPass, chinesePass));
        }
        return CheckResult.of(outcome, reasonCodes, String.join(chinese ? "" : " ", sentences));
    }

    /**
     * Splits a comma-separated TEXT setting into trimmed, non-empty items. Full-width commas are accepted too,
     * because tenants often type settings with a Chinese input method.
     */
    static List<String> splitList(String value) {
        return LIST_SEPARATOR.splitAsStream(value).map(String::strip).filter(item -> !item.isEmpty()).toList();
    }

    /** True when the value is present and not blank. */
    static boolean present(String value) {
        return value != null && !value.isBlank();
    }
}
