package com.crcloud.plugins.kyc;

import com.crcloud.plugin.api.CheckOutcome;
import com.crcloud.plugin.api.CheckResult;
import com.crcloud.plugin.api.CustomerSnapshot;
import com.crcloud.plugin.api.ExtensionContext;
import com.crcloud.plugin.api.ReviewCheck;
import com.crcloud.plugin.api.SettingDefinition;
import org.pf4j.Extension;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * Confirms with an {@link IdentitySource} that the customer's ID number is registered to the customer's name,
 * which catches borrowed or stolen ID numbers that are perfectly well-formed. A number registered to another
 * name fails; an unknown number warns, or fails when the tenant sets {@code notFoundFails} (for tenants whose
 * reference list covers every customer). Without an ID number or a reachable source the check cannot conclude.
 */
@Extension
public class IdentitySourceCheck implements ReviewCheck {

    static final String NOT_FOUND_FAILS = "notFoundFails";

    private final Function<ExtensionContext, IdentitySource> sources;

    /** Verifies against the tenant's uploaded reference list; the constructor PF4J uses. */
    public IdentitySourceCheck() {
        this(context -> new ReferenceFileIdentitySource(context.recordStore()));
    }

    /** Verifies against the source the function returns for each call's context. */
    public IdentitySourceCheck(Function<ExtensionContext, IdentitySource> sources) {
        this.sources = Objects.requireNonNull(sources, "sources");
    }

    @Override
    public String id() {
        return "identity-source";
    }

    @Override
    public Map<String, String> names() {
        return Map.of("en", "Identity source verification", "zh-CN", "身份信息核验");
    }

    @Override
    public List<SettingDefinition> settings() {
        return List.of(SettingDefinition.bool(NOT_FOUND_FAILS, "Fail when the ID number is not in the source",
                "证件号码未在核验来源中找到时判为不通过", false));
    }

    @Override
    public CheckResult run(ExtensionContext context, CustomerSnapshot customer) {
        Findings findings = new Findings(context);
        Optional<String> idNumber = customer.nationalIdNumber().filter(Findings::present);
        if (idNumber.isEmpty()) {
            findings.add(CheckOutcome.ERROR, "IDENTITY_ID_MISSING",
                    "No ID number is recorded, so the identity cannot be verified.", "未登记证件号码，无法核验身份。");
            return findings.result("", "");
        }
        if (!Findings.present(customer.fullName())) {
            findings.add(CheckOutcome.ERROR, "IDENTITY_NAME_MISSING",
                    "No name is recorded, so the identity cannot be verified.", "未登记姓名，无法核验身份。");
            return findings.result("", "");
        }
        switch (sources.apply(context).lookup(customer.fullName(), idNumber.get())) {
            case NAME_MISMATCH -> findings.add(CheckOutcome.FAIL, "IDENTITY_NAME_MISMATCH",
                    "The ID number is registered to a different name.", "该证件号码登记的姓名与客户姓名不一致。");
            case NOT_FOUND -> findings.add(context.settings().bool(NOT_FOUND_FAILS) ? CheckOutcome.FAIL : CheckOutcome.WARN,
                    "IDENTITY_NOT_FOUND", "The ID number is not in the identity source.", "核验来源中没有该证件号码。");
            case UNAVAILABLE -> findings.add(CheckOutcome.ERROR, "IDENTITY_SOURCE_UNAVAILABLE",
                    "The identity source could not be asked (for example, no reference list has been uploaded).",
                    "无法查询身份核验来源（例如尚未上传参考名单）。");
            case MATCH -> {
                // Nothing to report.
            }
        }
        return findings.result("The ID number is registered to the customer's name.", "证件号码登记的姓名与客户姓名一致。");
    }
}
