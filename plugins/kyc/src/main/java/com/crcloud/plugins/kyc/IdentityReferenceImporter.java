package com.crcloud.plugins.kyc;

import com.crcloud.plugin.api.DataImporter;
import com.crcloud.plugin.api.ExtensionContext;
import org.pf4j.Extension;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * Lets a tenant upload the reference list the {@link IdentitySourceCheck} verifies against: a UTF-8 CSV of
 * {@code idNumber,name} lines. A malformed file is refused whole with the line numbers at fault.
 */
@Extension
public class IdentityReferenceImporter implements DataImporter {

    @Override
    public String id() {
        return "identity-reference-import";
    }

    @Override
    public Map<String, String> names() {
        return Map.of("en", "Identity reference list", "zh-CN", "身份核验参考名单");
    }

    @Override
    public Map<String, String> fileDescription() {
        return Map.of("en", "CSV (UTF-8) with one \"id_number,name\" per line; the header row is optional",
                "zh-CN", "UTF-8 编码的 CSV，每行“证件号码,姓名”，表头可选");
    }

    @Override
    public ImportReport importFile(ExtensionContext context, String fileName, byte[] content) {
        int stored = ReferenceFileIdentitySource.importInto(context.recordStore(), new String(content, StandardCharsets.UTF_8));
        return new ImportReport(stored, 0, List.of());
    }
}
