package com.crcloud.plugins.compliance;

import com.crcloud.plugin.api.DataImporter;
import com.crcloud.plugin.api.ExtensionContext;
import com.crcloud.plugin.api.ScreeningSubject;
import com.crcloud.plugin.testkit.InMemoryRecordStore;
import com.crcloud.plugin.testkit.TestContext;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class WatchlistUploadTest {

    private final InMemoryRecordStore records = new InMemoryRecordStore();
    private final ExtensionContext context = TestContext.of(new WatchlistScreening()).tenant("acme").user("officer")
            .records(records).build();

    @Test
    void an_opensanctions_file_is_recognised_by_its_header_and_screened_against_afterwards() {
        DataImporter.ImportReport report = new WatchlistUpload().importFile(context, "targets.simple.csv", bytes(
                "id,schema,name,aliases,birth_date,countries,addresses,identifiers,sanctions,phones,emails,program_ids,dataset,first_seen,last_seen,last_change\n"
                        + "os-1,Person,Ivan Petrov,Ivan Petroff,1970-01-02,ru,,,,,,,,,,2026-01-01\n"
                        + "os-2,Company,Petrov Holdings,,,,,,,,,,,,,2026-01-01\n"));

        assertThat(report.accepted()).isEqualTo(1);
        assertThat(report.skipped()).isEqualTo(1);
        assertThat(new WatchlistScreening().screen(context, new ScreeningSubject("c1", "Petrov Ivan", List.of(),
                Optional.empty(), Optional.empty(), Optional.empty()))).isNotEmpty();
    }

    @Test
    void a_plain_name_list_is_taken_one_name_per_line_and_named_after_the_file() {
        DataImporter.ImportReport report = new WatchlistUpload().importFile(context, "C:\\lists\\internal-blocklist.txt",
                bytes("# internal list\n王小明;Wang Xiaoming\nJohn Smith\n"));

        assertThat(report.accepted()).isEqualTo(2);
        assertThat(WatchlistUpload.listName("C:\\lists\\internal-blocklist.txt")).isEqualTo("internal-blocklist");
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
