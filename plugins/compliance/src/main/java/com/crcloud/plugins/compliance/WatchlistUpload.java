package com.crcloud.plugins.compliance;

import com.crcloud.plugin.api.DataImporter;
import com.crcloud.plugin.api.ExtensionContext;
import org.pf4j.Extension;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Takes a watchlist a tenant uploads: an OpenSanctions {@code targets.simple.csv} (recognised by its header) or a
 * plain name list. The list is named after the file, so uploading a file of the same name again replaces that list.
 */
@Extension
public class WatchlistUpload implements DataImporter {

    @Override
    public String id() {
        return "watchlist-upload";
    }

    @Override
    public Map<String, String> names() {
        return Map.of("en", "Watchlist upload", "zh-CN", "名单上传");
    }

    @Override
    public Map<String, String> fileDescription() {
        return Map.of("en", "OpenSanctions targets.simple.csv, or a text file with one name per line (aliases after ';')",
                "zh-CN", "OpenSanctions 的 targets.simple.csv，或每行一个姓名的文本文件（别名以“;”分隔）");
    }

    @Override
    public ImportReport importFile(ExtensionContext context, String fileName, byte[] content) {
        String text = new String(content, StandardCharsets.UTF_8);
        String listName = listName(fileName);
        String firstLine = text.lines().findFirst().orElse("").replace("\uFEFF", "").toLowerCase(Locale.ROOT);
        ImportResult result = firstLine.startsWith("id,") || firstLine.contains(",schema,")
                ? WatchlistImporter.parseOpenSanctions(listName, text)
                : WatchlistImporter.parseNameList(listName, text);
        List<String> truncated = WatchlistImporter.store(context.recordStore(), listName, result.entries());
        List<String> problems = new ArrayList<>();
        result.errors().forEach(error -> problems.add("line " + error.line() + ": " + error.message()));
        truncated.forEach(id -> problems.add("entry " + id + ": aliases shortened to fit"));
        return new ImportReport(result.entries().size(), result.skipped(), problems);
    }

    /** The file name without folders and extension, limited to what a record key allows. */
    static String listName(String fileName) {
        String base = fileName == null ? "watchlist" : fileName.replaceAll(".*[/\\\\]", "");
        int dot = base.lastIndexOf('.');
        String name = (dot > 0 ? base.substring(0, dot) : base).trim();
        if (name.isEmpty()) {
            name = "watchlist";
        }
        return name.length() > 60 ? name.substring(0, 60) : name;
    }
}
